/**
 * Changes to the order of the day in the minutes: approved "con las modificaciones" proposed or requested before
 * its vote, each with who asked for it; not made when it was not approved; and an item withdrawn from the approved
 * order of the day by a vote of the body — in Spanish and English, Markdown and Word.
 */
import mammoth from 'mammoth';
import { fold } from '../domain';
import type { AgendaChange } from '../domain';
import type { Actor } from '../domain/commands';
import { approveAgenda, ballot, cast, command, item, run, started, VOTERS, voteId } from '../domain/testing/session-spec';
import { buildMinutes } from './minutes';
import { minutesToDocx } from './render-docx';
import { minutesToMarkdown } from './render-markdown';

const propose = (who: Actor, id: string, change: AgendaChange) => command('ProposeAgendaChange', who, { changeId: id, change }, 6);
/** Luis proposes deferring item 2, Pedro (a representative) requests adding an item, the secretary proposes taking item 3 up first. */
const proposed = () => run([
  propose(cast.luis, 'c1', { kind: 'defer', number: item('2') }),
  propose(cast.representative, 'c2', { kind: 'add', title: 'Informe sobre el PREP' }),
  propose(cast.secretary, 'c3', { kind: 'move', number: item('3'), after: null }),
], started());
const withdrawalVote = (target: string, choice: 'in-favour' | 'against', minute: number) => [
  command('OpenVote', cast.secretary, { voteId: voteId(`w${target}`), method: 'economica', subject: 'item-withdrawal', target: item(target) }, minute),
  ...VOTERS.map((v) => ballot(v, v === cast.chair ? 'in-favour' : choice, minute)),
  command('CloseVote', cast.secretary, {}, minute),
];

describe('changes to the order of the day, in the minutes', () => {
  it('given changes proposed and requested, when the order of the day is approved, then it is approved with them, each with who asked for it', () => {
    const state = fold(run([command('CloseSession', cast.secretary, {}, 30)], approveAgenda(VOTERS, proposed(), 8)));
    expect(minutesToMarkdown(buildMinutes(state, 'es'))).toContain('A las 12:38 h se sometió a votación económica el orden del día, que se aprobó por unanimidad de votos de las consejerías presentes (3 votos a favor). '
      + 'Con las modificaciones propuestas antes de la votación: se difiere el punto 2, a propuesta de Luis Consejero; '
      + 'se agrega el punto 5. Informe sobre el PREP, a solicitud de Pedro Representante; el punto 3 pasa al inicio, a propuesta de Marta Secretaria.');
    expect(minutesToMarkdown(buildMinutes(state, 'en'))).toContain('With the changes proposed before the vote: item 2 deferred, proposed by Luis Consejero; '
      + '5. Informe sobre el PREP added, requested by Pedro Representante; item 3 moved to the top, proposed by Marta Secretaria.');
  });

  it('given changes proposed, when the order of the day is not approved, then the minutes say they were not made', () => {
    const state = fold(run([
      command('OpenVote', cast.secretary, { voteId: voteId('va'), method: 'economica', subject: 'agenda' }, 8),
      ballot(cast.chair, 'against', 8), ballot(cast.luis, 'against', 8), ballot(cast.sofia, 'in-favour', 8),
      command('CloseVote', cast.secretary, {}, 8),
      command('CloseSession', cast.secretary, {}, 30),
    ], proposed()));
    const md = minutesToMarkdown(buildMinutes(state, 'es'));
    expect(md).toContain('A las 12:38 h se sometió a votación económica el orden del día, que no se aprobó (1 a favor, 2 en contra). '
      + 'Al no aprobarse, no se hicieron las modificaciones propuestas: se difiere el punto 2, a propuesta de Luis Consejero; '
      + 'se agrega el punto «Informe sobre el PREP», a solicitud de Pedro Representante; el punto 3 pasa al inicio, a propuesta de Marta Secretaria.');
    expect(md).not.toMatch(/Con las modificaciones/);
  });

  it('given the approved order of the day, when the body votes to withdraw item 2 and not item 1, then the minutes tell both votes, and item 2 says how it was withdrawn', () => {
    const state = fold(run([
      ...withdrawalVote('2', 'in-favour', 9),
      ...withdrawalVote('1', 'against', 10),
      command('CloseSession', cast.secretary, {}, 30),
    ], approveAgenda(VOTERS, started())));
    const minutes = buildMinutes(state, 'es');
    const withdrawn = 'A las 12:39 h se sometió a votación económica el retiro del punto 2 del orden del día, '
      + 'que se aprobó por unanimidad de votos de las consejerías presentes (3 votos a favor); el punto se retiró.';
    expect(minutes.agendaApproval).toEqual([
      'A las 12:36 h se sometió a votación económica el orden del día, que se aprobó por unanimidad de votos de las consejerías presentes (3 votos a favor).',
      withdrawn,
      'A las 12:40 h se sometió a votación económica el retiro del punto 1 del orden del día, que no se aprobó (1 a favor, 2 en contra); el punto se mantuvo.',
    ]);
    expect(minutes.items.find((i) => i.number === '2')!.outcome).toBe(withdrawn);
    expect(minutes.items.find((i) => i.number === '1')!.outcome).toBe('No se trató.');
    expect(buildMinutes(state, 'en').items.find((i) => i.number === '2')!.outcome)
      .toBe('At 12:39 the withdrawal of item 2 from the order of the day was put to a show-of-hands vote, and it was approved unanimously by the voting members present (3 votes in favour); the item was withdrawn.');
  });

  it('as a Word document', async () => {
    const state = fold(run([...withdrawalVote('2', 'in-favour', 9), command('CloseSession', cast.secretary, {}, 30)], approveAgenda(VOTERS, proposed(), 8)));
    const { value } = await mammoth.extractRawText({ buffer: await minutesToDocx(buildMinutes(state, 'es')) });
    expect(value).toContain('se agrega el punto 5. Informe sobre el PREP, a solicitud de Pedro Representante');
    expect(value).toContain('A las 12:39 h se sometió a votación económica el retiro del punto 2 del orden del día, que se aprobó');
  });
});
