/**
 * `sesiona minutes SESSION [--format md|docx] [--out FILE] [--lang es|en]`: the draft minutes of a closed session,
 * from the configured store.
 */
import { writeFileSync } from 'node:fs';
import { annexOf } from '../app/attendance-annex';
import { SessionService } from '../app/session-service';
import { loadConfig } from '../config';
import { parseSessionId } from '../domain';
import { buildMinutes } from '../minutes/minutes';
import { minutesToDocx } from '../minutes/render-docx';
import { minutesToMarkdown } from '../minutes/render-markdown';
import { LiveBus } from '../store/live-bus';
import { openStore } from '../store/open-store';
import { langOption, option, wantsHelp } from './cli-args';
import type { Subcommand } from './main';

const USAGE = `Usage: sesiona minutes SESSION [--format md|docx] [--out FILE] [--lang es|en]

Writes the draft minutes (minuta) of a closed session. Without --out, Markdown goes to the terminal.`;

export const minutesCommand: Subcommand = {
  summary: 'write the draft minutes of a closed session (Markdown or Word)',
  async run(args) {
    if (wantsHelp(args)) {
      console.log(USAGE);
      return 0;
    }
    const lang = langOption(args);
    const format = option(args, '--format') ?? (option(args, '--out')?.endsWith('.docx') ? 'docx' : 'md');
    const out = option(args, '--out');
    const raw = args.find((a, i) => !a.startsWith('--') && !['--format', '--out', '--lang'].includes(args[i - 1] ?? ''));
    const es = lang === 'es';
    if (!raw) {
      console.error(`${es ? 'sesiona minutes: falta el identificador de la sesión.' : 'sesiona minutes: the session id is missing.'}\n\n${USAGE}`);
      return 1;
    }
    if (format !== 'md' && format !== 'docx') {
      console.error(es ? `--format debe ser md o docx, no «${format}».` : `--format must be md or docx, not "${format}".`);
      return 1;
    }
    if (format === 'docx' && !out) {
      console.error(es ? 'Para --format docx indica el archivo con --out minuta.docx.' : 'For --format docx give the file with --out minutes.docx.');
      return 1;
    }
    const id = parseSessionId(raw);
    if (!id) {
      console.error(es ? `«${raw}» no es un identificador de sesión válido.` : `"${raw}" is not a valid session id.`);
      return 1;
    }
    const loaded = loadConfig(process.env);
    if (!loaded.ok) {
      console.error(loaded.errors.join('\n'));
      return 1;
    }
    const { store } = await openStore(loaded.config);
    try {
      const { state } = await new SessionService(store, new LiveBus()).load(id);
      if (!state.exists) {
        console.error(es ? `No existe la sesión «${id}» en este almacén. Revisa el identificador (aparece en el enlace del panel).` : `There is no session "${id}" in this store. Check the id (it is in the side panel link).`);
        return 1;
      }
      if (state.phase !== 'closed') {
        console.error(es ? `La sesión «${id}» no está clausurada; la minuta se genera al clausurarla («@Sesiona clausura»).` : `Session "${id}" is not closed; the minutes are drawn up once it is closed ("@Sesiona close session").`);
        return 1;
      }
      const minutes = buildMinutes(state, lang, await annexOf(store, id));
      const body = format === 'md' ? minutesToMarkdown(minutes) : await minutesToDocx(minutes);
      if (out) {
        writeFileSync(out, body);
        console.log(es ? `Minuta escrita en ${out}` : `Minutes written to ${out}`);
      } else process.stdout.write(body as string);
      return 0;
    } finally {
      await store.close();
    }
  },
};
