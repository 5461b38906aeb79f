/**
 * The typed commands of votes in parts, Spanish and English: reserving a part of the draft under way for a vote en
 * lo particular («reservar punto resolutivo tercero: texto propuesto»), withdrawing a reservation and putting one to
 * the vote by its place in the item card's list («retirar reserva 1», «votar reserva 1 nominal»), excusals («me
 * excuso del punto 3 por conflicto de interés», «excusar a @Luis del punto 3»), separate opinions on the last closed
 * vote («voto particular», «voto concurrente», «voto razonado») and the link of the filed document («documento del
 * voto https://…»). The people named come as mentions: their names are taken out of the text first. Words that name
 * one of these but not in its form give its right form (`vote-part-problems.ts`).
 */
import type { SeparateOpinionKind } from '../../src/domain';
import type { BotCommand, VotePartProblem } from './bot-command';

/** An item as typed: «del punto 3», «punto 5.b», «item 3»; the number is read by `itemNumberOf`. */
const ITEM = '(?:(?:el|the) )?(?:punto|item|tema) (?:no\\.? )?([0-9]+(?:\\.[a-z0-9]{1,3}| ?[a-z])?|[ivxlc]+(?:\\.[a-z0-9]{1,3})?)';
/** The reason of an excusal, after «por» / "because" (kept as typed). */
const REASON = '(?: (?:por|porque|debido a|motivo:?|because(?: of)?|for|reason:?) (.+))?';

