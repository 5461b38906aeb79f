/**
 * Agreements follow-up (seguimiento de acuerdos): the agreements a closed session left open become the list that
 * the next session of the same body takes up; marking one done in that later session is recorded there.
 */
import { type AgendaItem, flattenAgenda } from './agenda';
import type { AgreementId, ItemNumber, SessionId } from './ids';
import type { SessionState } from './session-state';

/** An agreement to follow up, with the session that adopted it. */
export interface FollowUpEntry {
  agreementId: AgreementId;
  sourceSessionId: SessionId;
  sourceTitle: string;
  sourceDate: string | null;
  /** The item of the source session on which it was adopted. */
  item: ItemNumber;
  text: string;
  responsible: string | null;
  dueDate: string | null;
}

/** An entry taken up by this session, and whether it was marked done here. */
export interface FollowUp extends FollowUpEntry {
  doneAt: string | null;
  note: string | null;
}

/**
 * What a closed session hands to the next one: its own agreements, and the follow-ups it took up and did not mark
 * done (they carry over). Empty while the session is not closed.
 */
export function openAgreementsOf(state: SessionState): FollowUpEntry[] {
  if (state.phase !== 'closed' || !state.id) return [];
  const own: FollowUpEntry[] = state.agreements.map((a) => ({
    agreementId: a.id, sourceSessionId: state.id!, sourceTitle: state.header.title, sourceDate: state.header.date,
    item: a.item, text: a.text, responsible: a.responsible, dueDate: a.dueDate,
  }));
  const carried: FollowUpEntry[] = state.followUps.filter((f) => f.doneAt === null).map(({ doneAt: _d, note: _n, ...entry }) => entry);
  return [...carried, ...own];
}

const FOLLOW_UP_TITLE = /seguimiento|follow[- ]?up/i;

/** The agenda item where follow-up is taken up: the first one whose title speaks of "seguimiento" (follow-up). */
export function followUpItemOf(agenda: AgendaItem[]): AgendaItem | null {
  return flattenAgenda(agenda).find((i) => FOLLOW_UP_TITLE.test(i.title)) ?? null;
}
