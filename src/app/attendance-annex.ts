/**
 * The attendance reconciliation of a session (Teams report beside the roll call), kept beside the session in its
 * own stream: it annotates the record, it never changes the recorded attendance.
 */
import type { ReconciliationAnnex } from '../minutes/minutes';
import type { EventStore } from '../store/event-store';
import { appendAtEnd, streams } from '../store/streams';

export const attendanceReportStream = streams.attendanceReport;

export interface AttendanceReconciled {
  annex: ReconciliationAnnex;
  /** How many attendance records the Teams report had. */
  records: number;
  at: string;
}

export async function recordReconciliation(store: EventStore, sessionId: string, reconciled: AttendanceReconciled): Promise<void> {
  await appendAtEnd(store, attendanceReportStream(sessionId), [{ type: 'AttendanceReconciled', data: reconciled }]);
}

/** The latest reconciliation, or null when Teams' report was never read for this session. */
export async function reconciliationOf(store: EventStore, sessionId: string): Promise<AttendanceReconciled | null> {
  const events = await store.read(attendanceReportStream(sessionId));
  const last = events.filter((e) => e.type === 'AttendanceReconciled').pop();
  return last ? (last.data as AttendanceReconciled) : null;
}

/** The annex for the minutes: the latest reconciliation's, or null. */
export async function annexOf(store: EventStore, sessionId: string): Promise<ReconciliationAnnex | null> {
  return (await reconciliationOf(store, sessionId))?.annex ?? null;
}
