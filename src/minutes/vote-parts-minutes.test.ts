/**
 * The votes of an item as a commission's minuta tells them: en lo general and en lo particular part by part (the
 * proposal adopted with the engrose, the draft's wording kept, a part approved or rejected), the members excused
 * from the item, and the votos particulares, concurrentes and razonados announced — in the Markdown and the Word
 * minutes, in Spanish and English.
 */
import mammoth from 'mammoth';
import { fold, type SessionCommand } from '../domain';
import type { Actor } from '../domain/commands';
import { agreementId, ballot, cast, command, inSession, item, run, voteId } from '../domain/testing/session-spec';
import { buildMinutes } from './minutes';
import { minutesToDocx } from './render-docx';
import { minutesToMarkdown } from './render-markdown';

type Choice = 'in-favour' | 'against' | 'abstain';
const N = item('3.b');
const reserve = (who: Actor, id: string, part: string, proposal?: string): SessionCommand =>
  command('ReservePart', who, { reservationId: id, part, ...(proposal ? { proposal } : {}) }, 11);
/** A vote opened, the chair, Luis and Sofía voting these choices (null: excused), and closed, at this minute. */
const vote = (id: string, minute: number, choices: [Choice | null, Choice | null, Choice | null], reservationId?: string, method: 'economica' | 'nominal' = 'economica') => [
  command('OpenVote', cast.secretary, { voteId: voteId(id), method, ...(reservationId ? { reservationId } : {}) }, minute),
  ...[cast.chair, cast.luis, cast.sofia].flatMap((who, i) => (choices[i] ? [ballot(who, choices[i]!, minute)] : [])),
  command('CloseVote', cast.secretary, {}, minute),
];
const DAY = 24 * 60;

/**
 * Item 3.b with two parts reserved: Luis's "Punto resolutivo tercero" with a proposed wording, adopted 2–1 (Sofía
 * against, who announces and later files a voto particular); Sofía's "Considerando 12", approved as drafted by all.
 */
const votedInParts = (responsible: string | null) => fold(run([
  command('StartItem', cast.secretary, { number: N }, 10),
  reserve(cast.luis, 'r1', 'Punto resolutivo tercero', 'quince días hábiles'),
  reserve(cast.sofia, 'r2', 'Considerando 12'),
  ...vote('g', 12, ['in-favour', 'in-favour', 'in-favour']),
  ...vote('p1', 14, ['in-favour', 'in-favour', 'against'], 'r1', 'nominal'),
  ...vote('p2', 16, ['in-favour', 'in-favour', 'in-favour'], 'r2'),
  command('AnnounceSeparateOpinion', cast.sofia, { opinionId: 'o1', kind: 'particular', voteId: voteId('p1') }, 17),
  command('AnnounceSeparateOpinion', cast.luis, { opinionId: 'o2', kind: 'razonado', voteId: voteId('g') }, 17),
  ...(responsible ? [command('RecordAgreement', cast.secretary, { agreementId: agreementId('a1'), text: 'Se aprueba el programa.', responsible, dueDate: null }, 18)] : []),
  command('CloseSession', cast.secretary, {}, 30),
  command('FileSeparateOpinion', cast.sofia, { opinionId: 'o1', url: 'https://iecm.example/votos/p1-sofia.pdf' }, DAY + 10),
], inSession()));

