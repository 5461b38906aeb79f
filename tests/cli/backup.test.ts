/**
 * `sesiona backup` while a session writes, and `sesiona restore`: the backup is one consistent prefix of the record
 * (every append acknowledged before it started, no transaction split), and restore never overwrites a running store,
 * nor one with events without --force.
 */
import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '../../src/store/sqlite-event-store';
import { runCli } from '../support/run-cli';

const BATCH = 3;

/** Appends batches of BATCH events to a few session streams until stopped; counts what was acknowledged. */
function startWriter(store: SqliteEventStore) {
  let acknowledged = 0;
  let running = true;
  const versions = new Map<string, number>();
  const done = (async () => {
    while (running) {
      const stream = `session-s${acknowledged % 5}`;
      const version = versions.get(stream) ?? 0;
      const events = Array.from({ length: BATCH }, (_, i) => ({ type: 'Noted', data: { n: version + i + 1, text: 'x'.repeat(200) } }));
      const result = await store.append(stream, version, events);
      if (!result.ok) throw new Error('conflict');
      versions.set(stream, result.version);
      acknowledged += BATCH;
      await new Promise((r) => setImmediate(r));
    }
  })();
  return { acknowledged: () => acknowledged, stop: async () => { running = false; await done; } };
}

function eventsIn(file: string): { stream: string; version: number; n: number }[] {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT stream, version, data FROM events ORDER BY position').all() as { stream: string; version: number; data: string }[])
      .map((r) => ({ stream: r.stream, version: r.version, n: (JSON.parse(r.data) as { n: number }).n }));
  } finally {
    db.close();
  }
}

