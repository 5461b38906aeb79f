/**
 * Which chat each Teams meeting is held in (`meeting-chat-<meeting key>`), as the bot saw it on the activities Teams
 * sent (authenticated by the Bot Framework): the conversation, where it is reached, and the Teams meeting id. An order
 * of the day uploaded from the "Cargar orden del día" dialog names only its meeting; its draft is posted in the chat
 * recorded here, never in a chat the request names.
 */
import type { EventStore } from '../store/event-store';
import { streams } from '../store/streams';
import { LatestRecords } from './latest-records';
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
  private readonly chats: LatestRecords<MeetingChat>;

  constructor(store: EventStore) {
    this.chats = new LatestRecords(store, { streamOf: streams.meetingChat, eventType: 'MeetingChatSeen', same });
  }

  /** Records the meeting's chat (written only when it is new or changed). */
  async saw(chat: MeetingChat): Promise<void> {
    if (!chat.meetingKey || !chat.target.serviceUrl || !chat.target.conversationId) return;
    await this.chats.saw(chat.meetingKey, chat);
  }

  /** The meeting's chat, or null when the bot has never been in it. */
  of(meetingKey: string): Promise<MeetingChat | null> {
    return this.chats.of(meetingKey);
  }
}
