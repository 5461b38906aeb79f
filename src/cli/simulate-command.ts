/**
 * `sesiona simulate [AGENDA] [--exit] [--pace MS] [--lang es|en] [--port N]`: a complete session without a Teams
 * tenant. Starts Sesiona on a fresh embedded store with a built-in local Bot Connector, plays the session through the
 * real /api/messages, prints the transcript, and leaves the side panel open at a printed address until Ctrl+C.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDocument } from '../agenda-import/read-document';
import { loadConfig } from '../config';
import { playDemoSession } from '../simulate/demo-session';
import { SimulatedMeeting } from '../simulate/simulated-meeting';
import { langOption, option, wantsHelp } from './cli-args';
import type { Subcommand } from './main';

export const DEMO_AGENDA = join(__dirname, '..', 'simulate', 'demo-agenda.txt');

const USAGE = `Usage: sesiona simulate [AGENDA] [--exit] [--pace MS] [--lang es|en] [--port N]

Plays a complete session of a commission through Sesiona's real bot endpoint, with a local Bot Connector instead of
Teams, and prints what each person does and what Sesiona answers. AGENDA is a .txt, .docx or PDF order of the day
(default: the demo agenda in src/simulate/demo-agenda.txt). The side panel stays open at the printed address
(open it in a browser to watch) until Ctrl+C, unless --exit is given.
  --pace MS   pause between steps (default 400; 0 for as fast as possible)
  --lang      language of the people and the transcript (default es)
  --port N    port of the server (default: PORT, or any free port)
  --data-dir  folder for the embedded store of the demo (default: a new temporary folder; never your ./data)`;

export const simulateCommand: Subcommand = {
  summary: 'play a complete demo session without a Teams tenant and watch it in the side panel',
  async run(args) {
    if (wantsHelp(args)) {
      console.log(USAGE);
      return 0;
    }
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
      print(es ? `Minuta: sesiona minutes ${sessionId} (con SESIONA_DATA_DIR=${meeting.dataDir})` : `Minutes: sesiona minutes ${sessionId} --lang en (with SESIONA_DATA_DIR=${meeting.dataDir})`);
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
