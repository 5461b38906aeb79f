/**
 * The notices around the floor, from the session's events (session-cards.ts hands them over on the instance that
 * leads the conversation, so each goes out once whichever instance recorded the event):
 *
 * - `FloorGiven`: the speaker gets a targeted in-meeting notification ("Tiene la palabra: punto 2 (ronda 1, hasta
 *   10:00 min)") that opens the side panel on the meeting stage.
 * - `FloorTimeRanOut` (noted by Sesiona's clock, src/app/floor-clock.ts): whoever conducts is told in the chat, by
 *   name, and the conducting members present get an in-meeting notification. Nobody is cut off: the notice says so.
 *   The chat notice is keyed like a card (`<session>:floor-time:<moment>`), so the card records say it was posted:
 *   after a restart it is not posted again, and one the server had no time to post is posted then (`tellUntold`).
 *
 * Notifications go only to sessions of a Teams meeting and with a public https address (Teams opens the page on the
 * stage); if Teams refuses one, it is logged and nothing else changes.
 */
import type { ConversationTarget } from '../../src/app/card-records';
import type { PeopleDirectory } from '../../src/app/meeting-people';
import { type SessionService, sessionStream } from '../../src/app/session-service';
import {
  type AadObjectId, debateOf, type EventOf, type FloorPart, floorNow, type ItemNumber, type SessionEvent, type SessionState,
} from '../../src/domain';
import { clockOf } from '../../src/i18n/debate-words';
import type { Language } from '../i18n/language';
import type { MeetingNotification, MeetingNotifier } from '../meeting-notifier';
import type { Outbox } from '../outbox';

export interface FloorNoticesDeps {
  service: SessionService;
  people: PeopleDirectory;
  outbox: Outbox;
  notify: MeetingNotifier;
  /** Where the side panel is served (https://host), for the notifications' page. */
  publicUrl: () => string | null;
  log: (line: string) => void;
}

/** Where the session's notices go and in which language (the session's: its cards' language). */
export interface LedConversation {
  target: ConversationTarget;
  lang: Language;
}

type TimeRanOut = EventOf<'FloorTimeRanOut'>['data'];

/** The key of the chat notice that the time of a part of the floor ran out (one per `FloorTimeRanOut`). */
export const floorTimeNoticeKey = (sessionId: string, ranOutAt: string) => `${sessionId}:floor-time:${ranOutAt}`;

/** "Tiene la palabra: punto 2 (ronda 1, hasta 10:00 min)". */
export function floorGivenTitle(item: string, round: number, limitSeconds: number, lang: Language): string {
  return lang === 'es'
    ? `Tiene la palabra: punto ${item} (ronda ${round}, hasta ${clockOf(limitSeconds)} min)`
    : `You have the floor: item ${item} (round ${round}, up to ${clockOf(limitSeconds)} min)`;
}

/** "⏱ Se agotó el tiempo de Luis (ronda 1, 10:00)", or of a question or an answer of a moción al orador. */
export function timeRanOutWords(name: string, part: FloorPart, round: number | null, limitSeconds: number, lang: Language): string {
  const clock = clockOf(limitSeconds);
  const es = lang === 'es';
  if (part === 'intervention') return es ? `⏱ Se agotó el tiempo de ${name} (ronda ${round}, ${clock})` : `⏱ ${name}'s time is up (round ${round}, ${clock})`;
  const what = part === 'question' ? (es ? 'la pregunta' : 'question') : (es ? 'la respuesta' : 'answer');
  return es ? `⏱ Se agotó el tiempo de ${what} de ${name} (moción al orador, ${clock})` : `⏱ The time of ${name}'s ${what} is up (motion to the speaker, ${clock})`;
}

const NOBODY_INTERRUPTED = { es: 'Sigue en uso de la palabra: nadie es interrumpido.', en: 'The floor stays with them: nobody is interrupted.' };

/** The round and the limit of the part whose time ran out, from the record. */
function partOf(state: SessionState, ran: TimeRanOut): { round: number | null; limitSeconds: number } | null {
  const debate = debateOf(state.debates, ran.number as ItemNumber);
  if (ran.part === 'intervention') {
    const intervention = debate.interventions.find((i) => i.memberId === ran.memberId && i.timeRanOutAt === ran.at)
      ?? [...debate.interventions].reverse().find((i) => i.memberId === ran.memberId);
    return intervention ? { round: intervention.round, limitSeconds: intervention.limitSeconds } : null;
  }
  const motion = debate.motions.find((m) => m.id === ran.motionId);
  const timed = ran.part === 'question' ? motion?.question : motion?.answer;
  return motion && timed ? { round: motion.round, limitSeconds: timed.limitSeconds } : null;
}

