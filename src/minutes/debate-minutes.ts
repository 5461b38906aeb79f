/**
 * The debate in the minutes, told as a record: for each round of an item who spoke and for how long, against the
 * round's limit (and by how much it was exceeded), extensions, the floor given out of turn and why, who was left on
 * the list when the round closed (or, in a draft while it is open, who still waits), and the motions (moción al orador, moción de orden) with what became of them;
 * then the item's debate time, and for the session the time the body used, in all and per round. Pure.
 */
import { type Debate, type Intervention, type Motion, type Round, type TimedPart, motionSeconds, secondsBetween, spokenSeconds } from '../domain';
import { durationWords } from '../i18n/debate-words';
import type { Language } from '../i18n/words';

const ORDINALS = {
  es: ['primera', 'segunda', 'tercera', 'cuarta', 'quinta', 'sexta', 'séptima', 'octava', 'novena', 'décima'],
  en: ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'],
};

/** "la primera ronda" / "the first round"; past the tenth, "la ronda 11" / "round 11". */
function theRound(n: number, lang: Language): string {
  const ordinal = ORDINALS[lang][n - 1];
  if (lang === 'es') return ordinal ? `la ${ordinal} ronda` : `la ronda ${n}`;
  return ordinal ? `the ${ordinal} round` : `round ${n}`;
}

