/**
 * The debate in the minutes: who spoke in each round and for how long, against the round's limit, extensions, the
 * floor given out of turn, who was dropped when a round closed, the motions, and the time used — the same in the
 * Markdown and the Word minutes, in Spanish and English.
 */
import mammoth from 'mammoth';
import { fold, type SessionCommand } from '../domain';
import { at, cast, command, inSession, item, run } from '../domain/testing/session-spec';
import { buildMinutes } from './minutes';
import { minutesToDocx } from './render-docx';
import { minutesToMarkdown } from './render-markdown';

/** A command at minute m, second s of the session day. */
const on = (c: SessionCommand, m: number, s = 0): SessionCommand => ({ ...c, now: new Date(Date.parse(at(m)) + s * 1000).toISOString() });
const N = item('3.b');
const present = [cast.chair, cast.luis, cast.sofia, cast.representative];

/**
 * Item 3.b debated in two rounds, then the session closed:
 * round 1 (10 min): Luis speaks 4 min 10 s, with Sofía's moción al orador heard (question 40 s, answer 55 s);
 * Pedro speaks 10 min 20 s and declines Luis's moción al orador; the round closes with Sofía still waiting.
 * round 2 (5 min): Luis gets the floor ahead of Sofía for a personal allusion, with 1 min more, and speaks 5 min 30 s;
 * Sofía speaks 3 min, and the chair denies Pedro's moción de orden.
 */
const debatedSession = () => fold(run([
  on(command('StartItem', cast.secretary, { number: N }), 10),
  on(command('AskForFloor', cast.luis, {}), 10, 30),
  on(command('AskForFloor', cast.representative, {}), 10, 40),
  on(command('AskForFloor', cast.sofia, {}), 10, 50),
  on(command('GiveFloor', cast.secretary, {}), 11),
  on(command('AskMotionToSpeaker', cast.sofia, { motionId: 'm1', text: '¿Cuál es la fuente de esos datos?' }), 12),
  on(command('AnswerMotionToSpeaker', cast.luis, { accept: true }), 12, 10),
  on(command('EndIntervention', cast.sofia, {}), 12, 50),
  on(command('EndIntervention', cast.luis, {}), 13, 45),
  on(command('EndIntervention', cast.secretary, {}), 16, 55),
  on(command('GiveFloor', cast.secretary, {}), 17),
  on(command('AskMotionToSpeaker', cast.luis, { motionId: 'm2' }), 18),
  on(command('AnswerMotionToSpeaker', cast.representative, { accept: false }), 18, 5),
  on(command('EndIntervention', cast.representative, {}), 27, 25),
  on(command('CloseRound', cast.secretary, {}), 27, 30),
  on(command('AskForFloor', cast.sofia, {}), 28),
  on(command('AskForFloor', cast.luis, {}), 28, 10),
  on(command('GiveFloor', cast.secretary, { memberId: cast.luis.id, reason: 'alusión personal' }), 28, 20),
  on(command('ExtendSpeakingTime', cast.chair, { seconds: 60 }), 32),
  on(command('EndIntervention', cast.secretary, {}), 33, 50),
  on(command('GiveFloor', cast.secretary, {}), 34),
  on(command('RaisePointOfOrder', cast.representative, { motionId: 'm3', text: 'Que la oradora se ciña al punto' }), 35),
  on(command('DecidePointOfOrder', cast.chair, { accept: false }), 35, 10),
  on(command('EndIntervention', cast.secretary, {}), 37, 10),
  on(command('CloseRound', cast.secretary, {}), 37, 20),
  on(command('CloseSession', cast.secretary, {}), 40),
], inSession(undefined, undefined, present)));

