/**
 * One turn as the features see it: who acts and where (the facts, with the actor known), Teams (the gateway), the
 * people mentioned, the files attached and the words typed. Built once per activity from botbuilder's TurnContext,
 * which no feature touches.
 */
import { type Attachment, type Mention, TurnContext } from 'botbuilder';
import type { Actor } from '../src/domain';
import type { Language } from './i18n/language';
import { type TeamsGateway, teamsOf } from './teams-gateway';
import { factsOf, type TurnFacts } from './turn-context-facts';

export interface MentionedPerson {
  /** The Teams user id (29:…). */
  id: string;
  name: string;
  /** Their Entra object id, when the mention carries it. */
  aadObjectId: string | null;
}

export interface Turn {
  facts: TurnFacts;
  actor: Actor;
  teams: TeamsGateway;
  /** The people mentioned besides the bot. */
  mentions: MentionedPerson[];
  attachments: Attachment[];
  /** The message's id in its chat (Graph's chat message id), when Teams gave one. */
  messageId: string | null;
  /** What was typed, without the bot's mention and markup. */
  text: string;
}

/** The turn's facts; with a configured language (SESIONA_LANGUAGE) everyone is answered in it. */
export function turnFactsOf(context: TurnContext, language: Language | null | undefined): TurnFacts {
  const facts = factsOf(context);
  return language ? { ...facts, lang: language } : facts;
}

/** The turn, or null when Teams did not say who acts (nothing can be recorded then). */
export function turnOf(context: TurnContext, facts: TurnFacts, log: (line: string) => void): Turn | null {
  if (!facts.actor) return null;
  const activity = context.activity;
  const botId = activity.recipient?.id;
  const mentions = (activity.entities ?? [])
    .filter((e) => e.type === 'mention')
    .map((e) => (e as unknown as Mention).mentioned)
    .filter((m) => m && m.id !== botId)
    .map((m) => ({ id: m.id, name: m.name.replace(/<\/?at>/g, '').trim(), aadObjectId: (m as { aadObjectId?: string }).aadObjectId ?? null }));
  const text = activity.type === 'message'
    ? (TurnContext.removeRecipientMention(activity) ?? activity.text ?? '').replace(/<[^>]+>/g, ' ').trim()
    : '';
  return { facts, actor: facts.actor, teams: teamsOf(context, log), mentions, attachments: activity.attachments ?? [], messageId: activity.id ?? null, text };
}
