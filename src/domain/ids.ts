/**
 * Branded identifiers. Parsed once at the edge (bot, HTTP, CLI); inside the core a SessionId is never a bare string.
 */
export type Brand<T, B extends string> = T & { readonly __brand: B };

export type SessionId = Brand<string, 'SessionId'>;
/** An agenda item's number as published and normalised: "1", "5", "5.a", "5.1". */
export type ItemNumber = Brand<string, 'ItemNumber'>;
/** A Microsoft Entra ID object id (`from.aadObjectId`). */
export type AadObjectId = Brand<string, 'AadObjectId'>;
export type ConversationId = Brand<string, 'ConversationId'>;
export type VoteId = Brand<string, 'VoteId'>;
export type AgreementId = Brand<string, 'AgreementId'>;

const SESSION_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
const ITEM_NUMBER = /^[0-9]{1,3}(\.[a-z]{1,2}|\.[0-9]{1,3})*$/;
const AAD_OBJECT_ID = /^[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}$/;

export function parseSessionId(raw: string): SessionId | null {
  return SESSION_ID.test(raw) ? (raw as SessionId) : null;
}
export function parseItemNumber(raw: string): ItemNumber | null {
  const n = raw.trim().toLowerCase().replace(/\)$/, '');
  return ITEM_NUMBER.test(n) ? (n as ItemNumber) : null;
}
export function parseAadObjectId(raw: string): AadObjectId | null {
  return AAD_OBJECT_ID.test(raw) ? (raw as AadObjectId) : null;
}
export const asSessionId = (s: string) => s as SessionId;
export const asItemNumber = (s: string) => s as ItemNumber;
export const asAadObjectId = (s: string) => s as AadObjectId;
export const asConversationId = (s: string) => s as ConversationId;
export const asVoteId = (s: string) => s as VoteId;
export const asAgreementId = (s: string) => s as AgreementId;
