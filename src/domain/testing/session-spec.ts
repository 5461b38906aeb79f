/**
 * Given/when/then for the session decider: given past events, when a command arrives, then these events happen
 * (or this rejection). No mocks: the real `decide` and `fold`. Used only by the domain's specs.
 */
import type { AgendaItemDraft } from '../agenda';
import type { Actor, SessionCommand } from '../commands';
import { decide, type Decision } from '../decide';
import type { SessionEvent } from '../events';
import { type AadObjectId, asAadObjectId, asItemNumber, asSessionId, asVoteId, asAgreementId } from '../ids';
import type { RejectionReason, Rejection } from '../rejection';
import type { SessionRole } from '../roster';
import type { BodyRules } from '../rules';
import { fold, type SessionState } from '../session-state';

/** A fixed clock: minute n of the session day. */
export const at = (minute: number): string => new Date(Date.UTC(2024, 5, 24, 18, 30) + minute * 60_000).toISOString();

const person = (id: string, name: string): Actor => ({ id: asAadObjectId(id), name });

/** The cast of the specs: a commission with a chair, two more voting members, a secretary, a representative, a guest. */
export const cast = {
  secretary: person('aad-marta', 'Marta Secretaria'),
  chair: person('aad-ana', 'Ana Presidenta'),
  luis: person('aad-luis', 'Luis Consejero'),
  sofia: person('aad-sofia', 'Sofía Consejera'),
  representative: person('aad-pedro', 'Pedro Representante'),
  guest: person('aad-gina', 'Gina Invitada'),
  stranger: person('aad-zoe', 'Zoe Sin Rol'),
  organizer: { ...person('aad-olga', 'Olga Organizadora'), isMeetingOrganizer: true } as Actor,
};

export const ROLES: [Actor, SessionRole][] = [
  [cast.chair, 'chair'],
  [cast.luis, 'voting-member'],
  [cast.sofia, 'voting-member'],
  [cast.representative, 'representative'],
  [cast.guest, 'guest'],
];

export const VOTERS = [cast.chair, cast.luis, cast.sofia];

export const SESSION_ID = asSessionId('cpvoe-6a-ordinaria-2024');
export const item = asItemNumber;
export const voteId = asVoteId;
export const agreementId = asAgreementId;

/** The seed's order of the day, shortened: a vote, a report, an item with sub-items, general matters. */
export const AGENDA: AgendaItemDraft[] = [
  { number: '1', title: 'Aprobación del proyecto de minuta de la sesión anterior', kind: 'vote' },
  { number: '2', title: 'Informe de seguimiento de acuerdos', kind: 'report' },
  {
    number: '3', title: 'Presentación de informes', kind: 'report', items: [
      { number: '3.a', title: 'Informe trimestral', kind: 'report' },
      { number: '3.b', title: 'Proyecto de acuerdo sobre el programa', kind: 'vote' },
    ],
  },
  { number: '4', title: 'Asuntos generales', kind: 'general' },
];

export function command<T extends SessionCommand['type']>(
  type: T, actor: Actor, data: Extract<SessionCommand, { type: T }>['data'], minute = 0,
): SessionCommand {
  return { type, data, actor, now: at(minute) } as SessionCommand;
}

export const createSession = (actor: Actor = cast.secretary, rules?: Partial<BodyRules>, agenda: AgendaItemDraft[] = AGENDA) =>
  command('CreateSession', actor, {
    sessionId: SESSION_ID, body: 'Comisión Permanente de Vinculación con Organismos Externos', title: 'Sexta Sesión Ordinaria',
    kind: 'ordinaria', date: '2024-06-24', time: '12:30', modality: 'virtual',
    meeting: { meetingId: 'meeting-1', conversationId: '19:meeting_1@thread.v2' }, agenda, ...(rules ? { rules } : {}),
  });

/** Runs commands one after the other; each must be accepted. Returns all the events. */
export function run(commands: SessionCommand[], past: SessionEvent[] = []): SessionEvent[] {
  const events = [...past];
  for (const c of commands) {
    const decision = decide(c, fold(events));
    if (!decision.ok) throw new Error(`setup command ${c.type} by ${c.actor.name} was rejected: ${JSON.stringify(decision.rejection)}`);
    events.push(...decision.events);
  }
  return events;
}

