/**
 * The real server (`sesiona serve`) in a child process on a SQLite store in `dataDir`, for tests and the soak that
 * kill it with SIGKILL (`kill -9`) and start it again on the same store.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  output(): string;
  /** Resolves when the output matches (the server logs what it did). */
  waitFor(pattern: RegExp, ms?: number): Promise<RegExpMatchArray>;
  /** `kill -9`: no shutdown, nothing flushed; resolves when the process is gone. */
  kill(): Promise<void>;
  /** SIGTERM: the normal shutdown. */
  stop(): Promise<void>;
}

export async function startServerProcess(dataDir: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  let out = '';
  const child = spawn(process.execPath, [join(root, 'bin', 'sesiona.js'), 'serve'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', SESIONA_DATA_DIR: dataDir, DATABASE_URL: '', MicrosoftAppId: '', SESIONA_GRAPH: '', ...env },
    cwd: root,
  });
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const waitFor = async (pattern: RegExp, ms = 30_000): Promise<RegExpMatchArray> => {
    for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 20))) {
      const m = out.match(pattern);
      if (m) return m;
      if (child.exitCode !== null || child.signalCode !== null) break;
    }
    throw new Error(`the server did not log ${pattern}; output so far:\n${out}`);
  };
  const [, url] = await waitFor(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
  return {
    child,
    url: url!,
    output: () => out,
    waitFor,
    async kill() {
      if (child.exitCode === null && child.signalCode === null) process.kill(child.pid!, 'SIGKILL');
      await exited;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
