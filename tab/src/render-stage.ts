/**
 * The meeting stage as a projector: a few things in large type, readable at 1280×720 from the back of a room — the
 * item under way (number and title) and one focus: the session closed, a recess, the open vote's tally (how many
 * have voted of how many; the choices only when the method shows them), the speaker and their countdown, the round
 * between two speakers, or the last result. "Sin quórum" is a band above it. Not the side panel's scrolled list. Pure: a view and a moment in, HTML out.
 */
import type { ItemView, SessionView, VoteView } from '../../src/app/session-view';
import { CHOICE_NAMES, METHOD_NAMES, PHASE_NAMES } from '../../src/i18n/words';
import { escapeHtml } from './escape';
import { type Lang, T } from './i18n';
import { clockHtml, floorPartWords, motionWords, roundLine } from './render-debate';
import { excusedLine } from './render-votes';
import { voteSubject, voteSummary } from './vote-words';

function findItem(items: ItemView[], number: string): ItemView | null {
  for (const item of items) {
    if (item.number === number) return item;
    const child = findItem(item.items, number);
    if (child) return child;
  }
  return null;
}

/** Every vote of the session with its view: the order of the day's, the waiver's, withdrawals, and each item's (in general and in particular). */
function allVotes(view: SessionView): VoteView[] {
  const ofItems = (items: ItemView[]): VoteView[] => items.flatMap((i) => [...i.votes, ...ofItems(i.items)]);
  return [...view.procedureVotes, ...ofItems(view.agenda)];
}

/** The vote closed last, if any. */
export function lastResult(view: SessionView): VoteView | null {
  const closed = allVotes(view).filter((v) => v.status === 'closed' && v.outcome && v.closedAt);
  return closed.sort((a, b) => Date.parse(a.closedAt!) - Date.parse(b.closedAt!)).pop() ?? null;
}

function tallyHtml(vote: VoteView, lang: Lang): string {
  if (!vote.tally) return '';
  const row = (choice: 'in-favour' | 'against' | 'abstain', n: number) =>
    `<li class="choice-${choice}"><span class="choice">${CHOICE_NAMES[choice][lang]}</span> <strong>${n}</strong></li>`;
  return `<ul class="stage-tally" aria-label="${T[lang].voteTally}">${row('in-favour', vote.tally.inFavour)}${row('against', vote.tally.against)}${row('abstain', vote.tally.abstain)}</ul>`;
}

function voteFocus(vote: VoteView, lang: Lang): string {
  const t = T[lang];
  return `<section class="stage-focus focus-vote">
    <p class="focus-label">${t.openVote} · ${METHOD_NAMES[vote.method][lang]} · ${escapeHtml(voteSubject(vote, lang))}</p>
    <p class="stage-progress"><strong class="voted-count">${vote.ballots.length}</strong> ${t.of} <strong>${vote.eligible.length}</strong> ${t.voted}</p>
    ${excusedLine(vote, lang, 'stage-excused')}
    ${tallyHtml(vote, lang)}
  </section>`;
}

function resultFocus(vote: VoteView, view: SessionView, lang: Lang): string {
  return `<section class="stage-focus focus-result">
    <p class="focus-label">${T[lang].lastResult} · ${escapeHtml(voteSubject(vote, lang))}</p>
    <p class="stage-result outcome-${vote.outcome}">${escapeHtml(voteSummary(vote, view, lang))}</p>
    ${tallyHtml(vote, lang)}
  </section>`;
}

function floorFocus(view: SessionView, now: number, lang: Lang): string {
  const t = T[lang];
  const debate = view.debate!;
  const floor = debate.floor!;
  const motion = debate.pendingMotion ? motionWords(debate.pendingMotion, lang) : null;
  return `<section class="stage-focus focus-floor part-${floor.part}">
    <p class="focus-label">${t.hasFloor} · ${escapeHtml(floorPartWords(floor, lang))}</p>
    <p class="stage-speaker">${escapeHtml(floor.member.name)}</p>
    ${clockHtml(floor, now, lang)}
    ${motion ? `<p class="stage-motion"><span aria-hidden="true">⚑</span> ${escapeHtml(motion.head)}</p>` : ''}
  </section>`;
}

