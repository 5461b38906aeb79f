/**
 * The minutes of an earlier session in the minutes: on the item that approves them, that they were approved (or
 * not) with the corrections noted; and, in the earlier session's own minutes once approved, where and when. Pure.
 */
import type { MinutesApproval, PreviousMinutes, VoteOutcome } from '../domain';
import { writtenDate } from '../i18n/dates';
import type { Language } from '../i18n/words';

/** "1) En la página 3 …; 2) …": each correction numbered, without its own final period. */
const numbered = (corrections: readonly string[]) => corrections.map((c, i) => `${i + 1}) ${c.trim().replace(/\.$/, '')}`).join('; ');

const W = {
  es: {
    ofSession: (title: string, date: string | null) => `la minuta de la ${title}${date ? ` del ${writtenDate(date, 'es')}` : ''}`,
    approved: (minutes: string) => `Se aprobó ${minutes}`,
    notApproved: (minutes: string) => `No se aprobó ${minutes}`,
    notVoted: (minutes: string) => `Se presentaron observaciones a ${minutes}`,
    corrections: (list: string) => `, con las observaciones siguientes: ${list}`,
    notedCorrections: (list: string) => `; se presentaron las observaciones siguientes: ${list}`,
    approvedIn: (title: string, date: string | null, item: string) => `Minuta aprobada en la ${title}${date ? ` del ${writtenDate(date, 'es')}` : ''}, punto ${item}`,
  },
  en: {
    ofSession: (title: string, date: string | null) => `the minutes of the ${title}${date ? ` of ${writtenDate(date, 'en')}` : ''}`,
    approved: (minutes: string) => `${minutes.charAt(0).toUpperCase()}${minutes.slice(1)} were approved`,
    notApproved: (minutes: string) => `${minutes.charAt(0).toUpperCase()}${minutes.slice(1)} were not approved`,
    notVoted: (minutes: string) => `Corrections were noted to ${minutes}`,
    corrections: (list: string) => `, with these corrections: ${list}`,
    notedCorrections: (list: string) => `; these corrections were noted: ${list}`,
    approvedIn: (title: string, date: string | null, item: string) => `Minutes approved at the ${title}${date ? ` of ${writtenDate(date, 'en')}` : ''}, item ${item}`,
  },
};

/**
 * On the linked item: "Se aprobó la minuta de la Quinta Sesión Ordinaria del 27 de mayo de 2024, con las
 * observaciones siguientes: 1) …". `outcome`: of the item's closed vote, if it was voted. Null when there is nothing
 * to say (not voted and no corrections).
 */
export function previousMinutesSentence(linked: PreviousMinutes, outcome: VoteOutcome | null, lang: Language): string | null {
  const w = W[lang];
  const minutes = w.ofSession(linked.title, linked.date);
  const list = linked.corrections.length ? numbered(linked.corrections) : null;
  if (outcome === null) return list ? `${w.notVoted(minutes)}: ${list}.` : null;
  if (outcome === 'not-approved') return `${w.notApproved(minutes)}${list ? w.notedCorrections(list) : ''}.`;
  return `${w.approved(minutes)}${list ? w.corrections(list) : ''}.`;
}

/** At the end of the earlier session's minutes: "Minuta aprobada en la Sexta Sesión Ordinaria del 24 de junio de 2024, punto 1." */
export function minutesApprovedLine(approval: MinutesApproval, lang: Language): string {
  const w = W[lang];
  const list = approval.corrections.length ? numbered(approval.corrections) : null;
  return `${w.approvedIn(approval.byTitle, approval.byDate, approval.item)}${list ? w.corrections(list) : ''}.`;
}
