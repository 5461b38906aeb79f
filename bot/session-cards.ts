/**
 * The cards follow the session's event stream, like the side panel: whichever instance recorded the events, the
 * instance that leads the session's conversation (one at a time, a lease in the store) draws its cards from the read
 * model and sends them through its outbox, so they are right and Teams' limits hold for the conversation as a whole.
 *
 * Departures and returns Teams told of (noticed for the secretary, or recorded by the body's rule) are told to those
 * who conduct once per burst: the events within a few seconds become one notice. A notice is named after the moment
 * of its first event, so after a restart the departures still waiting for the secretary and not yet told are told.
 */
import type { Conversations } from '../src/app/conversations';
import type { MeetingBindings } from '../src/app/meeting-bindings';
import type { SessionService } from '../src/app/session-service';
import type { SessionEvent, SessionState } from '../src/domain';
import type { StoredEvent } from '../src/store/event-store';
import type { LiveBus } from '../src/store/live-bus';
import { STREAM_PREFIX } from '../src/store/streams';
import type { ConversationTarget } from '../src/app/card-records';
import type { BackgroundTasks } from './background-tasks';
import type { PresenceNotice } from './card-action';
import { cardOfKey } from './card-keys';
import type { CardPublisher } from './card-publisher';
import { languageOf, type Language } from './i18n/language';
import type { CardRecords } from '../src/app/card-records';
import type { FloorNotices } from './features/floor-notices';

export interface SessionCardsDeps {
  bus: LiveBus;
  service: SessionService;
  bindings: MeetingBindings;
  conversations: Conversations;
  cards: CardRecords;
  publisher: CardPublisher;
  background: BackgroundTasks;
  /** Who Teams is when it records a departure (rule `record`). */
  teamsActor: string;
  presenceNoticeDelayMs: number;
  /** The notices around the floor (the floor given, its time run out). */
  floorNotices?: Pick<FloorNotices, 'follow'>;
}

/** At most this many people a notice: they are named in its key. */
const PEOPLE_PER_NOTICE = 5;

type Change = { memberId: string; change: 'left' | 'joined'; at: string };

export class SessionCards {
  private readonly bursts = new Map<string, { target: ConversationTarget; lang: Language; changes: Change[] }>();

  constructor(private readonly deps: SessionCardsDeps) {}

  /** Follows every session's appended events from now on; returns how to stop. */
  start(): () => void {
    return this.deps.bus.subscribePrefix(STREAM_PREFIX.session, (stream, events) => {
      this.deps.background.run(this.follow(stream.slice(STREAM_PREFIX.session.length), events));
    });
  }

  private async follow(sessionId: string, stored: StoredEvent[]): Promise<void> {
    const led = await this.ledConversation(sessionId);
    if (!led) return;
    const events = stored.map((e) => ({ type: e.type, data: e.data }) as SessionEvent);
    await this.deps.publisher.publish(led.target, sessionId, events, led.lang);
    this.gather(sessionId, led, events);
    await this.deps.floorNotices?.follow(sessionId, led, events);
  }

  /** The session's conversation, where it is reached and in which language, if this instance leads it. */
  async ledConversation(sessionId: string, state?: SessionState): Promise<{ target: ConversationTarget; lang: Language } | null> {
    const meeting = (state ?? (await this.deps.service.load(sessionId)).state).header.meeting;
    if (!meeting?.conversationId) return null;
    const target = await this.deps.conversations.targetOf(meeting.conversationId);
    if (!target || !(await this.deps.conversations.leads(meeting.conversationId))) return null;
    const binding = await this.deps.bindings.bindingOf(meeting.meetingId, sessionId);
    return { target, lang: languageOf(binding?.language) };
  }

  private gather(sessionId: string, led: { target: ConversationTarget; lang: Language }, events: SessionEvent[]): void {
    const changes: Change[] = events.flatMap((e) => {
      if (e.type === 'PresenceChangeNoticed') return [{ memberId: e.data.memberId, change: e.data.change, at: e.data.at }];
      if (e.type === 'AttendanceMarked' && e.data.by === this.deps.teamsActor) return [{ memberId: e.data.memberId, change: e.data.present ? 'joined' as const : 'left' as const, at: e.data.at }];
      return [];
    });
    if (changes.length === 0) return;
    const waiting = this.bursts.get(sessionId);
    if (waiting) {
      waiting.changes.push(...changes);
      return;
    }
    this.bursts.set(sessionId, { ...led, changes });
    this.deps.background.after(this.deps.presenceNoticeDelayMs, () => this.tell(sessionId));
  }

  private async tell(sessionId: string): Promise<void> {
    const burst = this.bursts.get(sessionId);
    this.bursts.delete(sessionId);
    if (burst) await this.notify(sessionId, burst.target, burst.lang, burst.changes);
  }

  /** One notice per kind of change (left, joined), named after the burst's first moment. */
  private async notify(sessionId: string, target: ConversationTarget, lang: Language, changes: Change[]): Promise<void> {
    const first = changes.map((c) => Date.parse(c.at)).reduce((a, b) => Math.min(a, b));
    for (const change of ['left', 'joined'] as const) {
      const memberIds = [...new Set(changes.filter((c) => c.change === change).map((c) => c.memberId))];
      for (let i = 0; i < memberIds.length; i += PEOPLE_PER_NOTICE) {
        const notice: PresenceNotice = { burst: `${first}-${i / PEOPLE_PER_NOTICE}`, change, memberIds: memberIds.slice(i, i + PEOPLE_PER_NOTICE) };
        await this.deps.publisher.publishPresenceNotice(target, sessionId, notice, lang);
      }
    }
  }

  /**
   * After a restart: the departures and returns of open sessions still waiting for the secretary that no notice
   * told (the server stopped within their burst) are told now.
   */
  async tellUntold(sessionIds: string[]): Promise<number> {
    let told = 0;
    for (const sessionId of sessionIds) {
      const { state } = await this.deps.service.load(sessionId);
      const waiting = Object.entries(state.presenceNotices);
      if (!state.exists || state.phase === 'closed' || waiting.length === 0) continue;
      const notices = (await this.deps.cards.keys(`${sessionId}:presence:`)).map((key) => cardOfKey(sessionId, key)).flatMap((ref) => (ref?.card === 'presence' ? [ref.notice] : []));
      // a notice told a change if it names the member and its burst began within the window of the change
      const toldBy = (memberId: string, change: { change: string; at: string }) => notices.some((notice) => notice.change === change.change
        && notice.memberIds.includes(memberId) && Math.abs(Number(notice.burst.split('-')[0]) - Date.parse(change.at)) <= this.deps.presenceNoticeDelayMs);
      const untold = waiting.filter(([memberId, n]) => !toldBy(memberId, n!));
      const led = untold.length ? await this.ledConversation(sessionId, state) : null;
      if (!led) continue;
      await this.notify(sessionId, led.target, led.lang, untold.map(([memberId, n]) => ({ memberId, change: n!.change, at: n!.at })));
      told += untold.length;
    }
    return told;
  }
}

