/**
 * `sesiona playground` (npm run playground): Sesiona and Microsoft's Microsoft 365 Agents Playground side by side,
 * so a person can chat with the bot and click its cards without a Teams tenant. The playground's users and group chat
 * come from .m365agentsplayground.yml (a technical secretary and the commission). The playground has no meetings:
 * the session is bound to the group chat, and meeting events, in-meeting notifications and the side panel in a
 * meeting are not available there (the side panel still opens in a browser at the printed address).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadConfig } from '../config';
import { REPO_ROOT } from '../ops/paths';
import { startSesiona } from '../http/start-sesiona';
import { langOption, option } from './cli-args';
import type { Subcommand } from './main';

export const PLAYGROUND_CONFIG = resolve(REPO_ROOT, '.m365agentsplayground.yml');


/** The Entra object id of the playground's current user (the technical secretary in .m365agentsplayground.yml). */
export function playgroundUserOf(yml: string): string {
  return /^currentUser:[\s\S]*?^\s+aadObjectId:\s*(\S+)/m.exec(yml)?.[1] ?? '';
}

function playgroundCli(): string | null {
  try {
    return require.resolve('@microsoft/m365agentsplayground/cli.js');
  } catch {
    return null;
  }
}

export const playgroundCommand: Subcommand = {
  async run(args) {
    const lang = langOption(args);
    const es = lang === 'es';
    const cli = playgroundCli();
    if (!cli) {
      console.error(es
        ? 'No está instalado @microsoft/m365agentsplayground (es una dependencia de desarrollo): ejecuta «npm install» en el repositorio, sin --omit=dev.'
        : '@microsoft/m365agentsplayground is not installed (it is a development dependency): run "npm install" in the repository, without --omit=dev.');
      return 1;
    }
    if (!existsSync(PLAYGROUND_CONFIG)) {
      console.error(es ? `Falta ${PLAYGROUND_CONFIG}, la configuración de usuarios del Playground.` : `${PLAYGROUND_CONFIG} is missing: the playground's users.`);
      return 1;
    }
    const portText = option(args, '--playground-port') ?? '56150';
    if (!/^\d{1,5}$/.test(portText)) {
      console.error(es ? `--playground-port debe ser un número de puerto, no «${portText}».` : `--playground-port must be a port number, not "${portText}".`);
      return 1;
    }
    // the playground sends every activity with locale en-US, whatever the person's language: Sesiona answers in --lang.
    // It has no meetings, so nobody is an organizer: the playground's own user (the secretary) may start sessions.
    const loaded = loadConfig({
      ...process.env,
      SESIONA_LANGUAGE: process.env.SESIONA_LANGUAGE || lang,
      SESIONA_SESSION_STARTERS: process.env.SESIONA_SESSION_STARTERS || playgroundUserOf(readFileSync(PLAYGROUND_CONFIG, 'utf8')),
    });
    if (!loaded.ok) {
      console.error(`sesiona: ${loaded.errors.join('\n')}`);
      return 1;
    }
    if (loaded.config.bot) {
      console.error(es
        ? 'El Playground habla con bots sin credenciales: quita MicrosoftAppId (y MicrosoftAppPassword) del entorno para usarlo.'
        : 'The playground talks to bots without credentials: unset MicrosoftAppId (and MicrosoftAppPassword) to use it.');
      return 1;
    }
    const running = await startSesiona(loaded.config);
    const child: ChildProcess = spawn(process.execPath, [cli, 'start', '-e', `${running.url}/api/messages`, '-c', 'msteams', '-p', portText, '--disable-telemetry'], {
      cwd: loaded.config.dataDir && existsSync(loaded.config.dataDir) ? loaded.config.dataDir : process.cwd(),
      env: {
        ...process.env,
        M365_AGENTS_PLAYGROUND_CONFIG_PATH: PLAYGROUND_CONFIG,
        M365_AGENTS_PLAYGROUND_LOGFILE: join(resolve(loaded.config.dataDir), 'playground.log'),
        ...(args.includes('--no-browser') ? { TEAMSAPPTESTER_BROWSER: 'none' } : {}),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const relay = (chunk: Buffer) => {
      for (const line of chunk.toString().split(/\r?\n/)) if (line.trim()) console.log(`[playground] ${line}`);
    };
    child.stdout!.on('data', relay);
    child.stderr!.on('data', relay);
    console.log(es
      ? `[sesiona] Playground: http://localhost:${portText} — conversa como la Secretaría Técnica en «Sesión de la Comisión (Playground)»; cambia de usuario para pasar lista y votar.`
      : `[sesiona] Playground: http://localhost:${portText} — chat as the technical secretary in "Sesión de la Comisión (Playground)"; switch user to answer the roll call and vote.`);
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    const stopped = await Promise.race([
      exited.then((code) => ({ by: 'playground' as const, code })),
      new Promise<{ by: 'signal' }>((done) => {
        process.once('SIGINT', () => done({ by: 'signal' }));
        process.once('SIGTERM', () => done({ by: 'signal' }));
      }),
    ]);
    if (stopped.by === 'signal') {
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000).unref())]);
    }
    await running.stop();
    if (stopped.by === 'playground' && stopped.code !== 0) {
      console.error(es ? `El Playground terminó con código ${stopped.code}; revisa las líneas [playground] de arriba.` : `The playground exited with code ${stopped.code}; see the [playground] lines above.`);
      return 1;
    }
    return 0;
  },
};
