/**
 * Stopping Sesiona the way a service manager or a person does: SIGTERM or SIGINT to whichever process of the tree
 * they hold (node itself, `npm start`, `npx sesiona serve`) stops it gracefully — the log says it is stopping, the
 * queued messages go out, the store is closed (SQLite leaves no -wal file) — and node exits 0 within seconds.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

interface Started {
  child: ChildProcess;
  dataDir: string;
  entries: () => Record<string, unknown>[];
  exited: Promise<number | null>;
}

/** Starts `command` in the repository with JSON logs on its output and a fresh data folder. */
function start(command: string, args: string[]): Started {
  const dataDir = mkdtempSync(join(tmpdir(), 'sesiona-signals-'));
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', HOST: '127.0.0.1', SESIONA_DATA_DIR: dataDir, DATABASE_URL: '', MicrosoftAppId: '', SESIONA_LOG_FORMAT: 'json' };
  const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const entries = () => out.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);
  return { child, dataDir, entries, exited };
}

async function until<T>(what: string, probe: () => T | undefined, started: Started, ms = 20_000): Promise<T> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) {
    const found = probe();
    if (found !== undefined) return found;
  }
  throw new Error(`timed out waiting for ${what}; log so far:\n${JSON.stringify(started.entries(), null, 1)}`);
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Waits until the server answers; returns node's pid (from its log) and its address. */
async function serving(s: Started): Promise<{ pid: number; url: string }> {
  const listening = await until('the server to listen', () => s.entries().find((e) => /^listening on/.test(String(e.msg))), s);
  const url = /(http:\/\/127\.0\.0\.1:\d+)/.exec(String(listening.msg))![1]!;
  expect(await (await fetch(`${url}/healthz`)).json()).toEqual({ status: 'ok' });
  return { pid: listening.pid as number, url };
}

/** Node stopped gracefully: it said so, it is gone within `ms`, and the store was closed. */
async function stoppedGracefully(s: Started, pid: number, reason: string, ms = 8_000): Promise<void> {
  await until('node to exit', () => (alive(pid) ? undefined : true), s, ms);
  const messages = s.entries().map((e) => `${e.msg}${e.reason ? ` (${e.reason})` : ''}`);
  expect(messages).toContainEqual(expect.stringMatching(new RegExp(`^stopping \\(${reason}\\)`)));
  expect(messages).toContain('stopped');
  expect(existsSync(join(s.dataDir, 'sesiona.sqlite'))).toBe(true);
  expect(existsSync(join(s.dataDir, 'sesiona.sqlite-wal'))).toBe(false);
}

describe('stopping sesiona serve', () => {
  const running: Started[] = [];
  const launch = (command: string, args: string[]) => {
    const s = start(command, args);
    running.push(s);
    return s;
  };
  afterEach(() => {
    for (const s of running.splice(0)) {
      s.child.kill('SIGKILL');
      for (const e of s.entries()) if (typeof e.pid === 'number' && alive(e.pid)) process.kill(e.pid, 'SIGKILL');
      rmSync(s.dataDir, { recursive: true, force: true });
    }
  });

  it('given node itself, when it gets SIGTERM, then it stops gracefully and exits 0', async () => {
    const s = launch(process.execPath, [join(root, 'bin', 'sesiona.js'), 'serve']);
    const { pid } = await serving(s);
    expect(pid).toBe(s.child.pid);
    s.child.kill('SIGTERM');
    expect(await s.exited).toBe(0);
    await stoppedGracefully(s, pid, 'SIGTERM');
  });

  it('given node itself, when it gets SIGINT (Ctrl+C), then it stops gracefully and exits 0', async () => {
    const s = launch(process.execPath, [join(root, 'bin', 'sesiona.js'), 'serve']);
    const { pid } = await serving(s);
    s.child.kill('SIGINT');
    expect(await s.exited).toBe(0);
    await stoppedGracefully(s, pid, 'SIGINT');
  });

  it('given npm start, when npm gets SIGTERM, then npm passes it to node (which npm started directly), node stops gracefully and npm exits 0', async () => {
    const s = launch('npm', ['start', '--silent']);
    const { pid } = await serving(s);
    s.child.kill('SIGTERM');
    expect(await s.exited).toBe(0);
    await stoppedGracefully(s, pid, 'SIGTERM');
  });

  it('given npx sesiona serve, when npx gets SIGTERM, then node, left without its parent, stops gracefully too', async () => {
    const s = launch('npx', ['--no-install', 'sesiona', 'serve']);
    const { pid } = await serving(s);
    s.child.kill('SIGTERM');
    await s.exited;
    await stoppedGracefully(s, pid, 'parent exited');
  });
});
