/**
 * Orders of the day read from a message or a document, waiting for whoever sent them to confirm or discard them
 * (`draft-<id>`). Who may finish one is the domain's rule (`mayFinishDraft`).
 */
import type { ImportedAgenda } from '../agenda-import/imported-agenda';
import type { EventStore } from '../store/event-store';
import { appendAtEnd, streams } from '../store/streams';

export interface AgendaDraft {
  id: string;
  conversationId: string;
  meetingId: string;
  agenda: ImportedAgenda;
  by: string;
  language: string;
  status: 'pending' | 'confirmed' | 'discarded';
  sessionId: string | null;
  /** The version of the draft's stream this state was read at: finishing it appends there, or not at all. */
  version: number;
}

export class AgendaDrafts {
  constructor(private readonly store: EventStore) {}

  async save(draft: Omit<AgendaDraft, 'status' | 'sessionId' | 'version'>): Promise<void> {
    await appendAtEnd(this.store, streams.draft(draft.id), [{ type: 'AgendaDrafted', data: draft }]);
  }

  async load(id: string): Promise<AgendaDraft | null> {
    const events = await this.store.read(streams.draft(id));
    if (events.length === 0) return null;
    let draft: AgendaDraft = { ...(events[0]!.data as AgendaDraft), status: 'pending', sessionId: null, version: events[events.length - 1]!.version };
    for (const e of events.slice(1)) {
      if (e.type === 'DraftConfirmed') draft = { ...draft, status: 'confirmed', sessionId: (e.data as { sessionId: string }).sessionId };
      if (e.type === 'DraftDiscarded') draft = { ...draft, status: 'discarded' };
    }
    return draft;
  }

  /** Marks the draft done at the version it was read at; false when it was finished meanwhile (a double click). */
  async finish(id: string, expectedVersion: number, outcome: { type: 'DraftConfirmed'; sessionId: string } | { type: 'DraftDiscarded' }): Promise<boolean> {
    const { type, ...data } = outcome;
    const result = await this.store.append(streams.draft(id), expectedVersion, [{ type, data }]);
    return result.ok;
  }
}

