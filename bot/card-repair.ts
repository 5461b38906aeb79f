/**
 * Card repair: the cards in the chat show what the record says, even after a crash. The outbox records in the store,
 * after every delivered post or update, which message shows each card, in which conversation, and which session
 * version and content it shows (`card-<key>`, bot/bot-records.ts). Queued updates live in memory, so a `kill -9`
 * loses them; repair finds the cards they would have changed:
 *
 * - on start, for every open session and every session closed within the window (SESIONA_CARD_REPAIR_HOURS);
 * - with several instances on one store (PostgreSQL), when this instance takes a session over: before it first
 *   updates that session's cards since it started (another instance may have died with updates queued for them).
 *
 * For each card recorded for the session, the card is rendered again from the current read model (the same
 * rendering as CardPublisher) and updated when what it shows is behind: its recorded version is older than the
 * session's and its recorded content differs. Nothing is posted: a card whose first post never reached Teams has no
 * record, and the next event that concerns it posts it.
 */
import type { Activity } from 'botbuilder';
import type { MeetingBindings } from '../src/app/meeting-bindings';
import { SESSION_STREAM_PREFIX, type SessionService, sessionStream } from '../src/app/session-service';
import type { SessionState } from '../src/domain';
import type { CardRecord, CardRecords } from '../src/app/card-records';
import { cardOfKey } from './card-keys';
import type { CardPublisher } from './card-publisher';
import { cardActivity } from './cards/card-activity';
import { languageOf } from './i18n/language';
import { cardDigest, type Outbox } from './outbox';

export interface CardRepairDeps {
  service: SessionService;
  bindings: MeetingBindings;
  cards: CardRecords;
  publisher: CardPublisher;
  outbox: Outbox;
  /** Sessions closed longer ago than this are left as they are. */
  recentMs: number;
  /** Whether this instance writes a conversation's cards (with several instances, one at a time); all by default. */
  leads?: (conversationId: string) => Promise<boolean>;
  now?: () => number;
}

/** A recorded card and what it should show now (null: the card no longer applies, e.g. an unknown vote). */
export interface ExpectedCard {
  record: CardRecord;
  activity: Partial<Activity> | null;
  version: number;
}

export interface CardRepairReport {
  sessions: number;
  /** The sessions repaired that are not closed. */
  openSessions: string[];
  cards: number;
  updated: number;
  failed: number;
}

export class CardRepair {
  /** Sessions this instance has repaired (or started with): a take-over happens once per session. */
  private readonly taken = new Set<string>();
  private readonly now: () => number;

  constructor(private readonly deps: CardRepairDeps) {
    this.now = deps.now ?? Date.now;
  }

  /** On start: every open session with recorded cards, and those closed within the window. */
  async repairAll(): Promise<CardRepairReport> {
    const report: CardRepairReport = { sessions: 0, openSessions: [], cards: 0, updated: 0, failed: 0 };
    for (const [sessionId, keys] of await this.recordedCardsBySession()) {
      this.taken.add(sessionId);
      const { state } = await this.deps.service.load(sessionId);
      if (!this.inWindow(state)) continue;
      const repaired = await this.repairSession(sessionId, keys);
      report.sessions++;
      if (state.phase !== 'closed') report.openSessions.push(sessionId);
      report.cards += repaired.cards;
      report.updated += repaired.updated;
      report.failed += repaired.failed;
      await new Promise((resolve) => setImmediate(resolve)); // let requests in between sessions
    }
    return report;
  }

  /** Before this instance first updates a session's cards (several instances): repair them once. */
  async takeOver(sessionId: string): Promise<void> {
    if (this.taken.has(sessionId)) return;
    this.taken.add(sessionId);
    await this.repairSession(sessionId);
  }

  /** Updates each recorded card of the session that shows less than the record; resolves once they are delivered. */
  async repairSession(sessionId: string, keys?: string[]): Promise<Omit<CardRepairReport, 'sessions' | 'openSessions'>> {
    const expected = await this.expectedCards(sessionId, keys);
    let updated = 0;
    let failed = 0;
    await Promise.all(expected.map(async ({ record, activity, version }) => {
      if (!activity || !record.target) return;
      if (this.deps.leads && !(await this.deps.leads(record.target.conversationId))) return; // another instance writes them
      if (record.version !== null && record.version >= version) return;
      if (record.digest === cardDigest(activity)) return;
      try {
        await this.deps.outbox.upsert(record.target, record.key, activity, version);
        updated++;
      } catch {
        failed++; // the outbox logged it
      }
    }));
    return { cards: expected.length, updated, failed };
  }

  /** The session's recorded cards and what each should show now (also what the fault suite checks the chat against). */
  async expectedCards(sessionId: string, keys?: string[]): Promise<ExpectedCard[]> {
    const cardKeys = (keys ?? (await this.deps.cards.keys(`${sessionId}:`))).filter((key) => cardOfKey(sessionId, key));
    if (cardKeys.length === 0) return [];
    const snapshot = await this.deps.service.load(sessionId);
    const view = this.deps.service.viewOf(sessionStream(sessionId), snapshot);
    const meeting = snapshot.state.header.meeting;
    const binding = meeting ? await this.deps.bindings.bindingOf(meeting.meetingId, sessionId) : null;
    const lang = languageOf(binding?.language);
    const expected: ExpectedCard[] = [];
    for (const key of cardKeys) {
      const record = await this.deps.cards.record(key);
      if (!record) continue;
      const card = view && record.target ? await this.deps.publisher.sharedCard(record.target.conversationId, view, snapshot.state, cardOfKey(sessionId, key)!, lang) : null;
      expected.push({ record, activity: card ? cardActivity(card) : null, version: snapshot.version });
    }
    return expected;
  }

  private inWindow(state: SessionState): boolean {
    if (!state.exists) return false;
    if (state.phase !== 'closed') return true;
    return state.closedAt !== null && this.now() - Date.parse(state.closedAt) <= this.deps.recentMs;
  }

  /** Every recorded card key, by the session it belongs to (one listing of the store). */
  private async recordedCardsBySession(): Promise<Map<string, string[]>> {
    const sessions = new Set((await this.deps.service.store.streams(SESSION_STREAM_PREFIX)).map((s) => s.slice(SESSION_STREAM_PREFIX.length)));
    const bySession = new Map<string, string[]>();
    for (const key of await this.deps.cards.keys('')) {
      // a session id may contain ':', so try each prefix of the key that names a known session
      for (let i = key.indexOf(':'); i > 0; i = key.indexOf(':', i + 1)) {
        const sessionId = key.slice(0, i);
        if (sessions.has(sessionId) && cardOfKey(sessionId, key)) {
          bySession.set(sessionId, [...(bySession.get(sessionId) ?? []), key]);
          break;
        }
      }
    }
    return bySession;
  }
}
