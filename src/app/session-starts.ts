/**
 * Starting a session in a meeting: who may (the domain's `maySessionStart`, with the facts gathered here: the
 * session bound to the meeting now, the people the deployment names, and — only when those are not enough — whether
 * Teams says this person organised the meeting), then the session created and bound to the meeting. The binding is
 * appended at the meeting stream's version the decision saw, so two people starting at once cannot both replace
 * the meeting's session: the second finds the stream moved, decides again on the new facts, and is refused if the
 * first session is now under way. The session it would replace is read again just before the binding: if it moved
 * meanwhile (its roll call began), the decision is taken again too. (The two streams are not written in one
 * transaction: what remains is the moment between that last read and the binding.)
 */
import {
  type AadObjectId, type Actor, type CommandOf, type Decision, type SessionId, type SessionState, maySessionStart,
} from '../domain';
import type { MeetingBindings } from './meeting-bindings';
import type { SessionService } from './session-service';

export type NewSession = Omit<CommandOf<'CreateSession'>['data'], 'sessionId' | 'meeting'>;

export interface StartRequest {
  meetingKey: string;
  conversationId: string;
  actor: Actor;
  /** Asks Teams whether the actor organised the meeting: true/false, or null when Teams cannot tell. */
  isMeetingOrganizer: () => Promise<boolean | null>;
  sessionId: SessionId;
  session: NewSession;
  /** The language the session's shared cards are written in. */
  language: string;
  now: string;
  /** Makes a repeated request (a double click) change nothing. */
  idempotencyKey: string;
}

export type StartResult =
  | { ok: true; sessionId: SessionId; snapshot: { state: SessionState; version: number } }
  | { ok: false; rejection: NonNullable<Extract<Decision, { ok: false }>['rejection']> };

const MAX_ATTEMPTS = 5;

export class SessionStarts {
  constructor(
    private readonly service: SessionService,
    private readonly bindings: MeetingBindings,
    private readonly namedStarters: readonly string[],
  ) {}

  /** May this person start a session in this meeting now? Asked before anything they sent is read. */
  async check(meetingKey: string, actor: AadObjectId, isMeetingOrganizer: () => Promise<boolean | null>): Promise<Decision> {
    return (await this.decide(meetingKey, actor, isMeetingOrganizer)).decision;
  }

  /** Creates the session and binds it to the meeting, if this person may start one there now. */
  async start(request: StartRequest): Promise<StartResult> {
    let organizer: Promise<boolean | null> | null = null;
    const askOnce = () => (organizer ??= request.isMeetingOrganizer());
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const { decision, meetingVersion, current } = await this.decide(request.meetingKey, request.actor.id, askOnce);
      if (!decision.ok) return decision;
      const created = await this.service.handle(request.sessionId, {
        type: 'CreateSession', actor: request.actor, now: request.now,
        data: { ...request.session, sessionId: request.sessionId, meeting: { meetingId: request.meetingKey, conversationId: request.conversationId } },
      }, request.idempotencyKey);
      if (!created.ok) return created;
      if (current && (await this.service.load(current.id)).version !== current.version) continue;
      if (await this.bindings.bindAt(meetingVersion, request.meetingKey, request.sessionId, request.now, request.language)) return { ok: true, sessionId: request.sessionId, snapshot: { state: created.state, version: created.version } };
      // another session was bound meanwhile: decide again on what the meeting is now
    }
    throw new Error(`could not bind a session to meeting ${request.meetingKey}: it kept changing under ${MAX_ATTEMPTS} attempts`);
  }

  private async decide(meetingKey: string, actor: AadObjectId, isMeetingOrganizer: () => Promise<boolean | null>) {
    const { binding, version: meetingVersion } = await this.bindings.current(meetingKey);
    const bound = binding?.sessionId ?? null;
    const snapshot = bound ? await this.service.load(bound) : null;
    const current = bound && snapshot ? { id: bound, version: snapshot.version } : null;
    const facts = { current: snapshot?.state ?? null, namedStarters: this.namedStarters as AadObjectId[] };
    const withoutAsking = maySessionStart(actor, { ...facts, isMeetingOrganizer: false });
    if (withoutAsking.ok || withoutAsking.rejection.reason !== 'MayNotStartSession') return { decision: withoutAsking, meetingVersion, current };
    return { decision: maySessionStart(actor, { ...facts, isMeetingOrganizer: await isMeetingOrganizer() }), meetingVersion, current };
  }
}
