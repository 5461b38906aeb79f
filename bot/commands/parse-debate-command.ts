/**
 * The debate's typed commands, Spanish and English: asking for and giving the floor, ending an intervention, rounds,
 * time extensions and motions. The people named come as mentions: their names are taken out of the text first, so
 * «ceder la palabra a @Luis por alusiones» reads the same wherever Teams puts the mention.
 */
import type { BotCommand } from './bot-command';
import { speakingTimeOf } from './speaking-time';

/** The text without the mentioned names, on one line with single spaces. */
function withoutNames(text: string, names: readonly string[]): string {
  let out = text;
  for (const name of names) if (name.trim()) out = out.split(name.trim()).join(' ');
  return out.replace(/\s+/g, ' ').trim();
}

/** What follows the keyword (keeping the original accents and case), without a leading colon or dash. */
const after = (original: string, keywordLength: number): string => original.slice(keywordLength).replace(/^\s*[:\-–—]?\s*/, '').trim();

const ASK_SELF = /^(palabra|(pedir|pido|solicitar|solicito) (el uso de )?la palabra|floor|(i )?ask for the floor|request the floor)$/;
/** Teams may show a mention shorter than the name it carries («Luis» for Luis Consejero): what follows is not read. */
const ASK_FOR = /^(inscribir|inscribe|anotar|anota|apuntar|apunta)\b|^add\b/;
const WITHDRAW_SELF = /^(retirar (mi )?(palabra|solicitud)|retiro (mi )?(palabra|solicitud)|withdraw|withdraw (from the floor|my request))$/;
const WITHDRAW_FOR = /^(retirar|retira|quitar|quita|borrar) a\b|^remove\b/;
const GIVE_TO = /^((ceder|dar|conceder|otorgar) (el uso de )?la palabra a|give the floor to)\b/;
/** The reason comes after «por» / "for" (a shortened mention may stand before it). */
const REASON = /(?:^|\s)(?:por|porque|motivo:|for|because(?: of)?|reason:)\s+(.+)$/i;
const NEXT_SPEAKER = /^(siguiente orador(a)?|dar (el uso de )?la palabra|ceder la palabra|next speaker|give the floor)$/;
const END = /^(terminar (la |mi )?(intervencion|pregunta|respuesta)|termino|termine|he terminado|end (the |my )?(intervention|question|answer)|done|i('| a)?m done)$/;
const CLOSE_ROUND = /^(cerrar (la )?ronda|close (the )?round)$/;
const EXTEND = /^((ampliar|extender|prorrogar) (el )?tiempo|extend (the )?(speaking )?time)\b/;
const ACCEPT = /^((si )?acepto( la)?( mocion| pregunta)?|(i )?accept the (question|motion))$/;
const DECLINE = /^(no acepto( la)?( mocion| pregunta)?|(i )?(decline|do not accept|don't accept) the (question|motion))$/;
const MOTION = /^(mocion al orador|(a )?question to the speaker|motion to the speaker)\b/;
const GRANT = /^(procede( la)?( mocion)?( de orden)?|(the )?point of order (is )?granted|grant the point of order)$/;
const DENY = /^(no procede( la)?( mocion)?( de orden)?|(the )?point of order (is )?denied|deny the point of order)$/;
const ORDER = /^(mocion de orden|point of order)\b/;

/**
 * The debate command in this line, or null when it is not one. `normalise` is the parser's (lower case, no
 * accents); `mentioned` are the names of the people mentioned.
 */
export function parseDebateCommand(line: string, mentioned: readonly string[], normalise: (text: string) => string): BotCommand | null {
  const original = withoutNames(line.normalize('NFC'), mentioned);
  const t = normalise(original);
  const someone = mentioned.length > 0;

  if (ASK_SELF.test(t)) return { kind: 'ask-floor', member: 'self' };
  if (ASK_FOR.test(t)) return someone ? { kind: 'ask-floor', member: 'mentioned' } : { kind: 'malformed', problem: 'ask-floor-for-without-mention' };
  if (WITHDRAW_SELF.test(t)) return { kind: 'withdraw-floor', member: 'self' };
  if (WITHDRAW_FOR.test(t)) return someone ? { kind: 'withdraw-floor', member: 'mentioned' } : { kind: 'malformed', problem: 'withdraw-floor-for-without-mention' };
  if (NEXT_SPEAKER.test(t)) return { kind: 'give-floor', to: 'next' };
  const give = GIVE_TO.exec(t);
  if (give) {
    if (!someone) return { kind: 'malformed', problem: 'give-floor-without-mention' };
    if (mentioned.length > 1) return { kind: 'malformed', problem: 'give-floor-one-person' };
    const reason = REASON.exec(after(original, give[0].length))?.[1]?.trim() ?? '';
    return { kind: 'give-floor', to: 'mentioned', ...(reason ? { reason } : {}) };
  }
  if (END.test(t)) return { kind: 'end-intervention' };
  if (CLOSE_ROUND.test(t)) return { kind: 'close-round' };
  const extend = EXTEND.exec(t);
  if (extend) {
    const time = speakingTimeOf(after(t, extend[0].length).replace(/^(de|en|por|by)\s+/, ''));
    if (time.ok) return { kind: 'extend-time', seconds: time.seconds };
    return { kind: 'malformed', problem: time.problem === 'missing' ? 'extend-time-without-number' : 'extend-time-bad-number' };
  }
  if (ACCEPT.test(t)) return { kind: 'answer-motion', accept: true };
  if (DECLINE.test(t)) return { kind: 'answer-motion', accept: false };
  const motion = MOTION.exec(t);
  if (motion) {
    const text = after(original, motion[0].length);
    return { kind: 'motion-to-speaker', ...(text ? { text } : {}) };
  }
  if (GRANT.test(t)) return { kind: 'decide-point-of-order', accept: true };
  if (DENY.test(t)) return { kind: 'decide-point-of-order', accept: false };
  const order = ORDER.exec(t);
  if (order) {
    const text = after(original, order[0].length);
    return { kind: 'point-of-order', ...(text ? { text } : {}) };
  }
  return null;
}