describe('an item voted en lo general and en lo particular, in the minutes', () => {
  it('given a proposal adopted and a part approved as drafted, then one sentence tells both, with the engrose by the area on the agreement', () => {
    const md = minutesToMarkdown(buildMinutes(votedInParts('DVOE'), 'es'));
    expect(md).toContain('El punto 3.b se aprobó en lo general por unanimidad (3 votos a favor) y en lo particular: '
      + 'punto resolutivo tercero, con la modificación propuesta por Luis Consejero («quince días hábiles»), por mayoría (2 a favor, 1 en contra); '
      + 'considerando 12, en los términos del proyecto, por unanimidad (3 votos a favor). '
      + 'El acuerdo se aprueba con la modificación aprobada en lo particular; el engrose queda a cargo de DVOE.');
    expect(md).toContain('Punto 3.b, en lo general (votación económica): A favor 3 · En contra 0 · Abstención 0');
    expect(md).toMatch(/Punto 3\.b, en lo particular: punto resolutivo tercero \(votación nominal\): A favor 2 · En contra 1 · Abstención 0\n\n\| Nombre \| Voto \|\n\|---\|---\|\n\| Ana Presidenta \| A favor \|\n\| Luis Consejero \| A favor \|\n\| Sofía Consejera \| En contra \|/);
    expect(md).toContain('Punto 3.b, en lo particular: considerando 12 (votación económica): A favor 3 · En contra 0 · Abstención 0');
  });

  it('given no agreement naming who is responsible, then the engrose is in charge of the Secretaría Técnica; in English too', () => {
    expect(minutesToMarkdown(buildMinutes(votedInParts(null), 'es'))).toContain('el engrose queda a cargo de la Secretaría Técnica.');
    const en = minutesToMarkdown(buildMinutes(votedInParts(null), 'en'));
    expect(en).toContain('Item 3.b was approved in general unanimously (3 votes in favour) and separately: '
      + 'punto resolutivo tercero, with the amendment proposed by Luis Consejero («quince días hábiles»), by majority (2 in favour, 1 against); '
      + 'considerando 12, as drafted, unanimously (3 votes in favour). '
      + 'The agreement is approved with the amendment adopted separately; the final text (engrose) is in the charge of the Technical Secretariat.');
  });

  it('given the proposal not approved and a part without proposal rejected, then the draft\'s wording stands and the part is left out; no engrose', () => {
    const state = fold(run([
      command('StartItem', cast.secretary, { number: N }, 10),
      reserve(cast.luis, 'r1', 'Punto resolutivo tercero', 'quince días hábiles'),
      reserve(cast.sofia, 'r2', 'Considerando 12'),
      ...vote('g', 12, ['in-favour', 'in-favour', 'against']),
      ...vote('p1', 14, ['against', 'in-favour', 'against'], 'r1'),
      ...vote('p2', 16, ['in-favour', 'against', 'against'], 'r2'),
      command('CloseSession', cast.secretary, {}, 30),
    ], inSession()));
    const md = minutesToMarkdown(buildMinutes(state, 'es'));
    expect(md).toContain('El punto 3.b se aprobó en lo general por mayoría (2 a favor, 1 en contra) y en lo particular: '
      + 'punto resolutivo tercero, en los términos del proyecto, al no aprobarse la modificación propuesta por Luis Consejero («quince días hábiles») (1 a favor, 2 en contra); '
      + 'considerando 12 no se aprobó (1 a favor, 2 en contra), por lo que no forma parte del acuerdo.');
    expect(md).not.toMatch(/engrose/);
    expect(minutesToMarkdown(buildMinutes(state, 'en'))).toContain('punto resolutivo tercero, as drafted, the amendment proposed by Luis Consejero («quince días hábiles») not being approved (1 in favour, 2 against); '
      + 'considerando 12 was not approved (1 in favour, 2 against), so it is not part of the agreement.');
  });

  it('given the draft rejected en lo general, then there was no vote en lo particular', () => {
    const state = fold(run([
      command('StartItem', cast.secretary, { number: N }, 10),
      reserve(cast.luis, 'r1', 'Punto resolutivo tercero'),
      ...vote('g', 12, ['in-favour', 'against', 'against']),
      command('CloseSession', cast.secretary, {}, 30),
    ], inSession()));
    expect(minutesToMarkdown(buildMinutes(state, 'es'))).toContain('El punto 3.b no se aprobó en lo general (1 a favor, 2 en contra); no hubo votación en lo particular.');
    expect(minutesToMarkdown(buildMinutes(state, 'en'))).toContain('Item 3.b was not approved in general (1 in favour, 2 against); there was no separate vote on the parts reserved.');
  });

  it('given a tie under the chair\'s casting vote in a part, then the part says how the tie was decided', () => {
    const state = fold(run([
      command('StartItem', cast.secretary, { number: N }, 10),
      reserve(cast.luis, 'r1', 'Considerando 12'),
      ...vote('g', 12, ['in-favour', 'in-favour', 'in-favour']),
      ...vote('p1', 14, ['in-favour', 'against', 'abstain'], 'r1'),
      command('CloseSession', cast.secretary, {}, 30),
    ], inSession()));
    expect(minutesToMarkdown(buildMinutes(state, 'es'))).toContain('considerando 12, en los términos del proyecto, por el voto de calidad de la Presidencia (empate) (1 a favor, 1 en contra, 1 abstención).');
  });

  it('as a Word document that reads back with the same sentences, counts and the roll-call table of the part', async () => {
    const { value } = await mammoth.extractRawText({ buffer: await minutesToDocx(buildMinutes(votedInParts('DVOE'), 'es')) });
    expect(value).toContain('El punto 3.b se aprobó en lo general por unanimidad (3 votos a favor) y en lo particular: punto resolutivo tercero, con la modificación propuesta por Luis Consejero («quince días hábiles»), por mayoría (2 a favor, 1 en contra);');
    expect(value).toContain('el engrose queda a cargo de DVOE.');
    expect(value).toMatch(/Punto 3\.b, en lo particular: punto resolutivo tercero \(votación nominal\): A favor 2 · En contra 1 · Abstención 0\s+Nombre\s+Voto\s+Ana Presidenta\s+A favor\s+Luis Consejero\s+A favor\s+Sofía Consejera\s+En contra/);
  });
});