const SPANISH = [
  'En la primera ronda, de hasta 10 min por intervención, hicieron uso de la palabra: Luis Consejero (4 min 10 s) y Pedro Representante (10 min 20 s; excedió el límite de 10 min por 20 s).',
  'Sofía Consejera formuló una moción al orador a Luis Consejero: “¿Cuál es la fuente de esos datos?”. Fue aceptada; la pregunta duró 40 s y la respuesta 55 s.',
  'Luis Consejero formuló una moción al orador a Pedro Representante. No fue aceptada.',
  'Al cerrarse la primera ronda, quedó fuera de la lista sin intervenir Sofía Consejera.',
  'En la segunda ronda, de hasta 5 min por intervención, hicieron uso de la palabra: Luis Consejero (5 min 30 s; con una prórroga de 1 min; se le dio la palabra fuera del orden de la lista: alusión personal) y Sofía Consejera (3 min).',
  'Pedro Representante planteó una moción de orden: “Que la oradora se ciña al punto”. Ana Presidenta la negó.',
  'El debate del punto duró 24 min 35 s, de los cuales 1 min 35 s correspondieron a mociones.',
];
const SPANISH_SESSION = 'En la sesión, el uso de la palabra sumó 24 min 35 s: 14 min 30 s en la primera ronda y 8 min 30 s en la segunda ronda, más 1 min 35 s de mociones.';

