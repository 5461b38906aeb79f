/**
 * What a person asked the bot, typed or clicked, before it becomes a domain command.
 */
import type { BallotChoice, ItemKind, SessionRole, VoteMethod } from '../../src/domain';

export type BotCommand =
  | { kind: 'help' }
  | { kind: 'status' }
  | { kind: 'agenda'; text: string }
  | { kind: 'roster'; role: SessionRole }
  | { kind: 'roll-call' }
  | { kind: 'present' }
  | { kind: 'start-session' }
  | { kind: 'approve-agenda' }
  | { kind: 'next' }
  | { kind: 'item'; number: string }
  | { kind: 'complete-item' }
  | { kind: 'open-vote'; method: VoteMethod }
  | { kind: 'close-vote' }
  | { kind: 'ballot'; choice: BallotChoice; voteId?: string }
  | { kind: 'agreement'; text: string; responsible?: string; dueDate?: string }
  /** Take up the open agreements of the body's previous session (or show the list when already taken up). */
  | { kind: 'follow-up'; number?: string }
  /** Mark the agreement at this position of the follow-up list as done. */
  | { kind: 'agreement-done'; position: number; note: string }
  | { kind: 'withdraw'; number: string }
  | { kind: 'defer'; number: string }
  | { kind: 'general-matter'; title: string }
  | { kind: 'correct-kind'; number: string; itemKind: ItemKind }
  | { kind: 'recess'; reason: string }
  | { kind: 'resume' }
  | { kind: 'close-session' }
  | { kind: 'minutes' }
  /** Reconcile the roll call with the Teams attendance report (Microsoft Graph). */
  | { kind: 'attendance-report' }
  | { kind: 'unknown'; text: string };
