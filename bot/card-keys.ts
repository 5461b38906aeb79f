/**
 * The key of each shared card of a session in the chat: the outbox posts a card once under its key and updates it
 * in place afterwards; the card records keep, by key, which message shows it. A key names its card fully, so card
 * repair can draw any card again from its key alone.
 */
import { parseItemNumber } from '../src/domain';
import type { CardRef, PresenceNotice } from './card-action';

export const cardKey = {
  agenda: (sessionId: string) => `${sessionId}:agenda`,
  rollCall: (sessionId: string) => `${sessionId}:roll-call`,
  item: (sessionId: string, number: string) => `${sessionId}:item:${number}`,
  vote: (sessionId: string, voteId: string) => `${sessionId}:vote:${voteId}`,
  quorum: (sessionId: string, index: number) => `${sessionId}:quorum:${index}`,
  quorumCheck: (sessionId: string, checkId: string) => `${sessionId}:quorum-check:${checkId}`,
  /** The notice's people are in its key (a notice names at most five). */
  presence: (sessionId: string, notice: PresenceNotice) => `${sessionId}:presence:${notice.burst}:${notice.change}:${notice.memberIds.join('+')}`,
};

/** Which shared card of a session a card key names (the inverse of `cardKey`); null for other keys. */
export function cardOfKey(sessionId: string, key: string): CardRef | null {
  if (!key.startsWith(`${sessionId}:`)) return null;
  const rest = key.slice(sessionId.length + 1);
  if (rest === 'agenda' || rest === 'roll-call') return { card: rest };
  const [, kind, id] = /^(item|vote|quorum|quorum-check):(.+)$/.exec(rest) ?? [];
  if (kind === 'item' && parseItemNumber(id!) === id) return { card: 'item', number: id };
  if (kind === 'vote' && !id!.includes(':')) return { card: 'vote', voteId: id! };
  if (kind === 'quorum' && /^\d+$/.test(id!)) return { card: 'quorum', index: Number(id) };
  if (kind === 'quorum-check' && !id!.includes(':')) return { card: 'quorum-check', checkId: id! };
  const presence = /^presence:([^:]+):(left|joined):(.+)$/.exec(rest);
  if (presence) return { card: 'presence', notice: { burst: presence[1]!, change: presence[2] as 'left' | 'joined', memberIds: presence[3]!.split('+') } };
  return null;
}
