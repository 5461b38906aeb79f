import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

function start(env: Record<string, string>): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  let out = '';
  const child = spawn(process.execPath, [join(root, 'bin', 'sesiona.js'), 'serve'], { env: { ...process.env, ...env }, cwd: root });
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

async function waitFor(pattern: RegExp, output: () => string, ms = 20_000): Promise<RegExpMatchArray> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) {
    const m = output().match(pattern);
    if (m) return m;
  }
  throw new Error(`timed out waiting for ${pattern}; output so far:\n${output()}`);
}

describe('sesiona serve (what npm start runs)', () => {
  it('given the defaults and a data folder, when it starts, then /healthz answers and the SQLite file is created; SIGTERM stops it cleanly', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sesiona-serve-'));
    const server = start({ PORT: '0', HOST: '127.0.0.1', SESIONA_DATA_DIR: dataDir, DATABASE_URL: '', MicrosoftAppId: '' });
    try {
      const [, url] = await waitFor(/listening on (http:\/\/127\.0\.0\.1:\d+)/, server.output);
      const res = await fetch(`${url}/healthz`);
      expect(await res.json()).toEqual({ status: 'ok' });
      expect(server.output()).toMatch(/store: SQLite/);
      expect(existsSync(join(dataDir, 'sesiona.sqlite'))).toBe(true);
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
    } finally {
      server.child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('given a wrong configuration, when it starts, then it exits 1 naming each problem', async () => {
    const server = start({ PORT: 'abc', MicrosoftAppId: 'not-a-guid', MicrosoftAppPassword: 'secret', MicrosoftAppTenantId: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee', SESIONA_PUBLIC_READ: 'on' });
    expect(await server.exited).toBe(1);
    expect(server.output()).toMatch(/2 problem\(s\)/);
    expect(server.output()).toMatch(/PORT="abc"/);
    expect(server.output()).toMatch(/MicrosoftAppId="not-a-guid" is not a GUID/);
  });

  it('given a bot Teams reaches (MicrosoftAppId) and no sign-in for reading, when it starts, then it refuses to, saying what anyone could read', async () => {
    const server = start({ PORT: '0', HOST: '127.0.0.1', MicrosoftAppId: '11111111-2222-3333-4444-555555555555', MicrosoftAppPassword: 'secret', SESIONA_SSO_AUDIENCE: '', SESIONA_PUBLIC_READ: '' });
    expect(await server.exited).toBe(1);
    expect(server.output()).toMatch(/MicrosoftAppId is set but SESIONA_SSO_AUDIENCE is not: this server would show every session/);
    expect(server.output()).not.toMatch(/listening on/);
  });

  it('given that bot with SESIONA_PUBLIC_READ=on, when it starts, then it serves and says on start that sessions are open to anyone', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sesiona-serve-'));
    const server = start({ PORT: '0', HOST: '127.0.0.1', SESIONA_DATA_DIR: dataDir, DATABASE_URL: '', MicrosoftAppId: '11111111-2222-3333-4444-555555555555', MicrosoftAppPassword: 'secret', MicrosoftAppTenantId: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee', SESIONA_SSO_AUDIENCE: '', SESIONA_PUBLIC_READ: 'on' });
    try {
      await waitFor(/listening on/, server.output);
      expect(server.output()).toMatch(/WARNING: SESIONA_PUBLIC_READ=on: every session, its live stream and its minutes are served to anyone who reaches this server, without signing in/);
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
    } finally {
      server.child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('given HOST=0.0.0.0 and SESIONA_PUBLIC_HOST, when it starts, then the log says it listens on every interface and gives the public side panel address', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sesiona-serve-'));
    const server = start({ PORT: '0', HOST: '0.0.0.0', SESIONA_DATA_DIR: dataDir, DATABASE_URL: '', MicrosoftAppId: '', SESIONA_PUBLIC_HOST: 'sesiona.example.org' });
    try {
      const [, port] = await waitFor(/listening on http:\/\/0\.0\.0\.0:(\d+), every interface \(from this machine: http:\/\/127\.0\.0\.1:\d+/, server.output);
      expect(server.output()).toMatch(/side panel: https:\/\/sesiona\.example\.org\/tab\//);
      expect(server.output()).not.toMatch(/side panel: http:\/\/127/);
      expect((await fetch(`http://127.0.0.1:${port}/metrics`)).status).toBe(200);
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
    } finally {
      server.child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('given the output is not a terminal, then every line of the log is a JSON object, and no deprecation warning is printed', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sesiona-serve-'));
    const server = start({ PORT: '0', HOST: '127.0.0.1', SESIONA_DATA_DIR: dataDir, DATABASE_URL: '', MicrosoftAppId: '' });
    try {
      await waitFor(/card repair:/, server.output);
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
      const lines = server.output().trim().split('\n');
      for (const line of lines) expect(JSON.parse(line)).toMatchObject({ level: expect.any(String), time: expect.any(String), msg: expect.any(String) });
      expect(server.output()).not.toMatch(/DeprecationWarning|DEP0\d+/);
    } finally {
      server.child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('given an unknown subcommand, then it exits 1 with the usage', async () => {
    const child = spawn(process.execPath, [join(root, 'bin', 'sesiona.js'), 'frobnicate'], { cwd: root });
    let out = '';
    child.stderr.on('data', (d) => (out += d));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(out).toMatch(/no existe la orden «frobnicate»/);
  });
});