export class FloorNotices {
  constructor(private readonly deps: FloorNoticesDeps) {}

  /** The notices these events call for. */
  async follow(sessionId: string, led: LedConversation, events: readonly SessionEvent[]): Promise<void> {
    for (const event of events) {
      if (event.type === 'FloorGiven') await this.floorGiven(sessionId, led, event.data);
      else if (event.type === 'FloorTimeRanOut') await this.timeRanOut(sessionId, led, event.data);
    }
  }

  /**
   * After a restart: in each open session, a time run out of whoever has the floor now that no notice told (the
   * server stopped in between) is told now. Returns how many were told.
   */
  async tellUntold(sessionIds: readonly string[], ledOf: (sessionId: string) => Promise<LedConversation | null>): Promise<number> {
    let told = 0;
    for (const sessionId of sessionIds) {
      const floor = floorNow((await this.deps.service.load(sessionId)).state);
      if (!floor?.timeRanOutAt || (await this.deps.outbox.activityIdFor(floorTimeNoticeKey(sessionId, floor.timeRanOutAt))) !== undefined) continue;
      const led = await ledOf(sessionId);
      if (!led) continue;
      await this.timeRanOut(sessionId, led, { number: floor.item, memberId: floor.memberId, part: floor.part, motionId: floor.motionId, at: floor.timeRanOutAt });
      told++;
    }
    return told;
  }

  private async floorGiven(sessionId: string, led: LedConversation, given: EventOf<'FloorGiven'>['data']): Promise<void> {
    const { state } = await this.deps.service.load(sessionId);
    const recipients = await this.deps.people.teamsIdsOf(led.target.conversationId, [given.memberId]);
    await this.notify(sessionId, state, led, { recipients, title: floorGivenTitle(given.number, given.round, given.limitSeconds, led.lang) });
  }

  private async timeRanOut(sessionId: string, led: LedConversation, ran: TimeRanOut): Promise<void> {
    const key = floorTimeNoticeKey(sessionId, ran.at);
    if ((await this.deps.outbox.activityIdFor(key)) !== undefined) return; // told already
    const snapshot = await this.deps.service.load(sessionId);
    const view = this.deps.service.viewOf(sessionStream(sessionId), snapshot);
    const part = partOf(snapshot.state, ran);
    if (!view || !part) return;
    const name = view.members.find((m) => m.id === ran.memberId)?.name ?? ran.memberId;
    const headline = timeRanOutWords(name, ran.part, part.round, part.limitSeconds, led.lang);
    const conductors = view.members.filter((m) => m.can.conducts && m.present).map((m) => m.id as AadObjectId);
    const known = await this.deps.people.people(led.target.conversationId);
    const addressed = conductors.flatMap((id) => {
      const person = known.get(id);
      return person ? [{ type: 'mention', text: `<at>${person.name}</at>`, mentioned: { id: person.teamsUserId, name: person.name } }] : [];
    });
    const text = `${addressed.length ? `${addressed.map((m) => m.text).join(', ')}: ` : ''}${headline}. ${NOBODY_INTERRUPTED[led.lang]}`;
    await this.deps.outbox.upsert(led.target, key, { type: 'message', text, ...(addressed.length ? { entities: addressed } : {}) }, snapshot.version).catch(() => undefined);
    await this.notify(sessionId, snapshot.state, led, { recipients: addressed.map((m) => m.mentioned.id), title: headline });
  }

  /** A targeted in-meeting notification that opens the side panel, when the session is held in a Teams meeting. */
  private async notify(sessionId: string, state: SessionState, led: LedConversation, notification: Omit<MeetingNotification, 'url'>): Promise<void> {
    const meeting = state.header.meeting;
    const publicUrl = this.deps.publicUrl();
    // a chat that is not a meeting is bound under its conversation id: it has no meeting stage
    if (!meeting || meeting.meetingId === meeting.conversationId || !publicUrl?.startsWith('https://') || notification.recipients.length === 0) return;
    try {
      await this.deps.notify(led.target, meeting.meetingId, { ...notification, url: `${publicUrl}/tab/?session=${encodeURIComponent(sessionId)}` });
    } catch (err) {
      this.deps.log(`[bot] the in-meeting notification could not be sent: ${(err as Error).message}`);
    }
  }
}
