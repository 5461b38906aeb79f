/**
 * Chooses the store from configuration: PostgreSQL when DATABASE_URL is set, else SQLite under the data folder.
 */
import { join } from 'node:path';
import type { EventStore } from './event-store';
import { PostgresEventStore } from './postgres-event-store';
import { SqliteEventStore } from './sqlite-event-store';

export interface StoreConfig {
  databaseUrl: string | null;
  dataDir: string;
}

/** The embedded store's file in a data folder. */
export const sqliteFileOf = (dataDir: string): string => join(dataDir, 'sesiona.sqlite');

export async function openStore(config: StoreConfig): Promise<{ store: EventStore; description: string }> {
  if (config.databaseUrl) {
    const store = await PostgresEventStore.open(config.databaseUrl);
    return { store, description: `PostgreSQL (${new URL(config.databaseUrl).host})` };
  }
  const file = sqliteFileOf(config.dataDir);
  return { store: new SqliteEventStore(file), description: `SQLite (${file})` };
}
