/**
 * `sesiona simulate [AGENDA] [--exit] [--pace MS] [--lang es|en] [--port N]`: a complete session without a Teams
 * tenant. Starts Sesiona on a fresh embedded store with a built-in local Bot Connector, plays the session through the
 * real /api/messages, prints the transcript, and leaves the side panel open at a printed address until Ctrl+C.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDocument } from '../agenda-import/read-document';
import { loadConfig } from '../config';
import { REPO_ROOT } from '../ops/paths';
import { playDemoSession } from '../simulate/demo-session';
import { SimulatedMeeting } from '../simulate/simulated-meeting';
import { langOption, option } from './cli-args';
import type { Subcommand } from './main';

export const DEMO_AGENDA = join(REPO_ROOT, 'src', 'simulate', 'demo-agenda.txt');

export const simulateCommand: Subcommand = {
  async run(args) {
    const lang = langOption(args);
    const es = lang === 'es';
    const paceText = option(args, '--pace') ?? '400';
    const paceMs = Number(paceText);
    if (!Number.isFinite(paceMs) || paceMs < 0) {
      console.error(es ? `--pace debe ser un número de milisegundos, no «${paceText}».` : `--pace must be a number of milliseconds, not "${paceText}".`);
      return 1;
    }
    const valued = new Set(['--pace', '--lang', '--port', '--data-dir']);
    const file = args.find((a, i) => !a.startsWith('--') && !valued.has(args[i - 1] ?? '')) ?? DEMO_AGENDA;
    let content: Buffer;
    try {
      content = readFileSync(file);
    } catch {
      console.error(es ? `No se puede leer «${file}». Indica un archivo .txt, .docx o PDF con el orden del día.` : `Cannot read "${file}". Give a .txt, .docx or PDF file with the order of the day.`);
      return 1;
    }
    const read = await readDocument(content, file);
    if (!read.ok) {
      console.error(read.error.message[lang]);
      return 1;
    }
    const loaded = loadConfig({ ...process.env, PORT: option(args, '--port') ?? process.env.PORT ?? '0', HOST: '127.0.0.1' });
    if (!loaded.ok) {
      console.error(loaded.errors.join('\n'));
      return 1;
    }
    const print = (line: string) => console.log(line);
    const meeting = await SimulatedMeeting.start({ config: loaded.config, lang, paceMs, print }, option(args, '--data-dir'));
    try {
      const panel = (id: string | null) => `${meeting.app.url}/tab/?session=${encodeURIComponent(id ?? '')}${es ? '' : '&lang=en'}`;
      print(es
        ? `Sesiona en ${meeting.app.url} (almacén: ${meeting.dataDir}); conector local en ${meeting.connector.url}`
        : `Sesiona at ${meeting.app.url} (store: ${meeting.dataDir}); local connector at ${meeting.connector.url}`);
      let sessionId: string;
      try {
        sessionId = await playDemoSession(meeting, read.text, lang);
      } catch (err) {
        console.error((err as Error).message);
        return 1;
      }
      print('');
      print(es ? `Sesión «${sessionId}» terminada.` : `Session "${sessionId}" finished.`);
      print(es ? `Panel lateral: ${panel(sessionId)}` : `Side panel: ${panel(sessionId)}`);
      print(es ? `Minuta: sesiona minutes ${sessionId} --data-dir ${meeting.dataDir}` : `Minutes: sesiona minutes ${sessionId} --data-dir ${meeting.dataDir} --lang en`);
      if (!args.includes('--exit')) {
        print(es ? 'El panel sigue abierto; Ctrl+C para terminar.' : 'The side panel stays open; Ctrl+C to stop.');
        await new Promise<void>((resolve) => {
          process.once('SIGINT', () => resolve());
          process.once('SIGTERM', () => resolve());
        });
      }
      return 0;
    } finally {
      await meeting.stop();
    }
  },
};
