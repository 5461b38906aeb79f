import { fold } from '../domain';
import { cast, rollCallWith } from '../domain/testing/session-spec';
import type { AttendanceRecord } from './graph-gateway';
import { reconcileAttendance } from './reconcile';

const record = (id: string | null, name: string): AttendanceRecord => ({ id, name, email: null, role: 'Attendee', seconds: 600 });

describe('the Teams attendance report beside the roll call', () => {
  it('given who answered the roll call and who Teams saw, then both differences are listed by the roster names', () => {
    const state = fold(rollCallWith([cast.chair, cast.luis, cast.sofia]));
    const annex = reconcileAttendance(state, [
      record(cast.chair.id, 'Ana P. (Teams)'), record(cast.luis.id, 'Luis'), record(cast.guest.id, 'Gina'), record(null, 'Teléfono 55 1234'),
      record(cast.secretary.id, 'Marta'), record(cast.guest.id, 'Gina'),
    ]);
    expect(annex).toEqual({ joinedNotAnswered: ['Gina Invitada', 'Teléfono 55 1234'], answeredNotInReport: ['Sofía Consejera'] });
  });

  it('given the report matches the roll call, then there is nothing to note', () => {
    const state = fold(rollCallWith([cast.chair]));
    expect(reconcileAttendance(state, [record(cast.chair.id, 'Ana'), record(cast.secretary.id, 'Marta')])).toEqual({ joinedNotAnswered: [], answeredNotInReport: [] });
  });

  it('given an empty report, then everyone who answered is listed as not in the report', () => {
    const state = fold(rollCallWith([cast.chair, cast.luis]));
    // the secretary who opened the roll call was there too
    expect(reconcileAttendance(state, []).answeredNotInReport).toEqual(['Marta Secretaria', 'Ana Presidenta', 'Luis Consejero']);
  });
});
