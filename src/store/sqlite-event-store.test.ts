import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { eventStoreContract } from './event-store.contract';
import { SqliteEventStore } from './sqlite-event-store';

const dirs: string[] = [];
let file = '';
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

eventStoreContract('SqliteEventStore', {
  async open() {
    const dir = mkdtempSync(join(tmpdir(), 'sesiona-sqlite-'));
    dirs.push(dir);
    file = join(dir, 'nested', 'events.sqlite');
    return new SqliteEventStore(file);
  },
  async reopen() {
    return new SqliteEventStore(file);
  },
});

describe('SqliteEventStore on disk', () => {
  it('given a new store file, when it opens, then the journal is WAL and writes are synchronous=FULL', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sesiona-sqlite-'));
    dirs.push(dir);
    const store = new SqliteEventStore(join(dir, 'e.sqlite'));
    await store.append('s', 0, [{ type: 'A', data: 1 }]);
    await store.close();
    const db = new Database(join(dir, 'e.sqlite'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });
});
