/**
 * Answers to people in the chat: text in their language, and cards. They go through the conversation's outbox,
 * before any card update waiting there.
 */
import type { Bilingual } from './i18n/language';
import { cardActivity } from './cards/card-activity';
import type { AdaptiveCardJson } from './cards/card-kit';
import type { Outbox } from './outbox';
import type { TurnFacts } from './turn-context-facts';

export class Replies {
  constructor(private readonly outbox: Outbox) {}

  say(facts: Pick<TurnFacts, 'target' | 'lang'>, message: Bilingual): void {
    this.text(facts, message[facts.lang]);
  }

  text(facts: Pick<TurnFacts, 'target'>, text: string): void {
    this.outbox.post(facts.target, { type: 'message', text }).catch(() => undefined);
  }

  card(facts: Pick<TurnFacts, 'target'>, card: AdaptiveCardJson): void {
    this.outbox.post(facts.target, cardActivity(card)).catch(() => undefined);
  }
}
