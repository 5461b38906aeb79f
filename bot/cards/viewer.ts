/**
 * Who is looking at a card: the shared read-only view (nobody in particular) or one member with a role.
 */
import type { SessionRole } from '../../src/domain';
import type { SessionView } from '../../src/app/session-view';

export interface Viewer {
  /** Entra ID object id; null for the shared view everyone sees. */
  id: string | null;
  role: SessionRole | null;
}

export const EVERYONE: Viewer = { id: null, role: null };

export function viewerOf(view: SessionView | null, aadObjectId: string | undefined): Viewer {
  const member = view?.members.find((m) => m.id === aadObjectId);
  return { id: aadObjectId ?? null, role: member?.role ?? null };
}

/** Those who conduct the session (secretary and chair by default) see its controls. */
export const conducts = (view: SessionView, viewer: Viewer): boolean => viewer.role !== null && view.rules.conductingRoles.includes(viewer.role);

/** Voting members (chair and commissioners by default). */
export const votes = (view: SessionView, viewer: Viewer): boolean => viewer.role !== null && view.rules.votingRoles.includes(viewer.role);