const RESERVE = /^(?:reservar|reservo|reserve|i reserve)\b/;
const WITHDRAW_RESERVATION = /^(?:retirar|retiro|retira|withdraw)(?: (?:la|mi|my|the))? (?:reserva|reservation)\b/;
const VOTE_RESERVATION = /^(?:votar|vote(?: on)?|votacion de)(?: (?:la|the))? (?:reserva|reservation)\b/;
/** «1», «no. 1», «#1», then the method: «nominal», «económica». */
const POSITION_AND_METHOD = /^(?:(?:no\.? ?|#)?([0-9]{1,3}))?(?: (nominal|economica|roll[- ]call|show of hands))?$/;

const EXCUSE_SELF = /^(?:me excuso|i excuse myself|i recuse myself)\b/;
const EXCUSE_SELF_FORM = new RegExp(`^(?:me excuso|i excuse myself|i recuse myself)(?: (?:de votar|del?|en|from|on|in))? ${ITEM}${REASON}$`, 'd');
const EXCUSE_OTHER = /^(?:excusar|excusa|excuse|recuse)\b/;
const EXCUSE_OTHER_FORM = new RegExp(`^(?:excusar|excusa|excuse|recuse)(?: a)?(?: (?:del?|en|from|on|in))? ${ITEM}${REASON}$`, 'd');

const OPINION_ES = /^(?:(?:anuncio|emito|formulo|presento|emitire|formulare|presentare)(?: un)? )?voto (particular|concurrente|razonado)$/;
const OPINION_EN = /^(?:(?:i )?(?:announce|will file|file)(?: a)? )?(dissenting|concurring|reasoned) opinion$/;
const OPINION_KINDS: Record<string, SeparateOpinionKind> = {
  particular: 'particular', concurrente: 'concurrente', razonado: 'razonado', dissenting: 'particular', concurring: 'concurrente', reasoned: 'razonado',
};
const DOCUMENT = /^(?:documento del? (?:mi )?voto(?: (?:particular|concurrente|razonado))?|(?:opinion|my opinion's|the opinion's) document|document of (?:my|the) opinion)\b/;
const HTTPS_URL = /^https:\/\/\S+$/;

/** The text without the mentioned names, on one line with single spaces. */
function withoutNames(text: string, names: readonly string[]): string {
  let out = text;
  for (const name of names) if (name.trim()) out = out.split(name.trim()).join(' ');
  return out.replace(/[¿¡]/g, '').replace(/\s+/g, ' ').trim();
}

/** What follows the keyword (keeping the original accents and case), without a leading colon or dash. */
const after = (original: string, keywordLength: number): string => original.slice(keywordLength).replace(/^\s*[:\-–—]?\s*/, '').trim();

const malformed = (problem: VotePartProblem): BotCommand => ({ kind: 'vote-part-malformed', problem });

/** «reservar punto resolutivo tercero [de @Luis]: texto propuesto». */
function reservation(rest: string, mentioned: number): BotCommand {
  if (mentioned > 1) return malformed('reserve-for-one-person');
  const colon = rest.indexOf(':');
  let part = (colon >= 0 ? rest.slice(0, colon) : rest).trim();
  let proposal = colon >= 0 ? rest.slice(colon + 1).trim() : '';
  if (mentioned) {
    // «de @Luis» / "for @Luis" wherever Teams put the mention: the word before the name is left alone
    part = part.replace(/^(?:de|del|for|para)\s+/i, '').replace(/\s+(?:de|del|for|para)$/i, '').trim();
    proposal = proposal.replace(/\s+(?:de|del|for|para)$/i, '').trim();
  }
  part = part.replace(/^(?:el|la|los|las|the)\s+/i, '').trim();
  if (!part) return malformed('reserve-without-part');
  return { kind: 'reserve-part', part, ...(proposal ? { proposal } : {}), member: mentioned ? 'mentioned' : 'self' };
}

/** «1 nominal» after «retirar reserva» / «votar reserva». */
function positionOf(rest: string): { position: number | null; nominal: boolean } | null {
  const m = POSITION_AND_METHOD.exec(rest.trim());
  if (!m) return null;
  return { position: m[1] ? Number(m[1]) : null, nominal: !!m[2] && /nominal|roll/.test(m[2]) };
}

/**
 * The command in this message (its lines read as one), or null when it is not one of these. `mentioned` are the names of the people mentioned;
 * `normalise` and `itemNumberOf` are the parser's (lower case without accents; «5 b» → «5.b»).
 */
export function parseVotePartCommand(
  line: string, mentioned: readonly string[], normalise: (text: string) => string, itemNumberOf: (raw: string) => string,
): BotCommand | null {
  const original = withoutNames(line.normalize('NFC'), mentioned);
  const t = normalise(original);
  const someone = mentioned.length;

  const reserve = RESERVE.exec(t);
  if (reserve) return reservation(original.slice(reserve[0].length).replace(/^\s*[-–—]?\s*/, ''), someone);

  const withdraw = WITHDRAW_RESERVATION.exec(t);
  if (withdraw) {
    const at = positionOf(t.slice(withdraw[0].length));
    if (!at || at.position === null || at.position < 1) return malformed('withdraw-reservation-without-number');
    return { kind: 'withdraw-reservation', reservation: { position: at.position } };
  }
  const vote = VOTE_RESERVATION.exec(t);
  if (vote) {
    const at = positionOf(t.slice(vote[0].length));
    if (!at || at.position === null || at.position < 1) return malformed('vote-reservation-without-number');
    return { kind: 'vote-reservation', reservation: { position: at.position }, method: at.nominal ? 'nominal' : 'economica' };
  }

  if (EXCUSE_SELF.test(t)) {
    const m = EXCUSE_SELF_FORM.exec(t);
    if (!m) return malformed('excuse-without-item');
    return excusal(m, original, itemNumberOf, 'self');
  }
  if (EXCUSE_OTHER.test(t)) {
    if (!someone) return malformed('excuse-someone-without-mention');
    if (someone > 1) return malformed('excuse-one-person');
    const m = EXCUSE_OTHER_FORM.exec(t);
    if (!m) return malformed('excuse-without-item');
    return excusal(m, original, itemNumberOf, 'mentioned');
  }

  const opinion = OPINION_ES.exec(t) ?? OPINION_EN.exec(t);
  if (opinion) return { kind: 'separate-opinion', opinion: OPINION_KINDS[opinion[1]!]! };
  const document = DOCUMENT.exec(t);
  if (document) {
    const url = after(original, document[0].length).split(' ')[0] ?? '';
    if (!url) return malformed('opinion-document-without-url');
    if (!HTTPS_URL.test(url)) return malformed('opinion-document-not-https');
    return { kind: 'opinion-document', url };
  }
  return null;
}

/** The excusal of a matched «me excuso del punto 3 por …»: the reason taken from the original words. */
function excusal(m: RegExpExecArray, original: string, itemNumberOf: (raw: string) => string, member: 'self' | 'mentioned'): BotCommand {
  const span = m.indices?.[2];
  const reason = span ? original.slice(span[0], span[1]).trim() : '';
  return { kind: 'excuse', number: itemNumberOf(m[1]!), member, ...(reason ? { reason } : {}) };
}
