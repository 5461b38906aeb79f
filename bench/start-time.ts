/**
 * How long Sesiona takes to start, from the build `npm start` runs (dist/, `npm run bench` builds it first):
 * - `sesiona serve` until /healthz answers, against a bare botbuilder + restify bot (CloudAdapter, an ActivityHandler,
 *   /api/messages and /healthz) started the same way (issue 17: under 1 s);
 * - `sesiona agenda parse` of the example agenda (tests/fixtures/agendas) until it exits, against `node -e ''`, the
 *   floor of any Node command (issue 17: under 0.5 s).
 * Each is started RUNS times in turn, on this machine, in this run; the medians and the ratios are printed.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { percentile } from './percentile';

const ROOT = join(__dirname, '..');
const SESIONA = join(ROOT, 'bin', 'sesiona.js');
const AGENDA = join(ROOT, 'tests', 'fixtures', 'agendas', 'cpvoe-6a-ordinaria-2024.txt');
const RUNS = 7;

/** The framework's floor: what any botbuilder bot on restify loads and does before it can answer. */
const BARE_BOT = `
const { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } = require('botbuilder');
const restify = require('restify');
const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const bot = new ActivityHandler();
const server = restify.createServer();
server.use(restify.plugins.bodyParser({ mapParams: false }));
server.post('/api/messages', async (req, res) => { await adapter.process(req, res, (context) => bot.run(context)); });
server.get('/healthz', (req, res, next) => { res.send(200, { status: 'ok' }); next(); });
server.listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => server.close(() => process.exit(0)));
`;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Milliseconds from spawning `args` until GET /healthz answers 200; then stops it. */
async function untilHealthy(args: string[], env: Record<string, string>): Promise<number> {
  const port = await freePort();
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env, PORT: String(port) }, stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  try {
    for (;;) {
      const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false);
      if (ok) return Number(process.hrtime.bigint() - started) / 1e6;
      if (child.exitCode !== null) throw new Error(`${args.join(' ')} exited with ${child.exitCode} before answering /healthz`);
      await new Promise((r) => setTimeout(r, 2));
    }
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

/** Milliseconds from spawning `args` until it exits (0 expected). */
async function untilExit(args: string[]): Promise<number> {
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (code !== 0) throw new Error(`${args.join(' ')} exited with ${code}`);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

async function median(measure: () => Promise<number>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(await measure());
  return percentile(times.sort((a, b) => a - b), 50)!;
}

export interface StartTimes { bareBot: number; serve: number; nodeFloor: number; agendaParse: number }

export async function measureStartTimes(): Promise<StartTimes> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sesiona-start-'));
  try {
    const serveEnv = { HOST: '127.0.0.1', SESIONA_DATA_DIR: dataDir, DATABASE_URL: '', MicrosoftAppId: '', SESIONA_LOG_FORMAT: 'json' };
    return {
      bareBot: await median(() => untilHealthy(['-e', BARE_BOT], {})),
      serve: await median(() => untilHealthy([SESIONA, 'serve'], serveEnv)),
      nodeFloor: await median(() => untilExit(['-e', ''])),
      agendaParse: await median(() => untilExit([SESIONA, 'agenda', 'parse', AGENDA])),
    };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export function printStartTimes(t: StartTimes): void {
  console.log(`\nStart time — Node ${process.version}, the build in dist/, median of ${RUNS} starts each\n`);
  console.log('| command | ms | floor | floor ms | ratio | target |');
  console.log('|---|---:|---|---:|---:|---|');
  console.log(`| sesiona serve → /healthz | ${t.serve.toFixed(0)} | bare botbuilder + restify bot → /healthz | ${t.bareBot.toFixed(0)} | ${(t.serve / t.bareBot).toFixed(2)} | < 1000 ms: ${t.serve < 1000 ? 'met' : 'NOT met'} |`);
  console.log(`| sesiona agenda parse (example agenda) | ${t.agendaParse.toFixed(0)} | node -e '' | ${t.nodeFloor.toFixed(0)} | ${(t.agendaParse / t.nodeFloor).toFixed(2)} | < 500 ms: ${t.agendaParse < 500 ? 'met' : 'NOT met'} |`);
}

if (require.main === module) {
  measureStartTimes().then(printStartTimes, (err) => {
    console.error(err);
    process.exit(1);
  });
}
