/**
 * What a log line says about the request it was written for: the request id, and, once known, the session, the
 * conversation (Teams chat) and the actor (Entra object id). Only ids: never a person's name, never a ballot.
 * It follows the request through every await (AsyncLocalStorage), so code deep in the bot logs with it without
 * passing it along.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export interface RequestContext {
  requestId: string;
  sessionId?: string;
  conversationId?: string;
  actorId?: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** Runs `work` (and whatever it starts) as part of the request `context`. */
export function inRequest<T>(context: RequestContext, work: () => T): T {
  return storage.run(context, work);
}

/** Runs `work` outside any request: what it starts later (a queue that outlives the request) is nobody's request. */
export function outsideRequests<T>(work: () => T): T {
  return storage.exit(work);
}

/** The request being served, if any. */
export function currentRequest(): RequestContext | undefined {
  return storage.getStore();
}

/** Notes which session the current request is about (the service, when it takes a command). */
export function noteSession(sessionId: string): void {
  const context = storage.getStore();
  if (context) context.sessionId = sessionId;
}

/** The fields a log line carries: the defined ones only. */
export function contextFields(): Partial<RequestContext> {
  const context = storage.getStore();
  if (!context) return {};
  const fields: Partial<RequestContext> = { requestId: context.requestId };
  if (context.sessionId) fields.sessionId = context.sessionId;
  if (context.conversationId) fields.conversationId = context.conversationId;
  if (context.actorId) fields.actorId = context.actorId;
  return fields;
}
