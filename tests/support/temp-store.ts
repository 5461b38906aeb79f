/**
 * A real SQLite event store in a fresh temporary folder, for tests. `reopen()` opens the same file again (to prove
 * what survives a restart); `cleanup()` closes it and removes the folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '../../src/store/sqlite-event-store';

export interface TempStore {
  store: SqliteEventStore;
  dir: string;
  file: string;
  reopen(): SqliteEventStore;
  cleanup(): Promise<void>;
}

export function createTempStore(): TempStore {
  const dir = mkdtempSync(join(tmpdir(), 'sesiona-test-'));
  const file = join(dir, 'sesiona.sqlite');
  const opened: SqliteEventStore[] = [];
  const open = () => {
    const store = new SqliteEventStore(file);
    opened.push(store);
    return store;
  };
  return {
    store: open(),
    dir,
    file,
    reopen: open,
    async cleanup() {
      for (const s of opened) await s.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
