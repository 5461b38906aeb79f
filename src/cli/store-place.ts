/**
 * The store a command reads or writes, as its messages name it: which store, and the setting and flag that choose
 * another ("el almacén ./data/sesiona.sqlite (SESIONA_DATA_DIR / --data-dir)").
 */
import { type Config, loadConfig } from '../config';
import { countOf } from '../i18n/count';
import { sqliteFileOf } from '../store/open-store';
import type { Lang } from './help';
import { withDataDir } from './cli-args';

export function storeName(config: Pick<Config, 'databaseUrl' | 'dataDir'>, lang: Lang): string {
  if (config.databaseUrl) {
    const host = new URL(config.databaseUrl).host;
    return lang === 'es' ? `el almacén PostgreSQL ${host} (DATABASE_URL)` : `the PostgreSQL store ${host} (DATABASE_URL)`;
  }
  return lang === 'es'
    ? `el almacén ${sqliteFileOf(config.dataDir)} (SESIONA_DATA_DIR / --data-dir)`
    : `the store ${sqliteFileOf(config.dataDir)} (SESIONA_DATA_DIR / --data-dir)`;
}

/** The configuration with `--data-dir` applied, or the configuration's problems printed (null). */
export function commandConfig(args: string[], lang: Lang): Config | null {
  const loaded = loadConfig(withDataDir(args));
  if (loaded.ok) return loaded.config;
  const intro = lang === 'es'
    ? `sesiona: la configuración tiene ${countOf(loaded.errors.length, 'problema', 'problemas')} (docs/DEPLOYMENT.md):`
    : `sesiona: the configuration has ${countOf(loaded.errors.length, 'problem', 'problems')} (docs/DEPLOYMENT.md):`;
  console.error(`${intro}\n${loaded.errors.map((e) => `  - ${e}`).join('\n')}`);
  return null;
}
