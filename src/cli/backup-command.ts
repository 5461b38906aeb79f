/**
 * `sesiona backup FILE` and `sesiona restore FILE`: the embedded SQLite store copied while Sesiona runs, and put back
 * with Sesiona stopped (src/store/sqlite-backup.ts). With DATABASE_URL the store is PostgreSQL: pg_dump and
 * pg_restore do this (docs/DEPLOYMENT.md).
 */
import { existsSync } from 'node:fs';
import { countOf } from '../i18n/count';
import { sqliteFileOf } from '../store/open-store';
import { backupStore, restoreStore, type StoreContents } from '../store/sqlite-backup';
import { langOption, positionals } from './cli-args';
import { commandHelp, type Lang } from './help';
import type { Subcommand } from './main';
import { commandConfig, storeName } from './store-place';

const VALUED = ['--data-dir', '--lang'];

const holding = (c: StoreContents, lang: Lang) => lang === 'es'
  ? `${countOf(c.events, 'evento', 'eventos')}, ${countOf(c.sessions, 'sesión', 'sesiones')}`
  : `${countOf(c.events, 'event', 'events')}, ${countOf(c.sessions, 'session', 'sessions')}`;

/** The file argument and the SQLite store, or the message that says what is missing (printed; null). */
function prepare(command: 'backup' | 'restore', args: string[], lang: Lang): { file: string; store: string; name: string } | null {
  const es = lang === 'es';
  const [file, extra] = positionals(args, VALUED);
  if (!file || extra) {
    console.error(`${es ? `sesiona ${command}: ${file ? `sobra «${extra}»` : 'falta el archivo de la copia'}.` : `sesiona ${command}: ${file ? `unexpected "${extra}"` : 'the backup file is missing'}.`}\n\n${commandHelp(command, lang)}`);
    return null;
  }
  const config = commandConfig(args, lang);
  if (!config) return null;
  const name = storeName(config, lang);
  if (config.databaseUrl) {
    console.error(es
      ? `sesiona ${command}: ${name} es PostgreSQL; usa ${command === 'backup' ? 'pg_dump --format=custom --file=sesiona.dump "$DATABASE_URL"' : 'pg_restore --clean --dbname="$DATABASE_URL" sesiona.dump'} (docs/DEPLOYMENT.md). Para el almacén SQLite quita DATABASE_URL.`
      : `sesiona ${command}: ${name} is PostgreSQL; use ${command === 'backup' ? 'pg_dump --format=custom --file=sesiona.dump "$DATABASE_URL"' : 'pg_restore --clean --dbname="$DATABASE_URL" sesiona.dump'} (docs/DEPLOYMENT.md). For the SQLite store unset DATABASE_URL.`);
    return null;
  }
  return { file, store: sqliteFileOf(config.dataDir), name };
}

export const backupCommand: Subcommand = {
  async run(args) {
    const lang = langOption(args);
    const es = lang === 'es';
    const place = prepare('backup', args, lang);
    if (!place) return 1;
    if (!existsSync(place.store)) {
      console.error(es ? `sesiona backup: no existe ${place.name}; indica la carpeta del almacén con --data-dir CARPETA.` : `sesiona backup: ${place.name} does not exist; give the store's folder with --data-dir FOLDER.`);
      return 1;
    }
    if (existsSync(place.file) && !args.includes('--force')) {
      console.error(es ? `sesiona backup: ${place.file} ya existe; elige otro nombre o usa --force para reemplazarlo.` : `sesiona backup: ${place.file} already exists; choose another name or use --force to replace it.`);
      return 1;
    }
    const result = await backupStore(place.store, place.file);
    if (!result.ok) {
      console.error(`sesiona backup: ${result.problem[lang]}`);
      return 1;
    }
    console.log(es
      ? `Copia de seguridad escrita en ${place.file}, desde ${place.name}: ${holding(result.contents, lang)}.`
      : `Backup written to ${place.file}, from ${place.name}: ${holding(result.contents, lang)}.`);
    return 0;
  },
};

export const restoreCommand: Subcommand = {
  async run(args) {
    const lang = langOption(args);
    const es = lang === 'es';
    const place = prepare('restore', args, lang);
    if (!place) return 1;
    const result = await restoreStore(place.file, place.store, args.includes('--force'));
    if (!result.ok) {
      console.error(`sesiona restore: ${result.problem[lang]}`);
      return 1;
    }
    const kept = result.replaced ? (es ? ` El almacén anterior quedó en ${result.replaced}.` : ` The previous store was kept as ${result.replaced}.`) : '';
    console.log(es
      ? `Restaurado ${place.file} en ${place.name}: ${holding(result.contents, lang)}.${kept}`
      : `Restored ${place.file} into ${place.name}: ${holding(result.contents, lang)}.${kept}`);
    return 0;
  },
};
