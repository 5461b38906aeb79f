/**
 * The debate of an item: rounds of interventions from a list of speakers, each timed against the round's limit, and
 * the motions that interrupt them (moción al orador, moción de orden). The record keeps times as they happened; the
 * queries here say who has the floor and how much of their time is used at a moment given to them (never a clock).
 */
import type { AadObjectId, ItemNumber } from './ids';

/** The part of the floor someone holds: their intervention, or the question and answer of a moción al orador. */
export type FloorPart = 'intervention' | 'question' | 'answer';

/** One person's turn to speak in a round. */
export interface Intervention {
  memberId: AadObjectId;
  round: number;
  startedAt: string;
  endedAt: string | null;
  /** The round's limit plus every extension the chair gave (seconds). */
  limitSeconds: number;
  extendedSeconds: number;
  /** Time stopped while motions were heard (seconds), not counting a pause under way. */
  pausedSeconds: number;
  /** Stopped by a motion since then; null while the clock runs. */
  pausedSince: string | null;
  /** Why the floor was given ahead of those waiting; null when given in order. */
  outOfOrder: string | null;
  /** When Sesiona noticed the time was used up (it is recorded, nobody is cut off); reset by an extension. */
  timeRanOutAt: string | null;
  /** Seconds spoken, once ended. */
  spokeSeconds: number | null;
  givenBy: AadObjectId;
}

export interface Round {
  number: number;
  limitSeconds: number;
  openedAt: string;
  closedAt: string | null;
  /** Who asked for the floor and waits, in order. */
  queue: AadObjectId[];
  /** Who was still waiting when the round closed. */
  dropped: AadObjectId[];
}

/** The question or the answer of an accepted moción al orador. */
export interface TimedPart {
  startedAt: string;
  endedAt: string | null;
  limitSeconds: number;
  timeRanOutAt: string | null;
}

export type MotionKind = 'to-speaker' | 'order';

export interface Motion {
  id: string;
  kind: MotionKind;
  /** The round under way when it was asked (null before any round). */
  round: number | null;
  by: AadObjectId;
  /** The speaker asked (moción al orador); null for a moción de orden. */
  speaker: AadObjectId | null;
  text: string | null;
  askedAt: string;
  /** Accepted or declined: by the speaker (al orador) or by the chair (de orden); null while pending. */
  accepted: boolean | null;
  decidedAt: string | null;
  decidedBy: AadObjectId | null;
  question: TimedPart | null;
  answer: TimedPart | null;
}

export interface Debate {
  item: ItemNumber;
  rounds: Round[];
  interventions: Intervention[];
  motions: Motion[];
}

/** Who holds the floor now and the clock of that part. */
export interface Floor {
  item: ItemNumber;
  memberId: AadObjectId;
  part: FloorPart;
  /** The moción al orador being heard, for a question or an answer. */
  motionId: string | null;
  round: number;
  startedAt: string;
  limitSeconds: number;
  /** Seconds stopped before `pausedSince` (interventions only). */
  pausedSeconds: number;
  pausedSince: string | null;
  timeRanOutAt: string | null;
}

export const emptyDebate = (item: ItemNumber): Debate => ({ item, rounds: [], interventions: [], motions: [] });

export const secondsBetween = (from: string, to: string): number => Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 1000));

/** The last round, while it is open. */
export function openRound(debate: Debate): Round | null {
  const last = debate.rounds[debate.rounds.length - 1];
  return last && last.closedAt === null ? last : null;
}

/** The intervention under way (paused or not). */
export function currentIntervention(debate: Debate): Intervention | null {
  const last = debate.interventions[debate.interventions.length - 1];
  return last && last.endedAt === null ? last : null;
}

/** A motion waiting for the speaker's or the chair's answer, or an accepted moción al orador still being heard. */
export function pendingMotion(debate: Debate): Motion | null {
  return debate.motions.find((m) => m.accepted === null || (m.accepted && m.kind === 'to-speaker' && (m.answer?.endedAt ?? null) === null)) ?? null;
}

/** Who has the floor in this debate: the one asking or answering a moción al orador, else the speaker. */
export function floorOf(debate: Debate): Floor | null {
  const speaking = currentIntervention(debate);
  if (!speaking) return null;
  const motion = pendingMotion(debate);
  const heard = motion?.accepted ? (motion.answer ?? motion.question) : null;
  if (motion && heard) {
    const part: FloorPart = motion.answer ? 'answer' : 'question';
    return {
      item: debate.item, memberId: part === 'question' ? motion.by : speaking.memberId, part, motionId: motion.id, round: speaking.round,
      startedAt: heard.startedAt, limitSeconds: heard.limitSeconds, pausedSeconds: 0, pausedSince: null, timeRanOutAt: heard.timeRanOutAt,
    };
  }
  return {
    item: debate.item, memberId: speaking.memberId, part: 'intervention', motionId: null, round: speaking.round, startedAt: speaking.startedAt,
    limitSeconds: speaking.limitSeconds, pausedSeconds: speaking.pausedSeconds, pausedSince: speaking.pausedSince, timeRanOutAt: speaking.timeRanOutAt,
  };
}

/** Seconds of the floor used at `now`: running time, less the time stopped. */
export function usedSeconds(floor: Pick<Floor, 'startedAt' | 'pausedSeconds' | 'pausedSince'>, now: string): number {
  const stoppedNow = floor.pausedSince ? secondsBetween(floor.pausedSince, now) : 0;
  return Math.max(0, secondsBetween(floor.startedAt, now) - floor.pausedSeconds - stoppedNow);
}

/** When the floor's time runs out if nothing stops it (null while stopped). */
export function runsOutAt(floor: Floor): string | null {
  if (floor.pausedSince) return null;
  return new Date(Date.parse(floor.startedAt) + (floor.pausedSeconds + floor.limitSeconds) * 1000).toISOString();
}

/** How many times this member spoke (or speaks now) in this round. */
export const interventionsInRound = (debate: Debate, memberId: AadObjectId, round: number): number =>
  debate.interventions.filter((i) => i.memberId === memberId && i.round === round).length;

/** How many mociones al orador this member asked on this item (accepted or not). */
export const motionsToSpeakerBy = (debate: Debate, memberId: AadObjectId): number =>
  debate.motions.filter((m) => m.kind === 'to-speaker' && m.by === memberId).length;

/** Seconds spoken in the debate's interventions (motions' questions and answers apart). */
export const spokenSeconds = (debate: Debate): number => debate.interventions.reduce((sum, i) => sum + (i.spokeSeconds ?? 0), 0);

/** Seconds of the motions' questions and answers. */
export const motionSeconds = (debate: Debate): number =>
  debate.motions.reduce((sum, m) => sum + [m.question, m.answer].reduce((s, p) => s + (p?.endedAt ? secondsBetween(p.startedAt, p.endedAt) : 0), 0), 0);