describe('sesiona backup and restore', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sesiona-backup-'));
  const data = join(dir, 'data');
  const store = join(data, 'sesiona.sqlite');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('given a session appending events, when sesiona backup runs, then the copy holds a consistent prefix: every acknowledged append before it started, no batch split', async () => {
    const server = new SqliteEventStore(store);
    // a store of a few megabytes, so the copy takes a while
    for (let s = 0; s < 40; s++) await server.append(`session-old${s}`, 0, Array.from({ length: 500 }, (_, i) => ({ type: 'Noted', data: { n: i + 1, text: 'y'.repeat(200) } })));
    const writer = startWriter(server);
    await new Promise((r) => setTimeout(r, 50));
    const before = 40 * 500 + writer.acknowledged();
    const result = await runCli(['backup', join(dir, 'copia.sqlite'), '--data-dir', data]);
    const after = 40 * 500 + writer.acknowledged();
    await writer.stop();
    await server.close();

    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(after).toBeGreaterThan(before); // the session went on writing while the copy was made
    const copied = eventsIn(join(dir, 'copia.sqlite'));
    expect(result.stdout).toBe(`Copia de seguridad escrita en ${join(dir, 'copia.sqlite')}, desde el almacén ${store} (SESIONA_DATA_DIR / --data-dir): ${copied.length} eventos, 45 sesiones.\n`);
    expect(copied.length).toBeGreaterThanOrEqual(before);
    expect(copied.length).toBeLessThanOrEqual(after);
    const byStream = new Map<string, number[]>();
    for (const e of copied) byStream.set(e.stream, [...(byStream.get(e.stream) ?? []), e.version]);
    for (const [stream, versions] of byStream) {
      expect(versions).toEqual(versions.map((_, i) => i + 1)); // no gap: a prefix of each stream
      if (stream.startsWith('session-s')) expect(versions.length % BATCH).toBe(0); // no append split
    }
    expect(copied.every((e) => e.n === e.version)).toBe(true);
    expect(readdirSync(dir).filter((f) => f.includes('partial'))).toEqual([]);
  });

  it('given the backup file exists, then it is not overwritten without --force', async () => {
    const result = await runCli(['backup', join(dir, 'copia.sqlite'), '--data-dir', data, '--lang', 'en']);
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(result.stderr).toMatch(/^sesiona backup: .*copia\.sqlite already exists; choose another name or use --force to replace it\.\n$/);
    expect(await runCli(['backup', join(dir, 'copia.sqlite'), '--data-dir', data, '--force'])).toMatchObject({ code: 0 });
  });

  it('given no store in the folder, then backup names the store and --data-dir', async () => {
    const result = await runCli(['backup', join(dir, 'x.sqlite'), '--data-dir', join(dir, 'nowhere')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^sesiona backup: no existe el almacén .*nowhere\/sesiona\.sqlite \(SESIONA_DATA_DIR \/ --data-dir\); indica la carpeta del almacén con --data-dir CARPETA\.\n$/);
    expect(existsSync(join(dir, 'nowhere'))).toBe(false);
  });

  it('given DATABASE_URL, then backup and restore say to use pg_dump and pg_restore', async () => {
    const env = { DATABASE_URL: 'postgres://sesiona@db.example.org:5432/sesiona' };
    expect((await runCli(['backup', 'x.dump'], env)).stderr).toMatch(/el almacén PostgreSQL db\.example\.org:5432 \(DATABASE_URL\) es PostgreSQL; usa pg_dump --format=custom/);
    expect((await runCli(['restore', 'x.dump', '--lang', 'en'], env)).stderr).toMatch(/is PostgreSQL; use pg_restore --clean --dbname="\$DATABASE_URL" sesiona\.dump \(docs\/DEPLOYMENT\.md\)/);
  });

  it('given a fresh folder, when the backup is restored there, then the store holds exactly the copy', async () => {
    const fresh = join(dir, 'fresh');
    const result = await runCli(['restore', join(dir, 'copia.sqlite'), '--data-dir', fresh]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^Restaurado .*copia\.sqlite en el almacén .*fresh\/sesiona\.sqlite .*: \d+ eventos, 45 sesiones\.\n$/);
    expect(eventsIn(join(fresh, 'sesiona.sqlite'))).toEqual(eventsIn(join(dir, 'copia.sqlite')));
  });

  it('given a store with events, then restore refuses without --force and, with it, keeps the replaced store beside', async () => {
    const target = join(dir, 'busy');
    const existing = new SqliteEventStore(join(target, 'sesiona.sqlite'));
    await existing.append('session-today', 0, [{ type: 'Noted', data: { n: 1 } }]);
    await existing.close();
    const refused = await runCli(['restore', join(dir, 'copia.sqlite'), '--data-dir', target]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^sesiona restore: El almacén .*busy\/sesiona\.sqlite ya tiene 1 evento\. Para reemplazarlo usa --force \(se conserva como .*\.replaced-FECHA\); para restaurar en otro lugar usa --data-dir CARPETA \(SESIONA_DATA_DIR\)\.\n$/);
    expect(eventsIn(join(target, 'sesiona.sqlite'))).toHaveLength(1);

    const forced = await runCli(['restore', join(dir, 'copia.sqlite'), '--data-dir', target, '--force', '--lang', 'en']);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toMatch(/The previous store was kept as .*busy\/sesiona\.sqlite\.replaced-\d{4}-/);
    const kept = readdirSync(target).find((f) => f.startsWith('sesiona.sqlite.replaced-'))!;
    expect(eventsIn(join(target, kept))).toEqual([{ stream: 'session-today', version: 1, n: 1 }]);
    expect(eventsIn(join(target, 'sesiona.sqlite'))).toEqual(eventsIn(join(dir, 'copia.sqlite')));
  });

  it('given a running Sesiona has the store open, then restore refuses even with --force, and the store is untouched', async () => {
    const running = new SqliteEventStore(store);
    try {
      const result = await runCli(['restore', join(dir, 'copia.sqlite'), '--data-dir', data, '--force', '--lang', 'en']);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/The store .*data\/sesiona\.sqlite is open in a running Sesiona: stop it first \(e\.g\. systemctl stop sesiona\) and restore again\./);
      expect(await running.append('session-after', 0, [{ type: 'Noted', data: { n: 1 } }])).toMatchObject({ ok: true });
    } finally {
      await running.close();
    }
  });

  it('given a file that is not a Sesiona store, then restore names it and changes nothing', async () => {
    writeFileSync(join(dir, 'notas.txt'), 'no soy una base de datos');
    const result = await runCli(['restore', join(dir, 'notas.txt'), '--data-dir', join(dir, 'other')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/notas\.txt no es una base SQLite legible/);
    expect(existsSync(join(dir, 'other', 'sesiona.sqlite'))).toBe(false);
  });
});
