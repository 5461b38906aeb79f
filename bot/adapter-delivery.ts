/**
 * The outbox's way out: a proactive turn on the CloudAdapter that posts or updates one activity. Errors come back
 * with the HTTP status and Retry-After so the outbox can decide to retry.
 */
import type { Activity, CloudAdapter } from 'botbuilder';
import type { ConversationTarget, Delivery } from './outbox';
import { proactiveTurn } from './proactive-turn';

export function createAdapterDelivery(adapter: CloudAdapter, appId: string): Delivery {
  return async (target: ConversationTarget, op) => {
    try {
      const id = await proactiveTurn(adapter, appId, target, async (context) => {
        if (op.kind === 'post') return (await context.sendActivity(op.activity))?.id ?? '';
        await context.updateActivity({ ...op.activity, id: op.activityId } as Partial<Activity>);
        return op.activityId;
      });
      return { id };
    } catch (err) {
      throw withStatus(err);
    }
  };
}

/** botbuilder's RestError carries `statusCode` and the response headers; keep the status and Retry-After. */
function withStatus(err: unknown): Error & { statusCode?: number; retryAfterMs?: number } {
  const e = err as Error & { statusCode?: number; response?: { headers?: { get?(name: string): string | undefined } }; retryAfterMs?: number };
  const header = e.response?.headers?.get?.('retry-after');
  if (header !== undefined) {
    const seconds = Number(header);
    e.retryAfterMs = Number.isFinite(seconds) ? seconds * 1000 : Math.max(0, Date.parse(header) - Date.now());
  }
  return e;
}
