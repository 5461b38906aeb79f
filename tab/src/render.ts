/**
 * The side panel's content, rendered from the session's read model: the header (kept in sight apart from the rest),
 * state, the open vote, the debate of the item under way (render-debate.ts), quorum and attendance, the agenda tree
 * with each item's status (a mark and a word: colour is never the only signal), the current item (aria-current),
 * results (per part, with reservations, excusals and separate opinions: render-votes.ts), the changes proposed to the
 * order of the day, the previous session's minutes, and agreements. Pure: a view (and, for the speaker's countdown, a moment) in, HTML out.
 */
import type { ItemView, MemberView, SessionView } from '../../src/app/session-view';
import { clockTime, sessionDateTime, writtenDate } from '../../src/i18n/dates';
import { CHOICE_NAMES, KIND_NAMES, METHOD_NAMES, PHASE_NAMES, ROLE_NAMES, STATUS_NAMES } from '../../src/i18n/words';
import { escapeHtml } from './escape';
import { type Lang, T } from './i18n';
import { agendaProposalsHtml } from './render-agenda-proposals';
import { debateHtml } from './render-debate';
import { minutesApprovalHtml, minutesDownloadLink, previousMinutesHtml } from './render-previous-minutes';
import { excusedLine, itemVotesHtml, listsItsVotes, opinionsHtml, reservedPartLine } from './render-votes';
import { voteSubject, voteSummary } from './vote-words';

export { escapeHtml, voteSummary };

const MARKS: Record<ItemView['status'], string> = {
  pending: '○', 'in-progress': '▶', voting: '◉', approved: '✔', rejected: '✘', presented: '✔', withdrawn: '⊘', deferred: '⏸',
};

/** " — Responsable: UTCS · Plazo: 15 de julio de 2024" when the agreement says so. */
function agreementDetails(a: { responsible: string | null; dueDate: string | null }, lang: Lang): string {
  const t = T[lang];
  const parts = [a.responsible ? `${t.responsible}: ${a.responsible}` : '', a.dueDate ? `${t.due}: ${writtenDate(a.dueDate, lang)}` : ''].filter(Boolean);
  return parts.length ? ` <span class="details">— ${escapeHtml(parts.join(' · '))}</span>` : '';
}

/** The agreements of earlier sessions taken up on this item: each with its session, and done or open (a word). */
function followUpHtml(view: SessionView, lang: Lang): string {
  const t = T[lang];
  const rows = view.followUps.map((f) => `<li class="${f.doneAt ? 'is-done' : 'is-open'}"><span aria-hidden="true">${f.doneAt ? '✔' : '○'}</span> ${escapeHtml(f.text)}${agreementDetails(f, lang)} <span class="source">(${t.from} ${escapeHtml(f.sourceTitle)})</span> — <span class="follow-up-status">${f.doneAt ? t.done : t.open}</span></li>`);
  return `<div class="follow-up"><h3>${t.followUp}</h3><ol>${rows.join('')}</ol></div>`;
}

function itemHtml(item: ItemView, view: SessionView, lang: Lang): string {
  // voted in general and in particular (or its withdrawal voted), each result is listed under the item instead
  const result = item.vote?.status === 'closed' && !listsItsVotes(item, view) ? `<span class="result">${escapeHtml(voteSummary(item.vote, view, lang))}</span>` : '';
  const agreements = item.agreements.length
    ? `<ul class="agreements">${item.agreements.map((a) => `<li>${escapeHtml(a.text)}${agreementDetails(a, lang)}</li>`).join('')}</ul>`
    : '';
  const followUp = view.followUpItem === item.number && view.followUps.length ? followUpHtml(view, lang) : '';
  const children = item.items.length ? `<ol class="sub-items">${item.items.map((i) => itemHtml(i, view, lang)).join('')}</ol>` : '';
  return `<li class="item status-${item.status}${item.current ? ' current' : ''}" data-number="${escapeHtml(item.number)}"${item.current ? ' aria-current="step"' : ''}>
    <div class="item-line"><span class="mark" aria-hidden="true">${MARKS[item.status]}</span><span class="number">${escapeHtml(item.number)}.</span>
    <span class="title">${escapeHtml(item.title)}</span></div>
    <div class="item-meta"><span class="status">${STATUS_NAMES[item.status][lang]}</span> · <span class="kind">${KIND_NAMES[item.kind][lang]}</span>${result ? ` · ${result}` : ''}</div>
    ${previousMinutesHtml(item, view, lang)}${itemVotesHtml(item, view, lang)}${agreements}${followUp}${children}</li>`;
}

