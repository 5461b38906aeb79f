/**
 * Which chat each Teams meeting is held in (`meeting-chat-<meeting key>`), as the bot saw it on the activities Teams
 * sent (authenticated by the Bot Framework): the conversation, where it is reached, and the Teams meeting id. An order
 * of the day uploaded from the "Cargar orden del día" dialog names only its meeting; its draft is posted in the chat
 * recorded here, never in a chat the request names.
 */
import type { EventStore } from '../store/event-store';
import { appendAtEnd, streams } from '../store/streams';
import type { ConversationTarget } from './card-records';

export interface MeetingChat {
  /** The Teams meeting id, else the conversation id (a group chat without a meeting). */
  meetingKey: string;
  /** The Teams meeting id, when the chat is a meeting's (asked to Teams: is this person its organizer?). */
  meetingId: string | null;
  target: ConversationTarget;
}

const same = (a: MeetingChat, b: MeetingChat) =>
  a.meetingId === b.meetingId && a.target.serviceUrl === b.target.serviceUrl && a.target.conversationId === b.target.conversationId
  && (a.target.tenantId ?? null) === (b.target.tenantId ?? null);

export class MeetingChats {
  private readonly known = new Map<string, MeetingChat>();

  constructor(private readonly store: EventStore) {}

  /** Records the meeting's chat (written only when it is new or changed). */
  async saw(chat: MeetingChat): Promise<void> {
    if (!chat.meetingKey || !chat.target.serviceUrl || !chat.target.conversationId) return;
    const recorded = await this.of(chat.meetingKey);
    if (recorded && same(recorded, chat)) return;
    this.known.set(chat.meetingKey, chat);
    await appendAtEnd(this.store, streams.meetingChat(chat.meetingKey), [{ type: 'MeetingChatSeen', data: chat }]);
  }

  /** The meeting's chat, or null when the bot has never been in it. */
  async of(meetingKey: string): Promise<MeetingChat | null> {
    const cached = this.known.get(meetingKey);
    if (cached) return cached;
    const last = (await this.store.read(streams.meetingChat(meetingKey))).pop();
    if (!last) return null;
    const chat = last.data as MeetingChat;
    this.known.set(meetingKey, chat);
    return chat;
  }
}
