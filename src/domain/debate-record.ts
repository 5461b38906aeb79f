/**
 * How each event of a debate changes the item's debate. Pure: times are the events' own.
 */
import {
  type Debate, type Intervention, type Motion, currentIntervention, emptyDebate, secondsBetween,
} from './debate';
import type { EventOf } from './events';
import type { ItemNumber } from './ids';

export type DebateEvent = EventOf<
  | 'RoundOpened' | 'FloorRequested' | 'FloorRequestWithdrawn' | 'FloorGiven' | 'SpeakingTimeExtended' | 'InterventionEnded' | 'RoundClosed'
  | 'MotionToSpeakerAsked' | 'MotionToSpeakerAnswered' | 'MotionQuestionEnded' | 'MotionAnswerEnded' | 'PointOfOrderRaised' | 'PointOfOrderDecided'
  | 'FloorTimeRanOut'
>;

const DEBATE_EVENTS = new Set<string>([
  'RoundOpened', 'FloorRequested', 'FloorRequestWithdrawn', 'FloorGiven', 'SpeakingTimeExtended', 'InterventionEnded', 'RoundClosed',
  'MotionToSpeakerAsked', 'MotionToSpeakerAnswered', 'MotionQuestionEnded', 'MotionAnswerEnded', 'PointOfOrderRaised', 'PointOfOrderDecided',
  'FloorTimeRanOut',
]);

export const isDebateEvent = (event: { type: string }): event is DebateEvent => DEBATE_EVENTS.has(event.type);

/** The debate of an item (an empty one when nobody has spoken on it yet). */
export const debateOf = (debates: readonly Debate[], item: ItemNumber): Debate => debates.find((d) => d.item === item) ?? emptyDebate(item);

const lastRound = (debate: Debate) => debate.rounds[debate.rounds.length - 1];

function withRound(debate: Debate, round: number, change: (queue: Debate['rounds'][number]) => Debate['rounds'][number]): Debate {
  return { ...debate, rounds: debate.rounds.map((r) => (r.number === round ? change(r) : r)) };
}

function withSpeaker(debate: Debate, change: (speaking: Intervention) => Intervention): Debate {
  const speaking = currentIntervention(debate);
  return speaking ? { ...debate, interventions: debate.interventions.map((i) => (i === speaking ? change(i) : i)) } : debate;
}

function withMotion(debate: Debate, id: string, change: (motion: Motion) => Motion): Debate {
  return { ...debate, motions: debate.motions.map((m) => (m.id === id ? change(m) : m)) };
}

const pause = (at: string) => (i: Intervention): Intervention => (i.pausedSince ? i : { ...i, pausedSince: at });

const resume = (at: string) => (i: Intervention): Intervention =>
  (i.pausedSince ? { ...i, pausedSeconds: i.pausedSeconds + secondsBetween(i.pausedSince, at), pausedSince: null } : i);

function evolveOne(debate: Debate, event: DebateEvent): Debate {
  const at = event.data.at;
  switch (event.type) {
    case 'RoundOpened': {
      const d = event.data;
      return { ...debate, rounds: [...debate.rounds, { number: d.round, limitSeconds: d.limitSeconds, openedAt: at, closedAt: null, queue: [], dropped: [] }] };
    }
    case 'FloorRequested':
      return withRound(debate, event.data.round, (r) => ({ ...r, queue: [...r.queue, event.data.memberId] }));
    case 'FloorRequestWithdrawn':
      return withRound(debate, event.data.round, (r) => ({ ...r, queue: r.queue.filter((id) => id !== event.data.memberId) }));
    case 'FloorGiven': {
      const d = event.data;
      const intervention: Intervention = {
        memberId: d.memberId, round: d.round, startedAt: at, endedAt: null, limitSeconds: d.limitSeconds, extendedSeconds: 0, pausedSeconds: 0,
        pausedSince: null, outOfOrder: d.outOfOrder, timeRanOutAt: null, spokeSeconds: null, givenBy: d.by,
      };
      const taken = withRound(debate, d.round, (r) => ({ ...r, queue: r.queue.filter((id) => id !== d.memberId) }));
      return { ...taken, interventions: [...taken.interventions, intervention] };
    }
    case 'SpeakingTimeExtended':
      return withSpeaker(debate, (i) => ({
        ...i, limitSeconds: i.limitSeconds + event.data.seconds, extendedSeconds: i.extendedSeconds + event.data.seconds, timeRanOutAt: null,
      }));
    case 'InterventionEnded':
      return withSpeaker(debate, (i) => ({ ...resume(at)(i), endedAt: at, spokeSeconds: event.data.spokeSeconds }));
    case 'RoundClosed':
      return withRound(debate, event.data.round, (r) => ({ ...r, closedAt: at, queue: [], dropped: event.data.dropped }));
    case 'MotionToSpeakerAsked':
    case 'PointOfOrderRaised': {
      const d = event.data;
      const motion: Motion = {
        id: d.motionId, kind: event.type === 'PointOfOrderRaised' ? 'order' : 'to-speaker', round: d.round, by: d.by,
        speaker: event.type === 'MotionToSpeakerAsked' ? event.data.speaker : null, text: d.text, askedAt: at,
        accepted: null, decidedAt: null, decidedBy: null, question: null, answer: null,
      };
      return withSpeaker({ ...debate, motions: [...debate.motions, motion] }, pause(at));
    }
    case 'MotionToSpeakerAnswered': {
      const d = event.data;
      const decided = withMotion(debate, d.motionId, (m) => ({
        ...m, accepted: d.accepted, decidedAt: at, decidedBy: d.by,
        question: d.accepted ? { startedAt: at, endedAt: null, limitSeconds: d.limitSeconds, timeRanOutAt: null } : null,
      }));
      return d.accepted ? decided : withSpeaker(decided, resume(at));
    }
    case 'MotionQuestionEnded':
      return withMotion(debate, event.data.motionId, (m) => ({
        ...m,
        question: m.question ? { ...m.question, endedAt: at } : null,
        answer: { startedAt: at, endedAt: null, limitSeconds: event.data.limitSeconds, timeRanOutAt: null },
      }));
    case 'MotionAnswerEnded':
      return withSpeaker(withMotion(debate, event.data.motionId, (m) => ({ ...m, answer: m.answer ? { ...m.answer, endedAt: at } : null })), resume(at));
    case 'PointOfOrderDecided': {
      const d = event.data;
      return withSpeaker(withMotion(debate, d.motionId, (m) => ({ ...m, accepted: d.accepted, decidedAt: at, decidedBy: d.by })), resume(at));
    }
    case 'FloorTimeRanOut': {
      const d = event.data;
      if (d.part === 'intervention') return withSpeaker(debate, (i) => ({ ...i, timeRanOutAt: at }));
      return withMotion(debate, d.motionId ?? '', (m) => {
        const part = d.part === 'question' ? m.question : m.answer;
        return part ? { ...m, [d.part]: { ...part, timeRanOutAt: at } } : m;
      });
    }
  }
}

/** The session's debates after a debate event. */
export function evolveDebates(debates: readonly Debate[], event: DebateEvent): Debate[] {
  const item = event.data.number;
  const next = evolveOne(debateOf(debates, item), event);
  return debates.some((d) => d.item === item) ? debates.map((d) => (d.item === item ? next : d)) : [...debates, next];
}

export { lastRound };
