/**
 * The read model of an item's debate: the list of speakers, who has the floor with the clock of that part, the
 * rounds, what was said and the motions. Part of the session's view (session-view.ts).
 */
import {
  type Debate, type FloorPart, type Motion, type MotionKind, type Round, type SessionState, type TimedPart,
  floorOf, motionSeconds, openRound, pendingMotion, runsOutAt, spokenSeconds,
} from '../domain';

export interface PersonView {
  id: string;
  name: string;
}

/** Who has the floor now and the clock of that part: the countdown is `limitSeconds` less the time used at a moment. */
export interface FloorView {
  member: PersonView;
  part: FloorPart;
  motionId: string | null;
  round: number;
  startedAt: string;
  limitSeconds: number;
  pausedSeconds: number;
  /** Stopped by a motion since then (null while the clock runs). */
  pausedSince: string | null;
  /** When the time runs out if nothing stops it (null while stopped). */
  runsOutAt: string | null;
  timeRanOutAt: string | null;
}

export interface InterventionView {
  member: PersonView;
  round: number;
  startedAt: string;
  endedAt: string | null;
  limitSeconds: number;
  extendedSeconds: number;
  spokeSeconds: number | null;
  /** The reason it was given ahead of those waiting, if it was. */
  outOfOrder: string | null;
  timeRanOutAt: string | null;
}

export interface MotionView {
  id: string;
  kind: MotionKind;
  round: number | null;
  by: PersonView;
  speaker: PersonView | null;
  text: string | null;
  askedAt: string;
  accepted: boolean | null;
  decidedAt: string | null;
  question: TimedPart | null;
  answer: TimedPart | null;
}

export interface RoundView {
  number: number;
  limitSeconds: number;
  openedAt: string;
  closedAt: string | null;
  /** Who was still waiting when it closed. */
  dropped: PersonView[];
}

/** The debate of an item: the list of speakers, who has the floor, the rounds, what was said and the motions. */
export interface DebateView {
  item: string;
  /** The last round (open or closed); null before anyone asked for the floor. */
  round: RoundView | null;
  roundOpen: boolean;
  /** Rounds the rules still allow after the last one. */
  roundsLeft: number;
  rounds: RoundView[];
  /** Who waits for the floor in the open round, in order. */
  queue: PersonView[];
  floor: FloorView | null;
  /** A motion waiting for an answer, or a moción al orador being heard. */
  pendingMotion: MotionView | null;
  interventions: InterventionView[];
  motions: MotionView[];
  /** Seconds spoken in the interventions, and in the motions' questions and answers. */
  spokenSeconds: number;
  motionSeconds: number;
}

export function debateView(debate: Debate, state: SessionState, name: (id: string) => string): DebateView {
  const person = (id: string): PersonView => ({ id, name: name(id) });
  const roundView = (r: Round): RoundView => ({ number: r.number, limitSeconds: r.limitSeconds, openedAt: r.openedAt, closedAt: r.closedAt, dropped: r.dropped.map(person) });
  const motionView = (m: Motion): MotionView => ({
    id: m.id, kind: m.kind, round: m.round, by: person(m.by), speaker: m.speaker ? person(m.speaker) : null, text: m.text, askedAt: m.askedAt,
    accepted: m.accepted, decidedAt: m.decidedAt, question: m.question, answer: m.answer,
  });
  const floor = floorOf(debate);
  const open = openRound(debate);
  const last = debate.rounds[debate.rounds.length - 1];
  const pending = pendingMotion(debate);
  return {
    item: debate.item,
    round: last ? roundView(last) : null,
    roundOpen: open !== null,
    roundsLeft: Math.max(0, state.rules.debate.roundMinutes.length - debate.rounds.length),
    rounds: debate.rounds.map(roundView),
    queue: (open?.queue ?? []).map(person),
    floor: floor && {
      member: person(floor.memberId), part: floor.part, motionId: floor.motionId, round: floor.round, startedAt: floor.startedAt,
      limitSeconds: floor.limitSeconds, pausedSeconds: floor.pausedSeconds, pausedSince: floor.pausedSince, runsOutAt: runsOutAt(floor), timeRanOutAt: floor.timeRanOutAt,
    },
    pendingMotion: pending ? motionView(pending) : null,
    interventions: debate.interventions.map((i) => ({
      member: person(i.memberId), round: i.round, startedAt: i.startedAt, endedAt: i.endedAt, limitSeconds: i.limitSeconds, extendedSeconds: i.extendedSeconds,
      spokeSeconds: i.spokeSeconds, outOfOrder: i.outOfOrder, timeRanOutAt: i.timeRanOutAt,
    })),
    motions: debate.motions.map(motionView),
    spokenSeconds: spokenSeconds(debate),
    motionSeconds: motionSeconds(debate),
  };
}

