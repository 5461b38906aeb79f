/**
 * Votes in parts on an item's card: the vote en lo general once closed, the parts reserved (who, which part, the
 * wording proposed, and what became of each once voted en lo particular) and the members excused (who, why). Whoever
 * conducts sees «Votar en lo particular» under each reservation still to be voted once the item is approved en lo
 * general; the domain decides the vote when it is asked.
 */
import type { ItemView, ReservationView, SessionView, VoteView } from '../../src/app/session-view';
import { resultWords } from '../../src/i18n/vote-result';
import type { Language } from '../i18n/language';
import { actionSet, button, type CardElement, shorten, text } from './card-kit';
import type { Viewer } from './viewer';
import { OUTCOME_WORDS } from './vote-part-words';

const PART_MAX = 300;
const PROPOSAL_MAX = 400;
const REASON_MAX = 200;

/** The item's vote en lo general, once closed. */
export const generalVoteOf = (item: ItemView): VoteView | null => item.votes.find((v) => v.stage === 'general' && v.status === 'closed') ?? null;

function statusOf(r: ReservationView, general: VoteView | null, lang: Language): string | null {
  const es = lang === 'es';
  if (r.outcome) return OUTCOME_WORDS[r.outcome][lang];
  if (r.voteId) return es ? 'en votación en lo particular' : 'being voted separately';
  if (!general) return null;
  if (general.outcome === 'not-approved') return es ? 'sin votación en lo particular: el punto no se aprobó en lo general' : 'not voted separately: the item was not approved in general';
  return es ? 'por votar en lo particular' : 'to be voted separately';
}

/** Whoever conducts may put this reservation to the vote now, as far as the card can tell (the domain decides). */
function votableNow(view: SessionView, item: ItemView, r: ReservationView, general: VoteView | null, viewer: Viewer): boolean {
  return viewer.can.conducts && item.current && view.phase === 'in-session' && !view.openVote
    && general !== null && general.outcome !== 'not-approved' && r.voteId === null;
}

function reservationLines(view: SessionView, item: ItemView, viewer: Viewer, lang: Language): CardElement[] {
  const es = lang === 'es';
  if (!item.reservations.length) return [];
  const general = generalVoteOf(item);
  const lines: CardElement[] = [text(es ? '**Reservas para la votación en lo particular**' : '**Parts reserved for a separate vote**', { spacing: 'Medium' })];
  item.reservations.forEach((r, i) => {
    const status = statusOf(r, general, lang);
    lines.push(text(`${i + 1}. ${shorten(r.part, PART_MAX)} — ${r.by.name}${status ? ` · ${status}` : ''}`, { spacing: 'Small', ...(r.outcome ? { weight: 'Bolder' } : {}) }));
    if (r.proposal) lines.push(text(`${es ? 'Propuesta' : 'Proposed wording'}: «${shorten(r.proposal, PROPOSAL_MAX)}»`, { spacing: 'None', size: 'Small', isSubtle: true }));
    if (votableNow(view, item, r, general, viewer)) {
      lines.push(actionSet([button(es ? `Votar en lo particular (reserva ${i + 1})` : `Vote separately (reservation ${i + 1})`, {
        verb: 'vote-part', ref: { card: 'item', number: item.number }, act: 'vote-reservation', reservationId: r.id, method: general!.method,
      }, 'positive')]));
    }
  });
  return lines;
}

function excusalLines(item: ItemView, lang: Language): CardElement[] {
  const es = lang === 'es';
  if (!item.excusals.length) return [];
  return [
    text(es ? '**Excusas**' : '**Excused from the vote**', { spacing: 'Medium' }),
    ...item.excusals.map((e) => text(`• ${e.member.name}${e.reason ? ` — ${shorten(e.reason, REASON_MAX)}` : ''}`, { spacing: 'None', size: 'Small' })),
  ];
}

/** "En lo general: Aprobado por unanimidad", once the vote en lo general closed. */
function generalLine(view: SessionView, item: ItemView, lang: Language): CardElement[] {
  const general = generalVoteOf(item);
  if (!general?.outcome) return [];
  const result = resultWords({ outcome: general.outcome, basis: general.basis, required: general.required }, view.rules.majority, lang);
  return [text(`${lang === 'es' ? 'En lo general' : 'In general'}: ${result}`, { weight: 'Bolder', color: general.outcome === 'not-approved' ? 'Attention' : 'Good' })];
}

/** The item's votes in parts, reservations and excusals, with the buttons of whoever conducts (none for the shared view). */
export function reservationsSection(view: SessionView, item: ItemView, viewer: Viewer, lang: Language): CardElement[] {
  return [...generalLine(view, item, lang), ...reservationLines(view, item, viewer, lang), ...excusalLines(item, lang)];
}
