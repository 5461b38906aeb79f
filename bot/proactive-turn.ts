/**
 * A turn on the bot's own initiative (a card posted or updated, a notification): a proactive turn on the CloudAdapter
 * in one conversation. An error inside it is given back to the caller, who decides what to do (retry, log): the
 * adapter's own error handler, which apologises in the chat, is for a person's turn and never sees it.
 */
import type { CloudAdapter, ConversationReference, TurnContext } from 'botbuilder';
import type { ConversationTarget } from '../src/app/card-records';

export async function proactiveTurn<T>(adapter: CloudAdapter, appId: string, target: ConversationTarget, work: (context: TurnContext) => Promise<T>): Promise<T> {
  const reference: Partial<ConversationReference> = {
    channelId: 'msteams',
    serviceUrl: target.serviceUrl,
    conversation: { id: target.conversationId, isGroup: true, conversationType: 'groupChat', tenantId: target.tenantId, name: '' },
    bot: { id: appId ? `28:${appId}` : 'sesiona', name: 'Sesiona' },
  };
  let outcome: { ok: true; value: T } | { ok: false; error: unknown } | null = null;
  await adapter.continueConversationAsync(appId, reference, async (context) => {
    try {
      outcome = { ok: true, value: await work(context) };
    } catch (error) {
      outcome = { ok: false, error };
    }
  });
  const done = outcome as { ok: true; value: T } | { ok: false; error: unknown } | null;
  if (!done) throw new Error('the proactive turn did not run');
  if (!done.ok) throw done.error;
  return done.value;
}
