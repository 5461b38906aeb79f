/**
 * The outbox's way out: a proactive turn on the CloudAdapter that posts or updates one activity. Errors come back
 * with the HTTP status and Retry-After so the outbox can decide to retry.
 */
import type { Activity, CloudAdapter, ConversationReference } from 'botbuilder';
import type { ConversationTarget, Delivery } from './outbox';

export function createAdapterDelivery(adapter: CloudAdapter, appId: string): Delivery {
  return async (target: ConversationTarget, op) => {
    const reference: Partial<ConversationReference> = {
      channelId: 'msteams',
      serviceUrl: target.serviceUrl,
      conversation: { id: target.conversationId, isGroup: true, conversationType: 'groupChat', tenantId: target.tenantId, name: '' },
      bot: { id: appId ? `28:${appId}` : 'sesiona', name: 'Sesiona' },
    };
    let id = '';
    try {
      await adapter.continueConversationAsync(appId, reference, async (context) => {
        if (op.kind === 'post') {
          const response = await context.sendActivity(op.activity);
          id = response?.id ?? '';
        } else {
          await context.updateActivity({ ...op.activity, id: op.activityId } as Partial<Activity>);
          id = op.activityId;
        }
      });
    } catch (err) {
      throw withStatus(err);
    }
    return { id };
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