describe('excusals in the minutes', () => {
  /** Sofía excused from item 3.b for a conflict of interest; the item voted by roll call, 2–0. */
  const excused = () => fold(run([
    command('RecordExcusal', cast.sofia, { number: N, reason: 'Conflicto de interés' }, 9),
    command('StartItem', cast.secretary, { number: N }, 10),
    ...vote('v', 12, ['in-favour', 'in-favour', null], undefined, 'nominal'),
    command('CloseSession', cast.secretary, {}, 30),
  ], inSession()));

  it('given a member excused from an item, then the minutes say who, from which item, why, and that they took no part in its vote; the roll call says so', () => {
    const md = minutesToMarkdown(buildMinutes(excused(), 'es'));
    expect(md).toContain('Sofía Consejera se excusó de conocer el punto 3.b (conflicto de interés) y no participó en su votación.\n\n'
      + 'En votación nominal, se aprobó por unanimidad de votos de las consejerías presentes (2 votos a favor).');
    expect(md).toMatch(/\| Luis Consejero \| A favor \|\n\| Sofía Consejera \| Se excusó \|/);
    expect(minutesToMarkdown(buildMinutes(excused(), 'en'))).toContain('Sofía Consejera was excused from item 3.b (conflicto de interés) and took no part in its vote.');
  });

  it('as a Word document', async () => {
    const { value } = await mammoth.extractRawText({ buffer: await minutesToDocx(buildMinutes(excused(), 'en')) });
    expect(value).toContain('Sofía Consejera was excused from item 3.b (conflicto de interés) and took no part in its vote.');
    expect(value).toMatch(/Sofía Consejera\s+Excused/);
  });
});

describe('separate opinions in the minutes', () => {
  it('given a voto particular filed and a voto razonado announced, then each is listed with the vote, the deadline in Mexico City time and the document', () => {
    const md = minutesToMarkdown(buildMinutes(votedInParts('DVOE'), 'es'));
    expect(md).toContain('**Votos particulares, concurrentes y razonados:**\n\n'
      + '- Sofía Consejera anunció voto particular sobre el punto 3.b, en lo particular: punto resolutivo tercero, a presentar a más tardar el 26 de junio de 2024; lo presentó el 25 de junio de 2024: <https://iecm.example/votos/p1-sofia.pdf>\n'
      + '- Luis Consejero anunció voto razonado sobre el punto 3.b, en lo general, a presentar a más tardar el 26 de junio de 2024.');
    const en = minutesToMarkdown(buildMinutes(votedInParts('DVOE'), 'en'));
    expect(en).toContain('- Sofía Consejera announced a dissenting opinion on item 3.b, separately: punto resolutivo tercero, to be filed by June 26, 2024; filed on June 25, 2024: <https://iecm.example/votos/p1-sofia.pdf>');
    expect(en).toContain('- Luis Consejero announced a reasoned opinion on item 3.b, in general, to be filed by June 26, 2024.');
  });

  it('given a vote that closed in the evening in Mexico City, then the deadline is the Mexico City day, not the UTC one', () => {
    // minute 330 is 18:00 in Mexico City and 00:00 UTC of the next day
    const state = fold(run([
      command('StartItem', cast.secretary, { number: N }, 320),
      ...vote('v', 330, ['in-favour', 'in-favour', 'against']),
      command('AnnounceSeparateOpinion', cast.sofia, { opinionId: 'o1', kind: 'particular' }, 331),
    ], inSession()));
    expect(buildMinutes(state, 'es').items.find((i) => i.number === '3.b')!.opinions).toEqual([
      { text: 'Sofía Consejera anunció voto particular sobre el punto 3.b, a presentar a más tardar el 26 de junio de 2024.', url: null },
    ]);
  });

  it('given a voto concurrente on the order of the day, then it is listed with the order of the day\'s approval', () => {
    const state = fold(run([command('AnnounceSeparateOpinion', cast.luis, { opinionId: 'o1', kind: 'concurrente' }, 7)], inSession({ separateOpinionDays: null })));
    expect(buildMinutes(state, 'es').agendaApproval).toContain('Luis Consejero anunció voto concurrente sobre el orden del día.');
    expect(buildMinutes(state, 'en').agendaApproval).toContain('Luis Consejero announced a concurring opinion on the order of the day.');
  });

  it('as a Word document, the filed document a link', async () => {
    const { value } = await mammoth.extractRawText({ buffer: await minutesToDocx(buildMinutes(votedInParts('DVOE'), 'es')) });
    expect(value).toContain('Votos particulares, concurrentes y razonados');
    expect(value).toContain('• Sofía Consejera anunció voto particular sobre el punto 3.b, en lo particular: punto resolutivo tercero, a presentar a más tardar el 26 de junio de 2024; lo presentó el 25 de junio de 2024: https://iecm.example/votos/p1-sofia.pdf');
    const { value: html } = await mammoth.convertToHtml({ buffer: await minutesToDocx(buildMinutes(votedInParts('DVOE'), 'es')) });
    expect(html).toContain('<a href="https://iecm.example/votos/p1-sofia.pdf">https://iecm.example/votos/p1-sofia.pdf</a>');
  });
});
