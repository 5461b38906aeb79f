/**
 * The speaker's countdown as the side panel and the stage show it, computed in the browser from the floor in the
 * read model (when it started, the time stopped by motions, the limit) and the browser's clock, so it can tick every
 * second without asking the server. Said in words ("quedan 0:45", "excedido 0:20", "en pausa (moción)"): colour is
 * never the only signal. `milestone` names the moments a screen reader is told about (not every second).
 */
import type { FloorView } from '../../src/app/session-view';
import { usedSeconds } from '../../src/domain/debate';
import { clockOf, remainingWords } from '../../src/i18n/debate-words';
import { type Lang, T } from './i18n';

/** running: more than a minute left; last-minute: a minute or less; up: exactly at the limit; exceeded: beyond it. */
export type ClockState = 'running' | 'last-minute' | 'up' | 'exceeded';

export interface FloorClock {
  /** Seconds left (negative beyond the limit). */
  leftSeconds: number;
  state: ClockState;
  paused: boolean;
  /** "quedan 0:45" / "0:45 left", "excedido 0:20" / "over by 0:20". */
  words: string;
  /** "en pausa (moción)" / "paused (motion)" while a motion stops the clock; null while it runs. */
  pausedWords: string | null;
  /** The limit as a clock: "10:00". */
  limit: string;
}

export function floorClock(floor: FloorView, nowMs: number, lang: Lang): FloorClock {
  const used = usedSeconds(floor, new Date(nowMs).toISOString());
  const leftSeconds = floor.limitSeconds - used;
  const state: ClockState = leftSeconds > 60 ? 'running' : leftSeconds > 0 ? 'last-minute' : leftSeconds === 0 ? 'up' : 'exceeded';
  return {
    leftSeconds,
    state,
    paused: floor.pausedSince !== null,
    words: remainingWords(floor.limitSeconds, used, lang).text,
    pausedWords: floor.pausedSince !== null ? T[lang].pausedByMotion : null,
    limit: clockOf(floor.limitSeconds),
  };
}

/**
 * The moment of the clock worth telling a screen reader: the floor changing hands or part, a pause, the last
 * minute, the time up, and each whole minute beyond the limit. Equal milestones are said once.
 */
export function milestoneOf(floor: FloorView, clock: FloorClock): string {
  const who = `${floor.member.id}|${floor.part}|${floor.motionId ?? ''}|${floor.startedAt}`;
  if (clock.paused) return `${who}|paused`;
  const minutesOver = Math.floor(-clock.leftSeconds / 60);
  if (clock.state === 'exceeded' && minutesOver >= 1) return `${who}|over-${minutesOver}`;
  return `${who}|${clock.state === 'exceeded' ? 'up' : clock.state}`;
}

const capitalized = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** What is said when the milestone changes: who has the floor and how their time stands. */
export function announcementOf(floor: FloorView, clock: FloorClock, previous: string | null, lang: Lang): string | null {
  const now = milestoneOf(floor, clock);
  if (now === previous) return null;
  const t = T[lang];
  const name = floor.member.name;
  const sameFloor = previous !== null && previous.slice(0, previous.lastIndexOf('|')) === now.slice(0, now.lastIndexOf('|'));
  if (!sameFloor) return `${t.hasFloor}: ${name}. ${capitalized(clock.pausedWords ?? clock.words)}.`;
  if (clock.paused) return `${name}: ${clock.pausedWords}.`;
  if (clock.state === 'up' || (clock.state === 'exceeded' && clock.leftSeconds > -60)) return `${name}: ${t.timeUp}.`;
  return `${name}: ${clock.words}.`;
}
