/**
 * Where each conversation is reached (`conversation-<id>`: the Bot Connector's address for it and its tenant), so
 * any instance can write to it on its own — the cards follow the session's events, whichever instance recorded
 * them — and which instance writes the cards of each conversation: one at a time across instances (a lease in the
 * store), so Teams' per-conversation limits hold for the conversation as a whole.
 */
import type { EventStore } from '../store/event-store';
import { streams } from '../store/streams';
import { LatestRecords } from './latest-records';
import type { ConversationTarget } from './card-records';

const sameTarget = (a: ConversationTarget, b: ConversationTarget) =>
  a.serviceUrl === b.serviceUrl && a.conversationId === b.conversationId && (a.tenantId ?? null) === (b.tenantId ?? null);

export class Conversations {
  private readonly targets: LatestRecords<ConversationTarget>;
  private readonly leases = new Set<string>();

  constructor(private readonly store: EventStore) {
    this.targets = new LatestRecords(store, { streamOf: streams.conversation, eventType: 'ConversationReached', same: sameTarget });
  }

  /** Remembers where a conversation is reached (written only when it is new or changed). */
  async saw(target: ConversationTarget): Promise<void> {
    if (!target.serviceUrl || !target.conversationId) return;
    await this.targets.saw(target.conversationId, target);
  }

  targetOf(conversationId: string): Promise<ConversationTarget | null> {
    return this.targets.of(conversationId);
  }

  /** Whether this instance writes the conversation's cards (it takes the lease when no other instance holds it). */
  async leads(conversationId: string): Promise<boolean> {
    if (!this.store.tryLease || this.leases.has(conversationId)) return true;
    if (!(await this.store.tryLease(`conversation:${conversationId}`))) return false;
    this.leases.add(conversationId);
    return true;
  }
}
