/**
 * An item's votes as electoral bodies take them, for the side panel: the parts reserved (who reserved which part,
 * the wording proposed and, once voted, what was decided), the result of each vote (en lo general, and en lo
 * particular per reserved part), the members excused, and the votos particulares, concurrentes and razonados
 * announced on each vote (due by when, or the filed document). Marks and words, never colour alone. Pure.
 */
import type { ItemView, ReservationView, SessionView, VoteView } from '../../src/app/session-view';
import { writtenDateTime } from '../../src/i18n/dates';
import { STATUS_NAMES } from '../../src/i18n/words';
import { escapeHtml } from './escape';
import { type Lang, OPINION_KINDS, RESERVATION_OUTCOMES, T } from './i18n';
import { voteSubject, voteSummary } from './vote-words';

const RESERVATION_MARKS = { 'proposal-adopted': '✔', 'part-approved': '✔', 'draft-kept': '=', 'part-rejected': '✘' } as const;

/** «text» in Spanish, “text” in English. */
export const quoted = (text: string, lang: Lang): string => `${T[lang].openQuote}${text}${T[lang].closeQuote}`;

const approved = (vote: VoteView): boolean => vote.outcome !== null && vote.outcome !== 'not-approved';

/** A filed document is linked only when it is a web address (https), never a script. */
const safeUrl = (url: string | null): url is string => url !== null && /^https:\/\/[^\s"'<>]+$/i.test(url);

/** The votos particulares, concurrentes and razonados announced on a vote: who, which, due by when or the document. */
export function opinionsHtml(vote: VoteView, view: SessionView, lang: Lang): string {
  if (!vote.opinions.length) return '';
  const t = T[lang];
  const rows = vote.opinions.map((o) => {
    const detail = safeUrl(o.url)
      ? ` — <a class="opinion-document" href="${escapeHtml(o.url)}" target="_blank" rel="noopener noreferrer">${t.opinionFiled}</a>`
      : o.dueBy ? ` — <span class="opinion-due">${t.opinionDue} ${escapeHtml(writtenDateTime(o.dueBy, view.rules.timeZone, lang))}</span>` : '';
    return `<li class="opinion kind-${o.kind}"><span aria-hidden="true">✎</span> ${OPINION_KINDS[o.kind][lang]} ${t.opinionBy} ${escapeHtml(o.member.name)}${detail}</li>`;
  });
  return `<ul class="opinions">${rows.join('')}</ul>`;
}

/** One vote of the item: which vote it is and its result (or that it is under way), with the opinions on it. */
function voteLineHtml(vote: VoteView, view: SessionView, lang: Lang): string {
  const open = vote.status === 'open';
  const mark = open ? '◉' : approved(vote) ? '✔' : '✘';
  const result = open ? STATUS_NAMES.voting[lang] : voteSummary(vote, view, lang);
  return `<li class="part-vote stage-${vote.stage} ${open ? 'is-open' : `outcome-${vote.outcome}`}"><span class="mark" aria-hidden="true">${mark}</span> <span class="vote-subject">${escapeHtml(voteSubject(vote, lang))}</span>: <span class="result">${escapeHtml(result)}</span>${opinionsHtml(vote, view, lang)}</li>`;
}

/** What became of a reserved part: decided, being voted, to be voted, or not voted (the item fell en lo general). */
function reservationStateHtml(r: ReservationView, item: ItemView, lang: Lang): string {
  const t = T[lang];
  if (r.outcome) return `<span class="reservation-outcome outcome-${r.outcome}"><span aria-hidden="true">${RESERVATION_MARKS[r.outcome]}</span> ${RESERVATION_OUTCOMES[r.outcome][lang]}</span>`;
  if (r.voteId) return `<span class="reservation-outcome is-open"><span aria-hidden="true">◉</span> ${STATUS_NAMES.voting[lang]}</span>`;
  const general = item.votes.find((v) => v.stage === 'general' && v.status === 'closed');
  if (general && !approved(general)) return `<span class="reservation-outcome not-voted"><span aria-hidden="true">⊘</span> ${t.notVotedParticular}</span>`;
  return `<span class="reservation-outcome is-pending"><span aria-hidden="true">○</span> ${t.toBeVoted}</span>`;
}

function reservationHtml(r: ReservationView, item: ItemView, lang: Lang): string {
  const t = T[lang];
  const proposal = r.proposal ? ` — <span class="proposal">${t.proposal}: ${escapeHtml(quoted(r.proposal, lang))}</span>` : '';
  return `<li class="reservation"><span class="reserved-part">${escapeHtml(r.by.name)} ${t.reservedBy} ${escapeHtml(quoted(r.part, lang))}</span>${proposal} — ${reservationStateHtml(r, item, lang)}</li>`;
}

/** The votes to withdraw this item from the approved order of the day (they are the session's, not the item's). */
const withdrawalVotesOf = (item: ItemView, view: SessionView): VoteView[] =>
  view.procedureVotes.filter((v) => v.subject === 'item-withdrawal' && v.target === item.number);

/** Whether the item's votes are listed one by one (in general and in particular, or a withdrawal voted). */
export function listsItsVotes(item: ItemView, view: SessionView): boolean {
  return item.votes.some((v) => v.stage !== 'single') || withdrawalVotesOf(item, view).length > 0;
}

/** Under an item: its votes per part (or the opinions on its single vote), the reserved parts and the excusals. */
export function itemVotesHtml(item: ItemView, view: SessionView, lang: Lang): string {
  const t = T[lang];
  const votes = [...item.votes, ...withdrawalVotesOf(item, view)];
  const voteList = listsItsVotes(item, view)
    ? `<div class="item-votes"><h3>${t.votes}</h3><ul>${votes.map((v) => voteLineHtml(v, view, lang)).join('')}</ul></div>`
    : item.vote ? opinionsHtml(item.vote, view, lang) : '';
  const reservations = item.reservations.length
    ? `<div class="reservations"><h3>${t.reservations}</h3><ol>${item.reservations.map((r) => reservationHtml(r, item, lang)).join('')}</ol></div>`
    : '';
  const excusals = item.excusals.length
    ? `<div class="excusals"><h3>${t.excusals}</h3><ul>${item.excusals.map((e) =>
      `<li><span aria-hidden="true">⊘</span> ${escapeHtml(e.member.name)} ${t.excusedHimself}${e.reason ? ` — ${t.reason}: ${escapeHtml(e.reason)}` : ''}</li>`).join('')}</ul></div>`
    : '';
  return voteList || reservations || excusals ? `<div class="item-record">${voteList}${reservations}${excusals}</div>` : '';
}

/** "Se excusa: Sofía Consejera" under an open vote: excused, not among those who have not voted. */
export function excusedLine(vote: VoteView, lang: Lang, className: string): string {
  if (!vote.excused.length) return '';
  const t = T[lang];
  return `<p class="${className}"><span aria-hidden="true">⊘</span> ${vote.excused.length > 1 ? t.excusedMany : t.excused}: ${escapeHtml(vote.excused.map((p) => p.name).join(', '))}</p>`;
}

/** Under an open vote en lo particular: who reserved the part and the wording proposed. */
export function reservedPartLine(vote: VoteView, lang: Lang): string {
  const r = vote.reservation;
  if (!r) return '';
  const t = T[lang];
  const proposal = r.proposal ? ` — ${t.proposal}: ${escapeHtml(quoted(r.proposal, lang))}` : '';
  return `<p class="vote-reservation">${escapeHtml(r.by.name)} ${t.reservedBy} ${escapeHtml(quoted(r.part, lang))}${proposal}</p>`;
}
