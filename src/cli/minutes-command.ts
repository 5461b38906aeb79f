/**
 * `sesiona minutes SESSION [--format md|docx] [--out FILE] [--data-dir FOLDER] [--lang es|en]`: the draft minutes of a
 * closed session, from the configured store (or the one --data-dir names).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { annexOf } from '../app/attendance-annex';
import { SessionService } from '../app/session-service';
import { parseSessionId } from '../domain';
import { buildMinutes } from '../minutes/minutes';
import { minutesToDocx } from '../minutes/render-docx';
import { minutesToMarkdown } from '../minutes/render-markdown';
import { LiveBus } from '../store/live-bus';
import { openStore, sqliteFileOf } from '../store/open-store';
import { langOption, option, positionals } from './cli-args';
import { commandHelp } from './help';
import type { Subcommand } from './main';
import { commandConfig, storeName } from './store-place';

export const minutesCommand: Subcommand = {
  async run(args) {
    const lang = langOption(args);
    const format = option(args, '--format') ?? (option(args, '--out')?.endsWith('.docx') ? 'docx' : 'md');
    const out = option(args, '--out');
    const raw = positionals(args, ['--format', '--out', '--lang', '--data-dir'])[0];
    const es = lang === 'es';
    if (!raw) {
      console.error(`${es ? 'sesiona minutes: falta el identificador de la sesión.' : 'sesiona minutes: the session id is missing.'}\n\n${commandHelp('minutes', lang)}`);
      return 1;
    }
    if (format !== 'md' && format !== 'docx') {
      console.error(es ? `sesiona minutes: --format debe ser md o docx, no «${format}».` : `sesiona minutes: --format must be md or docx, not "${format}".`);
      return 1;
    }
    if (format === 'docx' && !out) {
      console.error(es ? 'sesiona minutes: para --format docx indica el archivo con --out minuta.docx.' : 'sesiona minutes: for --format docx give the file with --out minutes.docx.');
      return 1;
    }
    const id = parseSessionId(raw);
    if (!id) {
      console.error(es ? `sesiona minutes: «${raw}» no es un identificador de sesión válido (aparece en el enlace del panel lateral: ?session=…).` : `sesiona minutes: "${raw}" is not a valid session id (it is in the side panel link: ?session=…).`);
      return 1;
    }
    const config = commandConfig(args, lang);
    if (!config) return 1;
    const where = storeName(config, lang);
    if (!config.databaseUrl && !existsSync(sqliteFileOf(config.dataDir))) {
      console.error(es
        ? `sesiona minutes: no existe ${where}; indica la carpeta del almacén con --data-dir CARPETA.`
        : `sesiona minutes: ${where} does not exist; give the store's folder with --data-dir FOLDER.`);
      return 1;
    }
    const { store } = await openStore(config);
    try {
      const { state } = await new SessionService(store, new LiveBus()).load(id);
      if (!state.exists) {
        console.error(es
          ? `sesiona minutes: no existe la sesión «${id}» en ${where}. Revisa el identificador (aparece en el enlace del panel lateral) o indica el almacén donde está con --data-dir CARPETA (SESIONA_DATA_DIR) o DATABASE_URL.`
          : `sesiona minutes: there is no session "${id}" in ${where}. Check the id (it is in the side panel link) or point to the store it is in with --data-dir FOLDER (SESIONA_DATA_DIR) or DATABASE_URL.`);
        return 1;
      }
      if (state.phase !== 'closed') {
        console.error(es ? `sesiona minutes: la sesión «${id}» no está clausurada; la minuta se genera al clausurarla («@Sesiona clausura»).` : `sesiona minutes: session "${id}" is not closed; the minutes are drawn up once it is closed ("@Sesiona close session").`);
        return 1;
      }
      const minutes = buildMinutes(state, lang, await annexOf(store, id));
      const body = format === 'md' ? minutesToMarkdown(minutes) : await minutesToDocx(minutes);
      if (out) {
        try {
          writeFileSync(out, body);
        } catch (err) {
          const why = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
          console.error(es ? `sesiona minutes: no se pudo escribir ${out} (${why}); revisa la ruta de --out.` : `sesiona minutes: could not write ${out} (${why}); check the --out path.`);
          return 1;
        }
        console.log(es ? `Minuta escrita en ${out}` : `Minutes written to ${out}`);
      } else process.stdout.write(body as string);
      return 0;
    } finally {
      await store.close();
    }
  },
};
