/**
 * `npm run bench`: the vote path of Sesiona (an `adaptiveCard/action` ballot invoke through /api/messages, decided,
 * persisted in the SQLite store, answered with the voter's card, the shared card queued for update) against a bare
 * botbuilder bot that answers the same invoke with a fixed card (the framework's floor). Same machine, same run,
 * same local Bot Connector, concurrency 1 and 32. Prints ballots per second, p50/p99 latency and the ratio.
 * Then the latency of a typed command's answer while sixty voters vote, against an idle session (reply-latency.ts).
 * Then `sesiona agenda parse` on a 20-page PDF against `node -e ''` (agenda-parse.ts).
 * Then the start of `sesiona serve` and of `sesiona agenda parse` from the build, against their floors (start-time.ts).
 */
import { ActivityHandler, type AdaptiveCardInvokeResponse, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import restify from 'restify';
import { zipBombDocx } from '../tests/support/hostile-documents';
import { peakRssGrowth } from '../tests/support/peak-rss';
import { createTempStore } from '../tests/support/temp-store';
import { importAgenda } from '../src/agenda-import';
import { loadConfig } from '../src/config';
import { asAadObjectId, asItemNumber, asSessionId, asVoteId, type SessionCommand } from '../src/domain';
import { startSesiona } from '../src/http/start-sesiona';
import { LocalBotConnector } from '../src/local-connector/local-bot-connector';
import { cardAction, type MeetingChat, type TeamsPerson } from '../src/local-connector/teams-activities';
import { measureAgendaParse, printAgendaParse } from './agenda-parse';
import { approveAgenda } from './approve-agenda';
import { measureStartTimes, printStartTimes } from './start-time';
import { percentile } from './percentile';
import { measureReplyLatency, printReplyLatency } from './reply-latency';

/** Teams shows user-specific card views to at most 60 people: the largest body Sesiona serves by card. */
const VOTERS = 60;
const ITEMS = 100; // 200 + 1500 + 4000 ballots in votes of 60 voters each
const BALLOTS = { 1: 1_500, 32: 4_000 } as const;
const WARMUP = 200;

interface Result { label: string; concurrency: number; ballots: number; perSecond: number; p50: number; p99: number }

/**
 * Sends the invokes in rounds (a vote holds each voter once), `concurrency` at a time, from a load generator on its
 * own thread, and measures only the time spent sending; opening and closing each vote between rounds is not counted.
 */
async function drive(url: string, rounds: () => AsyncGenerator<string[]>, concurrency: number): Promise<{ count: number; perSecond: number; p50: number; p99: number }> {
  const latencies: number[] = [];
  let busy = 0;
  const worker = new Worker(join(__dirname, 'load-worker.js'), { workerData: { url, concurrency } });
  try {
    for await (const bodies of rounds()) {
      const result = await new Promise<{ latencies?: number[]; elapsed?: number; error?: string }>((resolve, reject) => {
        const onError = (err: Error) => {
          worker.off('message', onMessage);
          reject(err);
        };
        const onMessage = (message: { latencies?: number[]; elapsed?: number; error?: string }) => {
          worker.off('error', onError);
          resolve(message);
        };
        worker.once('message', onMessage);
        worker.once('error', onError);
        worker.postMessage(bodies);
      });
      if (result.error) throw new Error(result.error);
      latencies.push(...result.latencies!);
      busy += result.elapsed!;
    }
  } finally {
    await worker.terminate();
  }
  latencies.sort((a, b) => a - b);
  return { count: latencies.length, perSecond: latencies.length / (busy / 1000), p50: percentile(latencies, 50)!, p99: percentile(latencies, 99)! };
}

/** The framework's floor: CloudAdapter + ActivityHandler answering the invoke with a small card. */
async function startEchoBot(): Promise<{ url: string; stop(): Promise<void> }> {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({} as never));
  class EchoBot extends ActivityHandler {
    protected override async onAdaptiveCardInvoke(): Promise<AdaptiveCardInvokeResponse> {
      return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'ok' }] } as never };
    }
  }
  const bot = new EchoBot();
  const server = restify.createServer();
  server.use(restify.plugins.bodyParser({ mapParams: false }));
  server.post('/api/messages', async (req: restify.Request, res: restify.Response) => {
    await adapter.process(req as never, res as never, (context) => bot.run(context));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** A 1 MB .docx that inflates to 1 GB, through the importer (issue 12: refused in under a second, RSS growth under 50 MB). */
async function zipBombRefusal(): Promise<string> {
  const { result, growthMb, ms } = await peakRssGrowth(() => importAgenda(zipBombDocx(), 'bomba.docx'));
  return `zip bomb (1 MB .docx that inflates to 1 GB): ${result.ok ? 'NOT refused' : `refused (${result.error.code})`} in ${ms.toFixed(0)} ms, peak RSS growth ${growthMb.toFixed(1)} MB (limits: 1000 ms, 50 MB)`;
}

async function main() {
  const connector = await LocalBotConnector.start();
  const voters: TeamsPerson[] = Array.from({ length: VOTERS }, (_, i) => ({ id: `29:v${i}`, name: `Consejera ${i + 1}`, aadObjectId: `aad-v${i}` }));
  const secretary = { id: asAadObjectId('aad-secretary'), name: 'Secretaría Técnica' };
  const chat: MeetingChat = { serviceUrl: connector.url, conversationId: '19:meeting_bench@thread.v2', meetingId: 'bench-meeting', tenantId: 'tenant', bot: { id: '28:sesiona', name: 'Sesiona' } };

  // Sesiona on a fresh SQLite store, with a session whose items are all put to a vote
  const temp = createTempStore();
  const loaded = loadConfig({ PORT: '0', HOST: '127.0.0.1' });
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  const app = await startSesiona(loaded.config, { store: temp.store, log: () => undefined });
  const sessionId = asSessionId('s-bench');
  let minute = 0;
  const now = () => new Date(Date.UTC(2026, 0, 1, 10, 0) + minute++ * 1000).toISOString();
  const run = async (c: Omit<SessionCommand, 'now'>) => {
    const r = await app.service.handle(sessionId, { ...c, now: now() } as SessionCommand);
    if (!r.ok) throw new Error(`${c.type}: ${r.rejection.reason}`);
  };
  await run({ type: 'CreateSession', actor: secretary, data: {
    sessionId, body: 'Consejo General', title: 'Sesión de prueba', kind: 'ordinaria', date: '2026-01-01', time: '10:00', modality: 'virtual',
    meeting: { meetingId: chat.meetingId!, conversationId: chat.conversationId },
    agenda: Array.from({ length: ITEMS }, (_, i) => ({ number: String(i + 1), title: `Proyecto de acuerdo ${i + 1}`, kind: 'vote' as const })),
  } });
  await app.bindings.bind(chat.meetingId!, sessionId, now(), 'es');
  await run({ type: 'AssignRoles', actor: secretary, data: { members: voters.map((v) => ({ id: asAadObjectId(v.aadObjectId), name: v.name, role: 'voting-member' as const })) } });
  await run({ type: 'StartRollCall', actor: secretary, data: {} });
  for (const v of voters) await run({ type: 'MarkAttendance', actor: secretary, data: { memberId: asAadObjectId(v.aadObjectId), present: true } });
  await run({ type: 'StartSession', actor: secretary, data: {} });
  await approveAgenda(app.service, sessionId, secretary, voters.map((v) => ({ id: asAadObjectId(v.aadObjectId), name: v.name })), now);

  let item = 0;
  /** One round per vote: open it (closing the previous one), then every voter's ballot invoke. */
  const sesionaRounds = (count: number) => async function* () {
    for (let sent = 0; sent < count; sent += VOTERS) {
      item++;
      if (item > 1) {
        await run({ type: 'CloseVote', actor: secretary, data: {} });
        await run({ type: 'NextItem', actor: secretary, data: {} });
      } else {
        await run({ type: 'StartItem', actor: secretary, data: { number: asItemNumber('1') } });
      }
      const voteId = asVoteId(`v${item}`);
      await run({ type: 'OpenVote', actor: secretary, data: { voteId, method: 'economica' } });
      yield voters.slice(0, Math.min(VOTERS, count - sent)).map((v) => JSON.stringify(cardAction(chat, v, 'ballot', { card: 'vote', voteId, choice: 'in-favour' })));
    }
  };
  const echoRounds = (count: number) => async function* () {
    for (let sent = 0; sent < count; sent += VOTERS) {
      yield voters.slice(0, Math.min(VOTERS, count - sent)).map((v) => JSON.stringify(cardAction(chat, v, 'ballot', { card: 'vote', voteId: 'v', choice: 'in-favour' })));
    }
  };

  const echo = await startEchoBot();
  const results: Result[] = [];
  await drive(echo.url, echoRounds(WARMUP), 8);
  await drive(app.url, sesionaRounds(WARMUP), 8);
  for (const concurrency of (process.env.BENCH_ONLY_C1 ? [1] : [1, 32]) as (1 | 32)[]) {
    const n = BALLOTS[concurrency];
    const e = await drive(echo.url, echoRounds(n), concurrency);
    results.push({ label: 'bare botbuilder bot (floor)', concurrency, ballots: e.count, ...e });
    const s = await drive(app.url, sesionaRounds(n), concurrency);
    results.push({ label: 'Sesiona vote path', concurrency, ballots: s.count, ...s });
  }

  const view = await app.service.view(sessionId);
  const recorded = view!.agenda.reduce((sum, i) => sum + (i.vote?.ballots.length ?? 0), 0);
  console.log(`\nVote path benchmark — Node ${process.version}, SQLite store (WAL, synchronous=FULL), ${VOTERS} voters\n`);
  console.log('| path | concurrency | ballots | ballots/s | p50 ms | p99 ms |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const r of results) console.log(`| ${r.label} | ${r.concurrency} | ${r.ballots} | ${r.perSecond.toFixed(0)} | ${r.p50.toFixed(2)} | ${r.p99.toFixed(2)} |`);
  console.log('');
  for (const concurrency of [...new Set(results.map((r) => r.concurrency))]) {
    const [e, s] = results.filter((r) => r.concurrency === concurrency);
    console.log(`concurrency ${concurrency}: Sesiona / floor throughput = ${(s!.perSecond / e!.perSecond).toFixed(2)} (target ≥ 0.70)`);
  }
  console.log(`ballots recorded in the store: ${recorded} (expected ${WARMUP + BALLOTS[1] + (process.env.BENCH_ONLY_C1 ? 0 : BALLOTS[32])})`);
  console.log(await zipBombRefusal());
  await app.bot.idle();
  await echo.stop();
  await app.stop();
  await connector.close();
  await temp.cleanup();

  printReplyLatency(await measureReplyLatency());
  printAgendaParse(await measureAgendaParse());
  printStartTimes(await measureStartTimes());
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
