/**
 * The minutes of an earlier session approved in this one: the item that approves them is linked to that session;
 * corrections (observaciones) are noted as text; once approved, the earlier session records where and when.
 */
import type { ItemNumber, SessionId, VoteId } from './ids';

/** In this session: the item approving the minutes of session `sessionId`, and the corrections noted. */
export interface PreviousMinutes {
  item: ItemNumber;
  sessionId: SessionId;
  title: string;
  date: string | null;
  corrections: string[];
}

/** In the earlier session: the session (and its item and vote) that approved these minutes. */
export interface MinutesApproval {
  bySessionId: SessionId;
  byTitle: string;
  byDate: string | null;
  item: ItemNumber;
  voteId: VoteId;
  corrections: string[];
  at: string;
}

/** Words by which an order of the day names the approval of earlier minutes (acta or minuta of a previous session). */
const APPROVES_MINUTES = /\b(aprobaci[oó]n|aprueba|approval)\b[^.]*\b(acta|actas|minuta|minutas|minutes)\b[^.]*\b(sesi[oó]n|sesiones|session|meeting)\b/i;

export const approvesPreviousMinutes = (title: string): boolean => APPROVES_MINUTES.test(title);
