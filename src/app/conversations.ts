/**
 * Where each conversation is reached (`conversation-<id>`: the Bot Connector's address for it and its tenant), so
 * any instance can write to it on its own — the cards follow the session's events, whichever instance recorded
 * them — and which instance writes the cards of each conversation: one at a time across instances (a lease in the
 * store), so Teams' per-conversation limits hold for the conversation as a whole.
 */
import type { EventStore } from '../store/event-store';
import { appendAtEnd, streams } from '../store/streams';
import type { ConversationTarget } from './card-records';

const sameTarget = (a: ConversationTarget, b: ConversationTarget) =>
  a.serviceUrl === b.serviceUrl && a.conversationId === b.conversationId && (a.tenantId ?? null) === (b.tenantId ?? null);

export class Conversations {
  private readonly targets = new Map<string, ConversationTarget>();
  private readonly leases = new Set<string>();

  constructor(private readonly store: EventStore) {}

  /** Remembers where a conversation is reached (written only when it is new or changed). */
  async saw(target: ConversationTarget): Promise<void> {
    if (!target.serviceUrl || !target.conversationId) return;
    const known = await this.targetOf(target.conversationId);
    if (known && sameTarget(known, target)) return;
    this.targets.set(target.conversationId, target);
    await appendAtEnd(this.store, streams.conversation(target.conversationId), [{ type: 'ConversationReached', data: target }]);
  }

  async targetOf(conversationId: string): Promise<ConversationTarget | null> {
    const cached = this.targets.get(conversationId);
    if (cached) return cached;
    const last = (await this.store.read(streams.conversation(conversationId))).pop();
    if (!last) return null;
    const target = last.data as ConversationTarget;
    this.targets.set(conversationId, target);
    return target;
  }

  /** Whether this instance writes the conversation's cards (it takes the lease when no other instance holds it). */
  async leads(conversationId: string): Promise<boolean> {
    if (!this.store.tryLease || this.leases.has(conversationId)) return true;
    if (!(await this.store.tryLease(`conversation:${conversationId}`))) return false;
    this.leases.add(conversationId);
    return true;
  }
}
