/**
 * The roster: who takes part in the session and in which role (DESIGN §1). Teams meeting roles are not these roles.
 */
import type { AadObjectId } from './ids';

export type SessionRole = 'chair' | 'voting-member' | 'secretary' | 'representative' | 'guest';
export const SESSION_ROLES: readonly SessionRole[] = ['chair', 'voting-member', 'secretary', 'representative', 'guest'];

export interface Member {
  id: AadObjectId;
  name: string;
  role: SessionRole;
}

/** One change of a member's attendance: arrived (or came back) or left, when, and who recorded it. */
export interface AttendanceChange {
  present: boolean;
  at: string;
  by: AadObjectId;
}

export interface Attendance {
  present: boolean;
  /** When the member was first marked present (ISO 8601). */
  arrivedAt: string | null;
  /** When the member was last marked absent after having been present (ISO 8601). */
  leftAt: string | null;
  /** Every arrival, departure and return, in order. */
  changes: AttendanceChange[];
}
