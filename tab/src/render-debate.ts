/**
 * The debate of the item under way, for the side panel: who has the floor with a large countdown (in words as well as
 * colour), the part (intervention, or the question or answer of a moción al orador), the round and its limit, the
 * numbered list of those waiting, the pending motion, and who has spoken. Pure: a view and a moment in, HTML out.
 */
import type { DebateView, FloorView, MotionView, SessionView } from '../../src/app/session-view';
import { clockOf, durationWords, FLOOR_PART_NAMES, MOTION_KIND_NAMES, motionOutcomeWords, remainingWords, roundWords } from '../../src/i18n/debate-words';
import { floorClock } from './floor-clock';
import { type Lang, T } from './i18n';
import { escapeHtml } from './escape';

const CLOCK_MARKS = { running: '▶', 'last-minute': '◔', up: '⚠', exceeded: '⚠' } as const;

/** The inside of a clock element: the mark, the time in words and, while a motion stops it, that it is paused. */
export function clockInnerHtml(floor: FloorView, now: number, lang: Lang): string {
  const c = floorClock(floor, now, lang);
  const mark = c.paused ? '❚❚' : CLOCK_MARKS[c.state];
  return `<span class="clock-words"><span class="clock-mark" aria-hidden="true">${mark}</span> ${escapeHtml(c.words)}</span>${
    c.pausedWords ? ` <span class="clock-paused">${escapeHtml(c.pausedWords)}</span>` : ''}`;
}

/** The class of a clock element: its state and whether it is paused, for colour (the words say the same). */
export function clockClass(floor: FloorView, now: number): string {
  const c = floorClock(floor, now, 'es');
  return `floor-clock state-${c.state}${c.paused ? ' is-paused' : ''}`;
}

/** A clock the page refreshes every second (`data-clock`); role timer, which screen readers do not read out by itself. */
export function clockHtml(floor: FloorView, now: number, lang: Lang): string {
  return `<p class="${clockClass(floor, now)}" data-clock role="timer">${clockInnerHtml(floor, now, lang)}</p>`;
}

/** "Intervención · Ronda 1 · límite 10:00". */
export function floorPartWords(floor: FloorView, lang: Lang): string {
  return `${FLOOR_PART_NAMES[floor.part][lang]} · ${roundWords(floor.round, lang)} · ${T[lang].limit} ${clockOf(floor.limitSeconds)}`;
}

/** "Moción al orador de Sofía Consejera — pendiente", with what was asked when it was written. */
export function motionWords(motion: MotionView, lang: Lang): { head: string; text: string | null } {
  return { head: `${MOTION_KIND_NAMES[motion.kind][lang]} ${T[lang].by} ${motion.by.name} — ${motionOutcomeWords(motion.accepted, lang)}`, text: motion.text };
}

function motionHtml(motion: MotionView, lang: Lang): string {
  const { head, text } = motionWords(motion, lang);
  return `<p class="pending-motion" role="status"><span aria-hidden="true">⚑</span> ${escapeHtml(head)}${text ? `: «${escapeHtml(text)}»` : ''}</p>`;
}

/** "Ronda 2 · 5 min por intervención · abierta · una ronda más". */
export function roundLine(debate: DebateView, lang: Lang): string {
  const t = T[lang];
  const round = debate.round;
  if (!round) return '';
  const left = debate.roundsLeft === 0 ? t.noRoundsLeft : debate.roundsLeft === 1 ? t.oneRoundLeft : `${debate.roundsLeft} ${t.roundsLeft}`;
  return `${roundWords(round.number, lang)} · ${durationWords(round.limitSeconds, lang)} ${t.perIntervention} · ${debate.roundOpen ? t.roundOpen : t.roundClosed} · ${left}`;
}

function spokenHtml(debate: DebateView, lang: Lang): string {
  const done = debate.interventions.filter((i) => i.spokeSeconds !== null);
  if (!done.length) return '';
  const rows = done.map((i) => {
    const over = remainingWords(i.limitSeconds, i.spokeSeconds!, lang);
    const outOfOrder = i.outOfOrder ? ` · ${T[lang].outOfOrder}: ${i.outOfOrder}` : '';
    return `<li>${escapeHtml(i.member.name)} — ${roundWords(i.round, lang)} · ${durationWords(i.spokeSeconds!, lang)}${
      over.exceeded ? ` · <span class="over"><span aria-hidden="true">⚠</span> ${escapeHtml(over.text)}</span>` : ''}${escapeHtml(outOfOrder)}</li>`;
  });
  return `<details class="spoken"><summary>${T[lang].spoken} (${done.length})</summary><ol>${rows.join('')}</ol></details>`;
}

export function debateHtml(view: SessionView, now: number, lang: Lang): string {
  const debate = view.debate;
  if (!debate) return '';
  const t = T[lang];
  const floor = debate.floor;
  const floorBlock = floor
    ? `<div class="floor part-${floor.part}">
        <p class="floor-label">${t.hasFloor}</p>
        <p class="speaker">${escapeHtml(floor.member.name)}</p>
        <p class="floor-part">${escapeHtml(floorPartWords(floor, lang))}</p>
        ${clockHtml(floor, now, lang)}
      </div>`
    : `<p class="no-floor">${t.nobodyHasFloor}</p>`;
  const queue = debate.queue.length
    ? `<h3>${t.waiting} (${debate.queue.length})</h3><ol class="queue">${debate.queue.map((p) => `<li>${escapeHtml(p.name)}</li>`).join('')}</ol>`
    : `<p class="empty">${t.nobodyWaiting}</p>`;
  return `<section class="debate" aria-labelledby="debate-title">
    <h2 id="debate-title">${t.speakers} · ${t.item} ${escapeHtml(debate.item)}</h2>
    <p class="round-line">${escapeHtml(roundLine(debate, lang))}</p>
    ${floorBlock}
    ${debate.pendingMotion ? motionHtml(debate.pendingMotion, lang) : ''}
    ${queue}
    ${spokenHtml(debate, lang)}
  </section>`;
}
