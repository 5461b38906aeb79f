import { DEFAULT_RULES } from './rules';
import { AGENDA, at, cast, command, createSession, given, item, run, SESSION_ID, sessionWithRoster } from './testing/session-spec';

describe('creating a session', () => {
  it('given nothing, when the secretary creates a session, then it exists with its header, agenda and the default rules, and the creator is its secretary', () => {
    const then = given([]).when(createSession(cast.secretary));
    const state = then.thenState();
    expect(state.exists).toBe(true);
    expect(state.id).toBe(SESSION_ID);
    expect(state.header).toMatchObject({ title: 'Sexta Sesión Ordinaria', kind: 'ordinaria', date: '2024-06-24', time: '12:30', modality: 'virtual' });
    expect(state.header.meeting).toEqual({ meetingId: 'meeting-1', conversationId: '19:meeting_1@thread.v2' });
    expect(state.rules).toEqual(DEFAULT_RULES);
    expect(state.phase).toBe('not-started');
    expect(state.roster).toEqual([{ id: cast.secretary.id, name: cast.secretary.name, role: 'secretary' }]);
    expect(state.agenda.map((i) => [i.number, i.kind, i.status])).toEqual([
      ['1', 'vote', 'pending'], ['2', 'report', 'pending'], ['3', 'report', 'pending'], ['4', 'general', 'pending'],
    ]);
    expect(state.agenda[2]!.items.map((i) => i.number)).toEqual(['3.a', '3.b']);
  });

  it('given nothing, when the rules are given in part, then the rest are the defaults', () => {
    const state = given([]).when(createSession(cast.secretary, { majority: 'two-thirds', tie: 'not-approved' })).thenState();
    expect(state.rules).toEqual({ ...DEFAULT_RULES, majority: 'two-thirds', tie: 'not-approved' });
  });

  it('given an agenda with an item published as withdrawn, then that item starts withdrawn', () => {
    const agenda = [...AGENDA, { number: '5', title: 'Punto retirado', kind: 'vote' as const, status: 'withdrawn' as const }];
    const state = given([]).when(createSession(cast.secretary, undefined, agenda)).thenState();
    expect(state.agenda[4]).toMatchObject({ number: '5', status: 'withdrawn' });
  });

  it('given a session, when it is created again, then it is rejected as already existing', () => {
    given(run([createSession()])).when(createSession()).thenRejected('SessionAlreadyExists');
  });

  it('given nothing, when any other command arrives, then the session is not found', () => {
    given([]).when(command('StartRollCall', cast.secretary, {})).thenRejected('SessionNotFound');
  });

  describe('bad input names the field and the problem', () => {
    const base = createSession();
    const withData = (data: object) => ({ ...base, data: { ...base.data, ...data } }) as typeof base;
    it.each([
      [{ title: '  ' }, 'title', 'empty'],
      [{ kind: 'secreta' }, 'kind', 'invalid-kind'],
      [{ modality: 'por correo' }, 'modality', 'invalid-modality'],
      [{ date: '24/06/2024' }, 'date', 'invalid-date'],
      [{ time: '25:00' }, 'time', 'invalid-time'],
      [{ agenda: [] }, 'agenda', 'empty'],
      [{ agenda: [{ number: 'uno', title: 'x', kind: 'vote' }] }, 'agenda[0].number', 'invalid-number'],
      [{ agenda: [{ number: '1', title: '', kind: 'vote' }] }, 'agenda[0].title', 'empty'],
      [{ agenda: [{ number: '1', title: 'x', kind: 'decree' }] }, 'agenda[0].kind', 'invalid-kind'],
      [{ agenda: [{ number: '1', title: 'x', kind: 'vote' }, { number: '1', title: 'y', kind: 'vote' }] }, 'agenda[1].number', 'duplicate-number'],
      [{ agenda: [{ number: '5', title: 'x', kind: 'report', items: [{ number: '5.a', title: '', kind: 'report' }] }] }, 'agenda[0].items[0].title', 'empty'],
    ])('given nothing, when a session is created with %j, then %s is rejected as %s and nothing happens', (data, field, problem) => {
      given([]).when(withData(data)).thenRejected('InvalidInput', { field, problem });
    });
  });
});