function openVoteHtml(view: SessionView, lang: Lang): string {
  const vote = view.openVote;
  if (!vote) return '';
  const t = T[lang];
  const names = vote.ballots.map((b) => `<li>${escapeHtml(b.name)}${b.choice ? ` — ${CHOICE_NAMES[b.choice][lang]}` : ''}</li>`).join('');
  const tally = vote.tally
    ? `<p class="tally">${CHOICE_NAMES['in-favour'][lang]}: <strong>${vote.tally.inFavour}</strong> · ${CHOICE_NAMES.against[lang]}: <strong>${vote.tally.against}</strong> · ${CHOICE_NAMES.abstain[lang]}: <strong>${vote.tally.abstain}</strong></p>`
    : '';
  return `<section class="open-vote" aria-labelledby="open-vote-title">
    <h2 id="open-vote-title">${t.openVote}: ${METHOD_NAMES[vote.method][lang]} · ${escapeHtml(voteSubject(vote, lang))}</h2>
    ${reservedPartLine(vote, lang)}
    <p class="progress"><strong class="voted-count">${vote.ballots.length}</strong> ${t.of} ${vote.eligible.length} ${t.voted}</p>
    ${excusedLine(vote, lang, 'excused')}
    ${tally}
    ${names ? `<h3>${t.votedList}</h3><ul class="voters">${names}</ul>` : ''}
  </section>`;
}

/** One member of the roster: present, gone since when, or not recorded; whether they count for quorum. */
function memberHtml(m: MemberView, view: SessionView, lang: Lang): string {
  const t = T[lang];
  const gone = !m.present && m.leftAt !== null;
  const state = m.present ? '' : gone ? ` — ${t.leftAt} ${escapeHtml(clockTime(m.leftAt, view.rules.timeZone, lang))}` : ` — ${t.notRecorded}`;
  const quorum = m.countsForQuorum ? '' : ` · ${t.notForQuorum}`;
  return `<li class="${m.present ? 'is-present' : gone ? 'is-gone' : 'is-absent'}"><span aria-hidden="true">${m.present ? '✔' : gone ? '⇠' : '○'}</span> ${escapeHtml(m.name)} <span class="role">(${ROLE_NAMES[m.role][lang]}${quorum})</span><span class="presence">${state}</span></li>`;
}

/** How the order of the day (and the waiver of the reading) was voted. */
function procedureVotesHtml(view: SessionView, lang: Lang): string {
  const t = T[lang];
  const closed = view.procedureVotes.filter((v) => v.status === 'closed' && v.outcome);
  const lines = closed.map((v) => `<li>${escapeHtml(voteSubject(v, lang))}: <span class="result">${escapeHtml(voteSummary(v, view, lang))}</span>${opinionsHtml(v, view, lang)}</li>`);
  const pending = view.phase === 'in-session' && !view.agendaApproved ? `<p class="pending-approval">${t.agendaNotApproved}</p>` : '';
  const proposals = agendaProposalsHtml(view, lang);
  return lines.length || pending || proposals ? `<div class="procedure-votes">${lines.length ? `<ul>${lines.join('')}</ul>` : ''}${proposals}${pending}</div>` : '';
}

/** The header the side panel keeps in sight while its list scrolls: body, session, date and phase. */
export function renderHeader(view: SessionView, lang: Lang): string {
  return `<header class="session-header">
      <p class="body-name">${escapeHtml(view.body)}</p>
      <h1>${escapeHtml(view.title)}</h1>
      <p class="phase phase-${view.phase}"><span class="label">${PHASE_NAMES[view.phase][lang]}</span></p>
      <p class="when">${escapeHtml(sessionDateTime(view.date, view.time, lang))}</p>
      ${minutesApprovalHtml(view, lang)}
    </header>`;
}

