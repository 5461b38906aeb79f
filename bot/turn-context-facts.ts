/**
 * What the bot reads off an activity as Teams sends it: who acts, in which conversation and meeting, in which
 * language. The actor is always `from.aadObjectId`, never anything in card data.
 */
import type { TurnContext } from 'botbuilder';
import { createHash, randomUUID } from 'node:crypto';
import type { Actor } from '../src/domain';
import { asAadObjectId } from '../src/domain';
import { type Language, languageOf } from './i18n/language';
import type { ConversationTarget } from './outbox';

export interface TurnFacts {
  actor: Actor | null;
  teamsUserId: string;
  conversationId: string;
  /** The Teams meeting id, else the conversation id (a group chat without a meeting, or the Playground). */
  meetingKey: string;
  meetingId: string | null;
  tenantId: string | undefined;
  lang: Language;
  target: ConversationTarget;
  activityKey: string;
}

export function factsOf(context: TurnContext): TurnFacts {
  const a = context.activity;
  const channelData = (a.channelData ?? {}) as { meeting?: { id?: string }; tenant?: { id?: string } };
  const meetingId = channelData.meeting?.id ?? null;
  const conversationId = a.conversation?.id ?? '';
  const tenantId = channelData.tenant?.id ?? a.conversation?.tenantId;
  const aad = a.from?.aadObjectId;
  return {
    actor: aad ? { id: asAadObjectId(aad), name: a.from?.name?.trim() || aad } : null,
    teamsUserId: a.from?.id ?? '',
    conversationId,
    meetingKey: meetingId ?? conversationId,
    meetingId,
    tenantId,
    lang: languageOf(a.locale),
    target: { serviceUrl: a.serviceUrl, conversationId, ...(tenantId ? { tenantId } : {}) },
    activityKey: activityKeyOf(conversationId, a.id, aad ?? a.from?.id ?? ''),
  };
}

/** Keys longer than this are hashed, so the suffixes callers add (`|joined|<id>`) still fit the store's 256. */
const MAX_PLAIN_KEY = 160;

/**
 * The idempotency key of an activity. Teams gives each activity an id unique in its conversation, so a redelivered
 * one is recognised. One without an id cannot be recognised again: its key names the sender and a fresh id, so two
 * people's activities never share a key (a second voter's ballot is never taken for the first one's redelivery).
 */
export function activityKeyOf(conversationId: string, activityId: string | undefined, sender: string): string {
  const key = activityId ? `${conversationId}|${activityId}` : `${conversationId}|${sender}|no-id-${randomUUID()}`;
  return key.length <= MAX_PLAIN_KEY ? key : `sha256:${createHash('sha256').update(key).digest('base64url')}`;
}