describe('the roster', () => {
  const created = () => run([createSession()]);

  it('given a session, when the secretary assigns roles, then each member is in the roster with that role', () => {
    given(created()).when(command('AssignRoles', cast.secretary, { members: [{ id: cast.luis.id, name: ' Luis Consejero ', role: 'voting-member' }] }, 1))
      .thenEvents([{ type: 'MemberAssigned', data: { member: { id: cast.luis.id, name: 'Luis Consejero', role: 'voting-member' }, by: cast.secretary.id, at: at(1) } }]);
  });

  it('given a session, when the meeting organizer assigns roles, then it is accepted', () => {
    const state = given(created()).when(command('AssignRoles', cast.organizer, { members: [{ id: cast.chair.id, name: cast.chair.name, role: 'chair' }] })).thenState();
    expect(state.roster.find((m) => m.id === cast.chair.id)?.role).toBe('chair');
  });

  it('given a roster, when a member is assigned again with the same role and name, then nothing happens', () => {
    given(sessionWithRoster()).when(command('AssignRoles', cast.secretary, { members: [{ id: cast.luis.id, name: cast.luis.name, role: 'voting-member' }] }))
      .thenEvents([]);
  });

  it('given a roster, when a member gets another role, then the role changes and nobody is duplicated', () => {
    const state = given(sessionWithRoster()).when(command('AssignRoles', cast.secretary, { members: [{ id: cast.guest.id, name: cast.guest.name, role: 'voting-member' }] })).thenState();
    expect(state.roster.filter((m) => m.id === cast.guest.id)).toEqual([{ id: cast.guest.id, name: cast.guest.name, role: 'voting-member' }]);
  });

  it.each([['the chair', cast.chair], ['a voting member', cast.luis], ['someone outside the roster', cast.stranger]])('given a roster, when %s (not secretary nor organizer) assigns roles, then it is not authorized and names the secretary', (_who, actor) => {
    given(sessionWithRoster()).when(command('AssignRoles', actor, { members: [{ id: actor.id, name: actor.name, role: 'chair' }] }))
      .thenRejected('NotAuthorized', { allowedRoles: ['secretary'] });
  });

  it('given a session, when a role that does not exist is assigned, then the field is named', () => {
    given(created()).when(command('AssignRoles', cast.secretary, { members: [{ id: cast.luis.id, name: 'Luis', role: 'king' as never }] }))
      .thenRejected('InvalidInput', { field: 'members[0].role', problem: 'invalid-role' });
  });

  it('given a session, when a member without a name is assigned, then the field is named', () => {
    given(created()).when(command('AssignRoles', cast.secretary, { members: [{ id: cast.luis.id, name: ' ', role: 'guest' }] }))
      .thenRejected('InvalidInput', { field: 'members[0].name', problem: 'empty' });
  });

  it('given a roster, when the secretary removes a member, then the member and their attendance are gone', () => {
    const state = given(sessionWithRoster()).when(command('RemoveMember', cast.secretary, { id: cast.guest.id })).thenState();
    expect(state.roster.some((m) => m.id === cast.guest.id)).toBe(false);
  });

  it('given a roster, when someone not in it is removed, then it is rejected', () => {
    given(sessionWithRoster()).when(command('RemoveMember', cast.secretary, { id: cast.stranger.id })).thenRejected('NotInRoster');
  });

  it('given a roster, when a voting member tries to remove someone, then it is not authorized', () => {
    given(sessionWithRoster()).when(command('RemoveMember', cast.luis, { id: cast.sofia.id })).thenRejected('NotAuthorized');
  });
});

describe('correcting the kind of an item before the session starts', () => {
  it('given a session not started, when the secretary corrects an item kind, then the item has the new kind', () => {
    given(sessionWithRoster()).when(command('CorrectItemKind', cast.secretary, { number: item('2'), kind: 'vote' }, 1))
      .thenEvents([{ type: 'ItemKindCorrected', data: { number: item('2'), kind: 'vote', at: at(1) } }]);
  });

  it('given the same kind, then nothing happens', () => {
    given(sessionWithRoster()).when(command('CorrectItemKind', cast.secretary, { number: item('2'), kind: 'report' })).thenEvents([]);
  });

  it('given an unknown item, then the item is named', () => {
    given(sessionWithRoster()).when(command('CorrectItemKind', cast.secretary, { number: item('9'), kind: 'vote' })).thenRejected('ItemNotFound', { item: '9' });
  });

  it('given an unknown kind, then the field is named', () => {
    given(sessionWithRoster()).when(command('CorrectItemKind', cast.secretary, { number: item('2'), kind: 'decree' as never })).thenRejected('InvalidInput', { field: 'kind' });
  });

  it('given a voting member, then it is not authorized (secretary or chair)', () => {
    given(sessionWithRoster()).when(command('CorrectItemKind', cast.luis, { number: item('2'), kind: 'vote' })).thenRejected('NotAuthorized', { allowedRoles: ['secretary', 'chair'] });
  });

  it('given a session in progress, then the agenda is locked', () => {
    const started = run([command('StartRollCall', cast.secretary, {}), ...[cast.chair, cast.luis].map((a) => command('MarkAttendance', a, { memberId: a.id, present: true })), command('StartSession', cast.secretary, {})], sessionWithRoster());
    given(started).when(command('CorrectItemKind', cast.secretary, { number: item('2'), kind: 'vote' })).thenRejected('AgendaLocked');
  });
});