const secretaryDoes = (type: SessionCommand['type'], data: object = {}, minute = 1) => command(type as 'NextItem', cast.secretary, data as never, minute);

/** A created session with the whole roster assigned. */
export const sessionWithRoster = (rules?: Partial<BodyRules>, agenda?: AgendaItemDraft[]) =>
  run([
    createSession(cast.secretary, rules, agenda),
    command('AssignRoles', cast.secretary, { members: ROLES.map(([a, role]) => ({ id: a.id, name: a.name, role })) }),
  ]);

/** Roll call open and these members present. */
export const rollCallWith = (present: Actor[], rules?: Partial<BodyRules>, agenda?: AgendaItemDraft[]) =>
  run(
    [secretaryDoes('StartRollCall'), ...present.map((p, i) => command('MarkAttendance', p, { memberId: p.id, present: true }, 2 + i))],
    sessionWithRoster(rules, agenda),
  );

/** The order of the day put to a votación económica and approved by these voters (closed, unless it closed by itself). */
export function approveAgenda(voters: Actor[], past: SessionEvent[], minute = 6): SessionEvent[] {
  const voted = run([
    command('OpenVote', cast.secretary, { voteId: voteId('v-agenda'), method: 'economica', subject: 'agenda' }, minute),
    ...voters.map((v) => command('CastBallot', v, { choice: 'in-favour' }, minute)),
  ], past);
  return fold(voted).openVote ? run([command('CloseVote', cast.secretary, {}, minute)], voted) : voted;
}

/** Started (quorum declared) but the order of the day not yet approved. */
export const started = (rules?: Partial<BodyRules>, agenda?: AgendaItemDraft[], present: Actor[] = VOTERS) =>
  run([secretaryDoes('StartSession', {}, 5)], rollCallWith(present, rules, agenda));

/** In session (quorum declared, the order of the day approved by a vote) with every voting member present. */
export const inSession = (rules?: Partial<BodyRules>, agenda?: AgendaItemDraft[], present: Actor[] = VOTERS) =>
  approveAgenda(present.filter((p) => VOTERS.includes(p)), started(rules, agenda, present));

/** In session with a vote open on item 1. */
export const voteOpenOnItem1 = (method: 'economica' | 'nominal' = 'economica', rules?: Partial<BodyRules>, present?: Actor[]) =>
  run([
    command('StartItem', cast.secretary, { number: item('1') }, 7),
    command('OpenVote', cast.secretary, { voteId: voteId('v1'), method }, 8),
  ], inSession(rules, undefined, present));

export const ballot = (actor: Actor, choice: 'in-favour' | 'against' | 'abstain', minute = 9) =>
  command('CastBallot', actor, { choice }, minute);

export interface Then {
  decision: Decision;
  state: SessionState;
  thenEvents(expected: SessionEvent[]): void;
  thenRejected(reason: RejectionReason, details?: Rejection['details']): void;
  /** The state after the accepted events. */
  thenState(): SessionState;
}

export function given(past: SessionEvent[]) {
  const state = fold(past);
  return {
    state,
    when(c: SessionCommand): Then {
      const decision = decide(c, state);
      return {
        decision,
        state,
        thenEvents(expected) {
          if (!decision.ok) throw new Error(`expected events, got rejection ${JSON.stringify(decision.rejection)}`);
          expect(decision.events).toEqual(expected);
        },
        thenRejected(reason, details) {
          if (decision.ok) throw new Error(`expected rejection ${reason}, got events ${JSON.stringify(decision.events.map((e) => e.type))}`);
          expect(decision.rejection.reason).toBe(reason);
          if (details) expect(decision.rejection.details).toMatchObject(details);
        },
        thenState() {
          if (!decision.ok) throw new Error(`expected events, got rejection ${JSON.stringify(decision.rejection)}`);
          return fold([...past, ...decision.events]);
        },
      };
    },
  };
}

export const idOf = (a: Actor): AadObjectId => a.id;
