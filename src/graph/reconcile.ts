/**
 * The Teams attendance report beside the roll call: who joined but never answered it, who answered it but the
 * report does not show. Shown to the secretary and listed in the minutes annex; it never changes the recorded
 * attendance.
 */
import type { ReconciliationAnnex } from '../minutes/minutes';
import type { SessionState } from '../domain';
import type { AttendanceRecord } from './graph-gateway';

export function reconcileAttendance(state: SessionState, records: AttendanceRecord[]): ReconciliationAnnex {
  const inReport = new Set(records.map((r) => r.id).filter(Boolean));
  // the technical secretary takes the roll call and does not answer it
  const secretaries = new Set(state.roster.filter((m) => m.role === 'secretary').map((m) => m.id as string));
  const answered = state.roster.filter((m) => state.attendance[m.id]?.arrivedAt);
  const answeredIds = new Set(answered.map((m) => m.id as string));
  const nameOf = (r: AttendanceRecord) => state.roster.find((m) => m.id === r.id)?.name ?? r.name;
  return {
    joinedNotAnswered: [...new Set(records.filter((r) => !r.id || (!answeredIds.has(r.id) && !secretaries.has(r.id))).map(nameOf))],
    answeredNotInReport: answered.filter((m) => !inReport.has(m.id)).map((m) => m.name),
  };
}