/** A debate under way between speakers: the round and that nobody has the floor (those waiting are listed below). */
function betweenSpeakersFocus(view: SessionView, lang: Lang): string {
  return `<section class="stage-focus focus-speakers">
    <p class="focus-label">${T[lang].speakers} · ${escapeHtml(roundLine(view.debate!, lang))}</p>
    <p class="stage-result">${T[lang].nobodyHasFloor}</p>
  </section>`;
}

function bigWordsFocus(kind: string, title: string, text: string): string {
  return `<section class="stage-focus focus-${kind}"><p class="stage-big">${escapeHtml(title)}</p><p class="stage-text">${escapeHtml(text)}</p></section>`;
}

function quorumFocus(view: SessionView, lang: Lang): string {
  const t = T[lang];
  const q = view.quorum;
  return `<section class="stage-focus focus-quorum"><p class="focus-label">${t.quorum}</p>
    <p class="stage-result"><span aria-hidden="true">${q.reached ? '✔' : '✘'}</span> ${q.reached ? t.quorumReached : t.quorumMissing}: ${q.present} ${t.of} ${q.total} ${t.present}</p></section>`;
}

function focusHtml(view: SessionView, now: number, lang: Lang): string {
  const t = T[lang];
  if (view.phase === 'closed') return bigWordsFocus('closed', t.closedTitle, t.closed);
  if (view.phase === 'recess') return bigWordsFocus('recess', t.recessTitle, t.recess);
  if (view.openVote) return voteFocus(view.openVote, lang);
  if (view.debate?.floor) return floorFocus(view, now, lang);
  if (view.debate?.roundOpen) return betweenSpeakersFocus(view, lang);
  const result = lastResult(view);
  if (result) return resultFocus(result, view, lang);
  return quorumFocus(view, lang);
}

/** Who waits for the floor, numbered, when a debate is open and the vote does not hold the stage. */
function queueHtml(view: SessionView, lang: Lang): string {
  const queue = view.debate?.queue ?? [];
  if (!queue.length || view.openVote || view.phase !== 'in-session') return '';
  return `<section class="stage-queue"><h2>${T[lang].next}</h2><ol>${queue.map((p) => `<li>${escapeHtml(p.name)}</li>`).join('')}</ol></section>`;
}

export function renderStage(view: SessionView, lang: Lang, now: number): string {
  const t = T[lang];
  const q = view.quorum;
  const item = view.currentItem ? findItem(view.agenda, view.currentItem) : null;
  const withoutQuorum = (view.phase === 'in-session' || view.phase === 'recess') && !q.reached;
  const heading = item
    ? `<p class="stage-item-number">${t.item} ${escapeHtml(item.number)}</p><h1 class="stage-item-title">${escapeHtml(item.title)}</h1>`
    : `<p class="stage-item-number">${escapeHtml(view.body)}</p><h1 class="stage-item-title">${escapeHtml(view.title)}</h1>`;
  return `<div class="projector">
    <header class="stage-top">${item ? `<span class="stage-session">${escapeHtml(view.title)}</span> ` : ''}<span class="phase phase-${view.phase}"><span class="label">${PHASE_NAMES[view.phase][lang]}</span></span></header>
    ${withoutQuorum ? `<p class="stage-band no-quorum" role="alert"><strong>⚠ ${t.noQuorum}</strong>: ${q.present} ${t.of} ${q.total} ${t.present} (${t.required} ${q.required})</p>` : ''}
    <section class="stage-item">${heading}</section>
    ${focusHtml(view, now, lang)}
    ${queueHtml(view, lang)}
  </div>`;
}
