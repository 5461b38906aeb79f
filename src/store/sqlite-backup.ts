/**
 * Backup and restore of the embedded SQLite store, while Sesiona runs. The backup is SQLite's online backup API
 * (better-sqlite3's `db.backup()`), copied in one step after the first so that it holds one consistent snapshot: every
 * append acknowledged before the copy started, none half-written (WAL lets the server go on appending meanwhile).
 * Restore refuses a store that a running Sesiona has open, and one that holds events unless told to replace it (the
 * replaced file is kept beside it). Expected failures are values that name the file and what to do.
 */
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Bilingual } from '../agenda-import/bilingual';
import { countOf } from '../i18n/count';
import { STREAM_PREFIX } from './streams';

export interface StoreContents {
  events: number;
  sessions: number;
}

export type StoreFileResult = { ok: true; contents: StoreContents } | { ok: false; problem: Bilingual };

/** Pages per backup step after the first: all of them, so the copy is one snapshot even while the server writes. */
const ALL_PAGES = 0x7fffffff;

/** What a store file holds, or why it is not a Sesiona store. */
export function readStoreFile(file: string): StoreFileResult {
  if (!existsSync(file)) return { ok: false, problem: { es: `No existe el archivo ${file}.`, en: `There is no file ${file}.` } };
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') return { ok: false, problem: { es: `${file} está dañado (${String(check)}).`, en: `${file} is damaged (${String(check)}).` } };
    const table = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'events'").get();
    if (!table) return { ok: false, problem: { es: `${file} es una base SQLite, pero no un almacén de Sesiona (no tiene la tabla events).`, en: `${file} is an SQLite database, but not a Sesiona store (it has no events table).` } };
    const row = db.prepare('SELECT COUNT(*) AS events, COUNT(DISTINCT CASE WHEN substr(stream, 1, length(?)) = ? THEN stream END) AS sessions FROM events')
      .get(STREAM_PREFIX.session, STREAM_PREFIX.session) as StoreContents;
    return { ok: true, contents: { events: row.events, sessions: row.sessions } };
  } catch (err) {
    return { ok: false, problem: { es: `${file} no es una base SQLite legible (${(err as Error).message}).`, en: `${file} is not a readable SQLite database (${(err as Error).message}).` } };
  } finally {
    db?.close();
  }
}

/** Copies the store at `source` to `target` (a new file, written beside it and renamed when complete). */
export async function backupStore(source: string, target: string): Promise<StoreFileResult> {
  const from = readStoreFile(source);
  if (!from.ok) return from;
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await db.backup(partial, { progress: () => ALL_PAGES });
  } catch (err) {
    rmSync(partial, { force: true });
    return { ok: false, problem: { es: `No se pudo escribir ${target}: ${(err as Error).message}.`, en: `Could not write ${target}: ${(err as Error).message}.` } };
  } finally {
    db.close();
  }
  // one self-contained file (no -wal beside it), whatever the store's journal mode
  const copy = new Database(partial, { fileMustExist: true });
  copy.pragma('journal_mode = DELETE');
  copy.close();
  const copied = readStoreFile(partial);
  if (!copied.ok) {
    rmSync(partial, { force: true });
    return copied;
  }
  renameSync(partial, target);
  return copied;
}

/**
 * Whether a process has the store open: the last connection to close a WAL database removes its -wal file, so if the
 * file is still there after this process opened and closed the store, another connection (a running Sesiona) has it.
 */
export function storeInUse(file: string): boolean {
  if (!existsSync(file)) return false;
  const db = new Database(file, { fileMustExist: true });
  db.pragma('schema_version'); // a read, so that closing checkpoints and removes the WAL when no one else has it open
  db.close();
  return existsSync(`${file}-wal`);
}

export type RestoreResult =
  | { ok: true; contents: StoreContents; replaced: string | null }
  | { ok: false; problem: Bilingual };

/** Puts the backup `source` in place of the store `target`. `replace`: a store with events may be replaced. */
export async function restoreStore(source: string, target: string, replace: boolean, now: () => Date = () => new Date()): Promise<RestoreResult> {
  const backup = readStoreFile(source);
  if (!backup.ok) return backup;
  const current = existsSync(target) ? readStoreFile(target) : null;
  if (storeInUse(target)) {
    return { ok: false, problem: {
      es: `El almacén ${target} está abierto por un Sesiona en marcha: detenlo primero (por ejemplo systemctl stop sesiona) y vuelve a restaurar.`,
      en: `The store ${target} is open in a running Sesiona: stop it first (e.g. systemctl stop sesiona) and restore again.`,
    } };
  }
  const events = current?.ok ? current.contents.events : current ? null : 0;
  if (events !== 0 && !replace) {
    const holds = events === null ? { es: 'no es un almacén legible', en: 'is not a readable store' } : { es: `ya tiene ${countOf(events, 'evento', 'eventos')}`, en: `already holds ${countOf(events, 'event', 'events')}` };
    return { ok: false, problem: {
      es: `El almacén ${target} ${holds.es}. Para reemplazarlo usa --force (se conserva como ${target}.replaced-FECHA); para restaurar en otro lugar usa --data-dir CARPETA (SESIONA_DATA_DIR).`,
      en: `The store ${target} ${holds.en}. To replace it use --force (it is kept as ${target}.replaced-DATE); to restore elsewhere use --data-dir FOLDER (SESIONA_DATA_DIR).`,
    } };
  }
  mkdirSync(dirname(target), { recursive: true });
  const copied = await backupStore(source, `${target}.restoring`);
  if (!copied.ok) return copied;
  let replaced: string | null = null;
  if (existsSync(target)) {
    replaced = `${target}.replaced-${now().toISOString().replace(/[:.]/g, '-')}`;
    renameSync(target, replaced);
  }
  for (const extra of ['-wal', '-shm']) rmSync(`${target}${extra}`, { force: true });
  renameSync(`${target}.restoring`, target);
  return { ok: true, contents: copied.contents, replaced };
}
