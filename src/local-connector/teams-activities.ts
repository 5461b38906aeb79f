/**
 * Activities exactly as Teams sends them to a bot in a meeting chat (group chat with `channelData.meeting`), and
 * a small client that posts them to the bot's `/api/messages`. Used by the tests, the benchmark and the simulator.
 */
import { randomUUID } from 'node:crypto';

export interface TeamsPerson {
  /** The Teams user id, "29:…". */
  id: string;
  name: string;
  aadObjectId: string;
}

export interface MeetingChat {
  serviceUrl: string;
  conversationId: string;
  meetingId: string | null;
  tenantId: string;
  bot: { id: string; name: string };
  locale?: string;
}

const mentionOf = (who: { id: string; name: string }) => ({
  type: 'mention', text: `<at>${who.name}</at>`, mentioned: { id: who.id, name: who.name },
});

function base(chat: MeetingChat, from: TeamsPerson, locale?: string) {
  return {
    channelId: 'msteams',
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    localTimestamp: new Date().toISOString(),
    serviceUrl: chat.serviceUrl,
    from: { id: from.id, name: from.name, aadObjectId: from.aadObjectId },
    recipient: { id: chat.bot.id, name: chat.bot.name },
    conversation: { id: chat.conversationId, conversationType: 'groupChat', isGroup: true, tenantId: chat.tenantId },
    channelData: { tenant: { id: chat.tenantId }, ...(chat.meetingId ? { meeting: { id: chat.meetingId } } : {}) },
    locale: locale ?? chat.locale ?? 'es-MX',
  };
}

/** "@Sesiona <text>", optionally mentioning people after it ("@Sesiona integrantes @Ana @Luis"). */
export function messageToBot(chat: MeetingChat, from: TeamsPerson, text: string, options: { mentions?: TeamsPerson[]; locale?: string; attachments?: unknown[] } = {}) {
  const people = options.mentions ?? [];
  const html = `<at>${chat.bot.name}</at> ${text}${people.map((p) => ` <at>${p.name}</at>`).join('')}`;
  return {
    ...base(chat, from, options.locale),
    type: 'message',
    text: html,
    textFormat: 'plain',
    entities: [mentionOf(chat.bot), ...people.map(mentionOf), { type: 'clientInfo', locale: options.locale ?? chat.locale ?? 'es-MX', platform: 'Web' }],
    ...(options.attachments ? { attachments: options.attachments } : {}),
  };
}

/** A click on an `Action.Execute` button of a card the bot posted (`adaptiveCard/action` invoke). */
export function cardAction(chat: MeetingChat, from: TeamsPerson, verb: string, data: Record<string, unknown>, options: { replyToId?: string; locale?: string } = {}) {
  return {
    ...base(chat, from, options.locale),
    type: 'invoke',
    name: 'adaptiveCard/action',
    ...(options.replyToId ? { replyToId: options.replyToId } : {}),
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  };
}

/** The app added to the meeting chat. */
export function installationAdd(chat: MeetingChat, from: TeamsPerson) {
  return { ...base(chat, from), type: 'installationUpdate', action: 'add' };
}

export function meetingEvent(chat: MeetingChat, from: TeamsPerson, kind: 'start' | 'end') {
  return {
    ...base(chat, from),
    type: 'event',
    name: kind === 'start' ? 'application/vnd.microsoft.meetingStart' : 'application/vnd.microsoft.meetingEnd',
    // as Teams sends them: the start event carries StartTime, the end event EndTime
    value: {
      Id: chat.meetingId, MeetingType: 'Scheduled', JoinUrl: 'https://teams.microsoft.com/l/meetup-join/x', Title: 'Sesión',
      ...(kind === 'start' ? { StartTime: new Date().toISOString() } : { EndTime: new Date().toISOString() }),
    },
  };
}

export function participantsEvent(chat: MeetingChat, from: TeamsPerson, kind: 'join' | 'leave', people: TeamsPerson[]) {
  return {
    ...base(chat, from),
    type: 'event',
    name: kind === 'join' ? 'application/vnd.microsoft.meetingParticipantJoin' : 'application/vnd.microsoft.meetingParticipantLeave',
    value: { members: people.map((p) => ({ user: { id: p.id, name: p.name, aadObjectId: p.aadObjectId }, meeting: { inMeeting: kind === 'join', role: 'Attendee' } })) },
  };
}

export interface BotReply {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** Posts an activity to the bot as the Bot Connector would (anonymous: local development). */
export async function postActivity(botUrl: string, activity: object): Promise<BotReply> {
  const response = await fetch(`${botUrl.replace(/\/$/, '')}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body };
}
