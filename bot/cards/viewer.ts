/**
 * Who is looking at a card: the shared view everyone sees (nobody in particular), or one person with what the rules
 * let them do (`can`, computed by the domain and carried by the read model).
 */
import type { SessionView } from '../../src/app/session-view';
import { type Capabilities, NO_CAPABILITIES } from '../../src/domain';

export interface Viewer {
  /** Entra ID object id; null for the shared view everyone sees. */
  id: string | null;
  can: Capabilities;
}

export const EVERYONE: Viewer = { id: null, can: NO_CAPABILITIES };

export function viewerOf(view: SessionView | null, aadObjectId: string | undefined | null): Viewer {
  const member = view?.members.find((m) => m.id === aadObjectId);
  return { id: aadObjectId ?? null, can: member?.can ?? NO_CAPABILITIES };
}