/** "A, B y C" / "A, B and C". */
function listOf(names: string[], lang: Language): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${lang === 'es' ? 'y' : 'and'} ${names[names.length - 1]}`;
}

const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const quoted = (text: string): string => `“${text}”`;

const W = {
  es: {
    spoke: (round: string, limit: string, speakers: string[]) =>
      `En ${round}, de hasta ${limit} por intervención, ${speakers.length > 1 ? 'hicieron' : 'hizo'} uso de la palabra: ${listOf(speakers, 'es')}.`,
    nobodySpoke: (round: string, limit: string) => `En ${round}, de hasta ${limit} por intervención, nadie hizo uso de la palabra.`,
    exceeded: (limit: string, by: string) => `excedió el límite de ${limit} por ${by}`,
    extended: (seconds: string) => `con una prórroga de ${seconds}`,
    outOfTurn: (reason: string) => `se le dio la palabra fuera del orden de la lista: ${reason}`,
    stillSpeaking: 'en uso de la palabra al cierre del registro',
    dropped: (round: string, names: string[]) =>
      `Al cerrarse ${round}, ${names.length > 1 ? 'quedaron' : 'quedó'} fuera de la lista sin intervenir ${listOf(names, 'es')}.`,
    waiting: (round: string, names: string[]) =>
      `${names.length > 1 ? 'Siguen' : 'Sigue'} en la lista de ${round}, sin haber intervenido, ${listOf(names, 'es')}.`,
    toSpeaker: (by: string, speaker: string, text: string | null) => `${by} formuló una moción al orador a ${speaker}${text ? `: ${quoted(text)}` : ''}.`,
    accepted: (question: string, answer: string) => `Fue aceptada; la pregunta duró ${question} y la respuesta ${answer}.`,
    declined: 'No fue aceptada.',
    notAnswered: 'Quedó sin respuesta.',
    part: (spoke: string, exceeded: string | null) => (exceeded ? `${spoke} (${exceeded})` : spoke),
    unfinished: 'quedó sin concluir',
    order: (by: string, text: string | null) => `${by} planteó una moción de orden${text ? `: ${quoted(text)}` : ''}.`,
    granted: (by: string) => `${by} la concedió.`,
    denied: (by: string) => `${by} la negó.`,
    undecided: 'Quedó sin resolver.',
    itemTime: (total: string, motions: string | null) =>
      `El debate del punto duró ${total}${motions ? `, de los cuales ${motions} correspondieron a mociones` : ''}.`,
    sessionTime: (total: string, rounds: string[], motions: string | null) =>
      `En la sesión, el uso de la palabra sumó ${total}${rounds.length ? `: ${listOf(rounds, 'es')}` : ''}${motions ? `, más ${motions} de mociones` : ''}.`,
    inRound: (time: string, round: string) => `${time} en ${round}`,
  },
  en: {
    spoke: (round: string, limit: string, speakers: string[]) =>
      `In ${round}, of up to ${limit} each, the floor was taken by ${listOf(speakers, 'en')}.`,
    nobodySpoke: (round: string, limit: string) => `In ${round}, of up to ${limit} each, nobody took the floor.`,
    exceeded: (limit: string, by: string) => `${by} over the ${limit} limit`,
    extended: (seconds: string) => `given ${seconds} more`,
    outOfTurn: (reason: string) => `given the floor out of turn: ${reason}`,
    stillSpeaking: 'still speaking when the record ends',
    dropped: (round: string, names: string[]) =>
      `When ${round} closed, ${listOf(names, 'en')} ${names.length > 1 ? 'were' : 'was'} still waiting and dropped from the list.`,
    waiting: (round: string, names: string[]) => `${listOf(names, 'en')} ${names.length > 1 ? 'are' : 'is'} still on the list of ${round}.`,
    toSpeaker: (by: string, speaker: string, text: string | null) => `${by} put a motion to the speaker to ${speaker}${text ? `: ${quoted(text)}` : ''}.`,
    accepted: (question: string, answer: string) => `It was accepted; the question took ${question} and the answer ${answer}.`,
    declined: 'It was declined.',
    notAnswered: 'It was not answered.',
    part: (spoke: string, exceeded: string | null) => (exceeded ? `${spoke} (${exceeded})` : spoke),
    unfinished: 'was not finished',
    order: (by: string, text: string | null) => `${by} raised a point of order${text ? `: ${quoted(text)}` : ''}.`,
    granted: (by: string) => `${by} granted it.`,
    denied: (by: string) => `${by} denied it.`,
    undecided: 'It was not decided.',
    itemTime: (total: string, motions: string | null) => `The debate on this item took ${total}${motions ? `, of which ${motions} on motions` : ''}.`,
    sessionTime: (total: string, rounds: string[], motions: string | null) =>
      `In the session the floor was used for ${total}${rounds.length ? `: ${listOf(rounds, 'en')}` : ''}${motions ? `, plus ${motions} on motions` : ''}.`,
    inRound: (time: string, round: string) => `${time} in ${round}`,
  },
};

/** One speaker of a round: "Pedro Representante (10 min 20 s; excedió el límite de 10 min por 20 s)". */
function interventionWords(i: Intervention, name: (id: string) => string, lang: Language): string {
  const w = W[lang];
  const d = (s: number) => durationWords(s, lang);
  const notes: string[] = [];
  if (i.spokeSeconds === null) notes.push(w.stillSpeaking);
  else notes.push(d(i.spokeSeconds));
  if (i.extendedSeconds > 0) notes.push(w.extended(d(i.extendedSeconds)));
  if (i.spokeSeconds !== null && i.spokeSeconds > i.limitSeconds) notes.push(w.exceeded(d(i.limitSeconds), d(i.spokeSeconds - i.limitSeconds)));
  if (i.outOfOrder) notes.push(w.outOfTurn(i.outOfOrder));
  return `${name(i.memberId)} (${notes.join('; ')})`;
}

/** How long a question or an answer took, and by how much it went over its limit. */
function partWords(part: TimedPart | null, lang: Language): string {
  const w = W[lang];
  if (!part?.endedAt) return w.unfinished;
  const took = secondsBetween(part.startedAt, part.endedAt);
  const d = (s: number) => durationWords(s, lang);
  return w.part(d(took), took > part.limitSeconds ? w.exceeded(d(part.limitSeconds), d(took - part.limitSeconds)) : null);
}

function motionWords(m: Motion, name: (id: string) => string, lang: Language): string {
  const w = W[lang];
  if (m.kind === 'to-speaker') {
    const asked = w.toSpeaker(name(m.by), name(m.speaker ?? ''), m.text);
    const outcome = m.accepted === null ? w.notAnswered : m.accepted ? w.accepted(partWords(m.question, lang), partWords(m.answer, lang)) : w.declined;
    return `${asked} ${outcome}`;
  }
  const decider = m.decidedBy ? name(m.decidedBy) : '';
  const outcome = m.accepted === null ? w.undecided : m.accepted ? w.granted(decider) : w.denied(decider);
  return `${w.order(name(m.by), m.text)} ${outcome}`;
}

function roundLines(round: Round, debate: Debate, name: (id: string) => string, lang: Language): string[] {
  const w = W[lang];
  const which = theRound(round.number, lang);
  const limit = durationWords(round.limitSeconds, lang);
  const speakers = debate.interventions.filter((i) => i.round === round.number).map((i) => interventionWords(i, name, lang));
  const lines = [speakers.length ? w.spoke(which, limit, speakers) : w.nobodySpoke(which, limit)];
  lines.push(...debate.motions.filter((m) => m.round === round.number).map((m) => motionWords(m, name, lang)));
  if (round.closedAt && round.dropped.length) lines.push(w.dropped(which, round.dropped.map(name)));
  if (!round.closedAt && round.queue.length) lines.push(w.waiting(which, round.queue.map(name)));
  return lines;
}

/** The paragraphs of an item's debate, in the order it happened; none when there was no debate on it. */
export function debateParagraphs(debate: Debate | null, name: (id: string) => string, lang: Language): string[] {
  if (!debate || (debate.rounds.length === 0 && debate.motions.length === 0)) return [];
  const numbered = new Set(debate.rounds.map((r) => r.number));
  const outsideRounds = debate.motions.filter((m) => m.round === null || !numbered.has(m.round)).map((m) => motionWords(m, name, lang));
  const lines = [...outsideRounds, ...debate.rounds.flatMap((r) => roundLines(r, debate, name, lang))];
  const motions = motionSeconds(debate);
  const total = spokenSeconds(debate) + motions;
  if (total > 0) lines.push(W[lang].itemTime(durationWords(total, lang), motions > 0 ? durationWords(motions, lang) : null));
  return lines.map(capital);
}

/**
 * The body's use of the floor in the whole session: the total (as `SessionView.debateSeconds` counts it), the
 * interventions of each round across items, and the motions. Null when nobody took the floor.
 */
export function sessionDebateParagraph(debates: readonly Debate[], lang: Language): string | null {
  const spoken = debates.reduce((sum, d) => sum + spokenSeconds(d), 0);
  const motions = debates.reduce((sum, d) => sum + motionSeconds(d), 0);
  if (spoken + motions === 0) return null;
  const byRound = new Map<number, number>();
  for (const i of debates.flatMap((d) => d.interventions)) byRound.set(i.round, (byRound.get(i.round) ?? 0) + (i.spokeSeconds ?? 0));
  const rounds = [...byRound.entries()].filter(([, s]) => s > 0).sort(([a], [b]) => a - b)
    .map(([round, s]) => W[lang].inRound(durationWords(s, lang), theRound(round, lang)));
  return W[lang].sessionTime(durationWords(spoken + motions, lang), rounds, motions > 0 ? durationWords(motions, lang) : null);
}