/** The header and the body together (the side panel places them apart, so the header stays in sight). */
export function renderSession(view: SessionView, lang: Lang, now: number = Date.now()): string {
  return renderHeader(view, lang) + renderBody(view, lang, now);
}

/** Everything under the header: banners, the open vote, the debate, quorum, the order of the day and agreements. */
export function renderBody(view: SessionView, lang: Lang, now: number): string {
  const t = T[lang];
  const q = view.quorum;
  const members = view.members;
  const withoutQuorum = (view.phase === 'in-session' || view.phase === 'recess') && !q.reached;
  const banner = [
    withoutQuorum ? `<p class="banner no-quorum" role="alert"><strong>⚠ ${t.noQuorum}</strong>: ${q.present} ${t.of} ${q.total} ${t.present} (${t.required} ${q.required}). ${t.noQuorumText}</p>` : '',
    view.quorumCheck ? `<p class="banner quorum-check" role="status"><strong>${t.quorumCheck}</strong> (${view.quorumCheck.confirmed.length} ${t.confirmed}). ${t.quorumCheckText}</p>` : '',
    view.phase === 'recess' ? `<p class="banner recess" role="status">${t.recess}</p>` : '',
    view.phase === 'closed' ? `<p class="banner closed" role="status">${t.closed}</p><p class="minutes-link"><span aria-hidden="true">▤</span> ${minutesDownloadLink(view.id, lang)}</p>` : '',
  ].join('');
  const agreements = view.agreements.length
    ? `<ol class="all-agreements">${view.agreements.map((a) => `<li><span class="number">${escapeHtml(a.item)}</span> ${escapeHtml(a.text)}${agreementDetails(a, lang)}</li>`).join('')}</ol>`
    : `<p class="empty">${t.noAgreements}</p>`;
  return `${banner}
    ${openVoteHtml(view, lang)}
    ${debateHtml(view, now, lang)}
    <section class="quorum" aria-labelledby="quorum-title">
      <h2 id="quorum-title">${t.quorum}</h2>
      <p class="quorum-line ${q.reached ? 'reached' : 'missing'}"><span aria-hidden="true">${q.reached ? '✔' : '✘'}</span> ${q.reached ? t.quorumReached : t.quorumMissing}: <strong>${q.present}</strong> ${t.of} ${q.total} ${t.present} (${t.required} ${q.required})</p>
      <details class="attendance"${withoutQuorum ? ' open' : ''}><summary>${t.attendance}</summary><ul>${members.map((m) => memberHtml(m, view, lang)).join('')}</ul></details>
    </section>
    <section class="agenda" aria-labelledby="agenda-title">
      <h2 id="agenda-title">${t.orderOfDay}</h2>
      ${procedureVotesHtml(view, lang)}
      <ol class="items">${view.agenda.map((i) => itemHtml(i, view, lang)).join('')}</ol>
    </section>
    <section class="agreements-section" aria-labelledby="agreements-title">
      <h2 id="agreements-title">${t.agreements}</h2>
      ${agreements}
    </section>`;
}

export type Screen = 'no-session' | 'not-found' | 'token' | 'forbidden' | 'no-link' | 'error';

export function renderScreen(screen: Screen, lang: Lang): string {
  const t = T[lang];
  const [title, text] = {
    'no-session': [t.noSessionTitle, t.noSessionText],
    'not-found': [t.notFoundTitle, t.notFoundText],
    token: [t.tokenTitle, t.tokenText],
    forbidden: [t.forbiddenTitle, t.forbiddenText],
    'no-link': [t.noLinkTitle, t.noLinkText],
    error: [t.errorTitle, t.errorText],
  }[screen];
  return `<section class="screen screen-${screen}" role="alert"><h1>${title}</h1><p>${text}</p></section>`;
}
