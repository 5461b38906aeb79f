/**
 * An agreement (acuerdo) adopted on an item, with who follows it up and by when.
 */
import type { AgreementId, ItemNumber } from './ids';

export interface Agreement {
  id: AgreementId;
  item: ItemNumber;
  text: string;
  /** Responsible area (e.g. "DVOE"), when stated. */
  responsible: string | null;
  /** Due date YYYY-MM-DD, when stated. */
  dueDate: string | null;
  recordedAt: string;
}