const ENGLISH = [
  'In the first round, of up to 10 min each, the floor was taken by Luis Consejero (4 min 10 s) and Pedro Representante (10 min 20 s; 20 s over the 10 min limit).',
  'Sofía Consejera put a motion to the speaker to Luis Consejero: “¿Cuál es la fuente de esos datos?”. It was accepted; the question took 40 s and the answer 55 s.',
  'Luis Consejero put a motion to the speaker to Pedro Representante. It was declined.',
  'When the first round closed, Sofía Consejera was still waiting and dropped from the list.',
  'In the second round, of up to 5 min each, the floor was taken by Luis Consejero (5 min 30 s; given 1 min more; given the floor out of turn: alusión personal) and Sofía Consejera (3 min).',
  'Pedro Representante raised a point of order: “Que la oradora se ciña al punto”. Ana Presidenta denied it.',
  'The debate on this item took 24 min 35 s, of which 1 min 35 s on motions.',
];
const ENGLISH_SESSION = 'In the session the floor was used for 24 min 35 s: 14 min 30 s in the first round and 8 min 30 s in the second round, plus 1 min 35 s on motions.';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('the debate in the minutes', () => {
  it('given an item debated in two rounds with motions, then its Markdown minutes tell each round, speaker, motion and the time used, in order', () => {
    const md = minutesToMarkdown(buildMinutes(debatedSession(), 'es', null, 'UTC'));
    const item = md.slice(md.indexOf('#### 3.b.'), md.indexOf('## V.'));
    expect(item).toMatch(new RegExp(`^#### 3\\.b\\. Proyecto de acuerdo sobre el programa\\n\\n${SPANISH.map(escape).join('\\n\\n')}\\n\\nNo se sometió a votación\\.`));
    expect(md).toMatch(new RegExp(`\\n### Uso de la palabra\\n\\n${escape(SPANISH_SESSION)}\\n\\n## V\\. Acuerdos adoptados`));
  });

  it('in English, the same record', () => {
    const md = minutesToMarkdown(buildMinutes(debatedSession(), 'en', null, 'UTC'));
    for (const line of [...ENGLISH, ENGLISH_SESSION]) expect(md).toContain(`\n${line}\n`);
  });

  it('as a Word document, the same paragraphs in Spanish and English', async () => {
    for (const [lang, lines] of [['es', [...SPANISH, SPANISH_SESSION]], ['en', [...ENGLISH, ENGLISH_SESSION]]] as const) {
      const { value } = await mammoth.extractRawText({ buffer: await minutesToDocx(buildMinutes(debatedSession(), lang, null, 'UTC')) });
      const paragraphs = value.split('\n').filter(Boolean);
      for (const line of lines) expect(paragraphs).toContain(line);
      expect(paragraphs).toContain(lang === 'es' ? 'Uso de la palabra' : 'Use of the floor');
    }
  });

  /** Luis speaks 8 minutes in the first round of item 3.b while Sofía waits. */
  const sofiaWaiting = () => run([
    on(command('StartItem', cast.secretary, { number: N }), 10),
    on(command('AskForFloor', cast.luis, {}), 10, 30),
    on(command('AskForFloor', cast.sofia, {}), 10, 40),
    on(command('GiveFloor', cast.secretary, {}), 11),
    on(command('EndIntervention', cast.luis, {}), 19),
  ], inSession(undefined, undefined, present));

  it('given the session closed while someone still waited for the floor, then the round closed with the item and the minutes name who was not heard', () => {
    const state = fold(run([on(command('CloseSession', cast.secretary, {}), 40)], sofiaWaiting()));
    const md = minutesToMarkdown(buildMinutes(state, 'es', null, 'UTC'));
    expect(md).toContain('\nEn la primera ronda, de hasta 10 min por intervención, hizo uso de la palabra: Luis Consejero (8 min).\n');
    expect(md).toContain('\nAl cerrarse la primera ronda, quedó fuera de la lista sin intervenir Sofía Consejera.\n');
    expect(md).toContain('\nEl debate del punto duró 8 min.\n');
    expect(md).toContain('\nEn la sesión, el uso de la palabra sumó 8 min: 8 min en la primera ronda.\n');
  });

  it('given minutes drafted while a round is still open, then they say who is still on the list', () => {
    const debateOf = (lang: 'es' | 'en') => buildMinutes(fold(sofiaWaiting()), lang, null, 'UTC').items.find((i) => i.number === '3.b')!.debate;
    expect(debateOf('es')).toEqual([
      'En la primera ronda, de hasta 10 min por intervención, hizo uso de la palabra: Luis Consejero (8 min).',
      'Sigue en la lista de la primera ronda, sin haber intervenido, Sofía Consejera.',
      'El debate del punto duró 8 min.',
    ]);
    expect(debateOf('en')).toEqual([
      'In the first round, of up to 10 min each, the floor was taken by Luis Consejero (8 min).',
      'Sofía Consejera is still on the list of the first round.',
      'The debate on this item took 8 min.',
    ]);
  });

  it('given a moción de orden before anyone spoke, granted, and a question that went over its minute, then the minutes say so', () => {
    const state = fold(run([
      on(command('StartItem', cast.secretary, { number: N }), 10),
      on(command('RaisePointOfOrder', cast.luis, { motionId: 'm1', text: 'Que se lea el documento' }), 10, 20),
      on(command('DecidePointOfOrder', cast.chair, { accept: true }), 10, 30),
      on(command('AskForFloor', cast.representative, {}), 11),
      on(command('GiveFloor', cast.secretary, {}), 11),
      on(command('AskMotionToSpeaker', cast.sofia, { motionId: 'm2' }), 12),
      on(command('AnswerMotionToSpeaker', cast.representative, { accept: true }), 12),
      on(command('EndIntervention', cast.sofia, {}), 13, 10),
      on(command('EndIntervention', cast.representative, {}), 13, 40),
      on(command('EndIntervention', cast.representative, {}), 15, 40),
      on(command('CloseSession', cast.secretary, {}), 40),
    ], inSession(undefined, undefined, present)));
    const debateOf = (lang: 'es' | 'en') => buildMinutes(state, lang, null, 'UTC').items.find((i) => i.number === '3.b')!.debate;
    expect(debateOf('es')).toEqual([
      'Luis Consejero planteó una moción de orden: “Que se lea el documento”. Ana Presidenta la concedió.',
      'En la primera ronda, de hasta 10 min por intervención, hizo uso de la palabra: Pedro Representante (3 min).',
      'Sofía Consejera formuló una moción al orador a Pedro Representante. Fue aceptada; la pregunta duró 1 min 10 s (excedió el límite de 1 min por 10 s) y la respuesta 30 s.',
      'El debate del punto duró 4 min 40 s, de los cuales 1 min 40 s correspondieron a mociones.',
    ]);
    expect(debateOf('en')).toEqual([
      'Luis Consejero raised a point of order: “Que se lea el documento”. Ana Presidenta granted it.',
      'In the first round, of up to 10 min each, the floor was taken by Pedro Representante (3 min).',
      'Sofía Consejera put a motion to the speaker to Pedro Representante. It was accepted; the question took 1 min 10 s (10 s over the 1 min limit) and the answer 30 s.',
      'The debate on this item took 4 min 40 s, of which 1 min 40 s on motions.',
    ]);
  });

  it('given a session where nobody asked for the floor, then the minutes say nothing of a debate', () => {
    const state = fold(run([on(command('StartItem', cast.secretary, { number: N }), 10), on(command('CloseSession', cast.secretary, {}), 40)], inSession()));
    const minutes = buildMinutes(state, 'es', null, 'UTC');
    expect(minutes.debateTime).toBeNull();
    expect(minutes.items.every((i) => i.debate.length === 0)).toBe(true);
    expect(minutesToMarkdown(minutes)).not.toMatch(/ronda|uso de la palabra|moción/i);
  });
});
