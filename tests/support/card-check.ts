/**
 * Are the cards in the chat current? For every card recorded in a store, what the local Bot Connector shows now is
 * compared with what the current read model renders (CardRepair.expectedCards: the bot's own rendering). Used by
 * the crash test and `npm run soak`; reads the store while the server runs (SQLite WAL allows it).
 */
import { isDeepStrictEqual } from 'node:util';
import { MeetingBindings } from '../../src/app/meeting-bindings';
import { SESSION_STREAM_PREFIX, SessionService } from '../../src/app/session-service';
import type { LocalBotConnector } from '../../src/local-connector/local-bot-connector';
import { LiveBus } from '../../src/store/live-bus';
import { SqliteEventStore } from '../../src/store/sqlite-event-store';
import { CardRecords } from '../../src/app/card-records';
import { PeopleDirectory } from '../../src/app/meeting-people';
import { CardPublisher } from '../../bot/card-publisher';
import { CardRepair } from '../../bot/card-repair';
import { Outbox } from '../../bot/outbox';

export interface StaleCard {
  key: string;
  activityId: string;
  shows: unknown;
  expected: unknown;
}

export async function checkCards(storeFile: string, connector: LocalBotConnector): Promise<{ checked: number; stale: StaleCard[] }> {
  const store = new SqliteEventStore(storeFile);
  try {
    const service = new SessionService(store, new LiveBus());
    const nothingSent = new Outbox({ deliver: async () => { throw new Error('the check sends nothing'); }, log: () => undefined });
    const publisher = new CardPublisher(service, nothingSent, new PeopleDirectory(store));
    const repair = new CardRepair({ service, bindings: new MeetingBindings(store), cards: new CardRecords(store), publisher, outbox: nothingSent, recentMs: Infinity });
    let checked = 0;
    const stale: StaleCard[] = [];
    for (const stream of await store.streams(SESSION_STREAM_PREFIX)) {
      for (const { record, activity } of await repair.expectedCards(stream.slice(SESSION_STREAM_PREFIX.length))) {
        if (!activity) continue;
        checked++;
        const shows = connector.message(record.activityId)?.attachments?.[0]?.content;
        const expected = JSON.parse(JSON.stringify(activity.attachments?.[0]?.content ?? null)); // as it travels
        if (!isDeepStrictEqual(shows, expected)) stale.push({ key: record.key, activityId: record.activityId, shows, expected });
      }
    }
    return { checked, stale };
  } finally {
    await store.close();
  }
}
