/**
 * Changes to the order of the day proposed before its approval (by a voting member or whoever conducts) or
 * requested (by a representative): withdraw, defer, add or move an item. They are listed with the vote on the order
 * of the day, and made when it is approved ("se aprueba con las modificaciones").
 */
import type { AadObjectId, ItemNumber } from './ids';

export type AgendaChange =
  | { kind: 'withdraw'; number: ItemNumber }
  | { kind: 'defer'; number: ItemNumber }
  | { kind: 'add'; title: string }
  /** Taken up right after `after` (first when null), among the items of the same level. */
  | { kind: 'move'; number: ItemNumber; after: ItemNumber | null };

export type AgendaChangeKind = AgendaChange['kind'];
export const AGENDA_CHANGE_KINDS: readonly AgendaChangeKind[] = ['withdraw', 'defer', 'add', 'move'];

export interface AgendaChangeProposal {
  id: string;
  change: AgendaChange;
  by: AadObjectId;
  /** A proposal (voting member, whoever conducts) or a request (a representative, with voice and no vote). */
  as: 'proposal' | 'request';
  at: string;
  withdrawnAt: string | null;
}

/**
 * What the rules ask to withdraw an item once the order of the day is approved: a vote of the body (the INE's
 * practice, upheld in SUP-RAP-92/2014), or the word of whoever conducts.
 */
export type WithdrawalAfterApprovalRule = 'vote' | 'conducting';
