/**
 * The one path of everything a person asks of a session, typed or clicked: the session bound to the meeting, the
 * domain command, `SessionService.handle`, and a refusal said in the person's language. Cards are not drawn here:
 * they follow the session's event stream (session-cards.ts). Features that act on what was recorded (the in-meeting
 * notification when a vote opens) listen with `onAccepted`.
 */
import type { MeetingBindings } from '../src/app/meeting-bindings';
import type { SessionService } from '../src/app/session-service';
import type { RejectionReason, SessionCommand, SessionEvent, SessionState } from '../src/domain';
import type { BotCommand } from './commands/bot-command';
import { toSessionCommand } from './commands/to-session-command';
import { sayRejection } from './i18n/rejections';
import type { Turn } from './turn';

export type Outcome =
  | { ok: true; events: SessionEvent[]; duplicate: boolean; sessionId: string; snapshot: { state: SessionState; version: number } }
  | { ok: false; message: string; reason?: RejectionReason };

type Accepted = (turn: Turn, sessionId: string, events: SessionEvent[]) => Promise<void>;

export class CommandPath {
  private readonly listeners: Accepted[] = [];

  constructor(
    private readonly service: SessionService,
    private readonly bindings: MeetingBindings,
    private readonly clock: () => string,
    private readonly newId: () => string,
  ) {}

  /** Something to do once a command's events are recorded (not for a redelivered one). */
  onAccepted(listener: Accepted): void {
    this.listeners.push(listener);
  }

  /** The session bound to the turn's meeting; a refusal saying there is none yet. */
  async sessionOf(turn: Turn): Promise<{ ok: true; sessionId: string } | { ok: false; message: string; reason: RejectionReason }> {
    const sessionId = await this.bindings.sessionFor(turn.facts.meetingKey);
    return sessionId ? { ok: true, sessionId } : { ok: false, message: sayRejection({ reason: 'SessionNotFound' }, turn.facts.lang), reason: 'SessionNotFound' };
  }

  /** Runs what a person asked on the meeting's session. */
  async run(turn: Turn, command: BotCommand): Promise<Outcome> {
    const session = await this.sessionOf(turn);
    if (!session.ok) return session;
    const sessionCommand = toSessionCommand(command, turn.actor, this.clock(), this.newId);
    if (!sessionCommand) return { ok: false, message: turn.facts.lang === 'es' ? 'Ese comando no aplica aquí.' : 'That command does not apply here.' };
    return this.execute(turn, session.sessionId, sessionCommand);
  }

  /** Hands one command to the session under the turn's idempotency key (or `key`). */
  async execute(turn: Turn, sessionId: string, command: SessionCommand, key = turn.facts.activityKey): Promise<Outcome> {
    const result = await this.service.handle(sessionId, command, key);
    if (!result.ok) return { ok: false, message: sayRejection(result.rejection, turn.facts.lang), reason: result.rejection.reason };
    if (!result.duplicate && result.events.length) for (const listener of this.listeners) await listener(turn, sessionId, result.events);
    return { ok: true, events: result.events, duplicate: result.duplicate, sessionId, snapshot: { state: result.state, version: result.version } };
  }

  /** A command built by a feature from the turn's actor and clock. */
  command<T extends SessionCommand['type']>(turn: Turn, type: T, data: Extract<SessionCommand, { type: T }>['data']): SessionCommand {
    return { type, data, actor: turn.actor, now: this.clock() } as SessionCommand;
  }
}
