/**
 * Part of `npm run bench`: how long a typed command waits for its answer in the chat while a session is busy.
 * Sixty voters vote one vote after another (a burst of ballots a vote, the vote card, the item card and the order
 * of the day updated in place) against the local Bot Connector enforcing Teams' per-conversation rate limits; the
 * secretary types "estado" every two seconds. The answer's latency runs from the message reaching /api/messages to
 * the connector receiving the answer. Baseline: the same command on the same session, idle.
 */
import { loadConfig } from '../src/config';
import { asAadObjectId, asSessionId, type SessionCommand } from '../src/domain';
import { startSesiona } from '../src/http/start-sesiona';
import { LocalBotConnector } from '../src/local-connector/local-bot-connector';
import { cardAction, type MeetingChat, messageToBot, postActivity, type TeamsPerson } from '../src/local-connector/teams-activities';
import { createTempStore } from '../tests/support/temp-store';
import { approveAgenda } from './approve-agenda';
import { percentile } from './percentile';

const VOTERS = 60;
const ITEMS = 40;

/** How long the busy part lasts and how many idle answers are timed (a test runs it short, to keep it working). */
export interface LatencyRun { idleSamples: number; busyMs: number }
const FULL_RUN: LatencyRun = { idleSamples: 10, busyMs: 45_000 };
const ASK_EVERY_MS = 2_000;
/** A vote's ballots arrive this far apart (sixty ballots in three seconds). */
const BALLOT_GAP_MS = 50;

export interface LatencyFigures { samples: number; p50: number; max: number }
export interface ReplyLatency { idle: LatencyFigures; busy: LatencyFigures; ballots: number; cardUpdates: number; throttled: number }

const figures = (latencies: number[]): LatencyFigures => {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { samples: sorted.length, p50: percentile(sorted, 50) ?? NaN, max: sorted[sorted.length - 1] ?? NaN };
};
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function measureReplyLatency({ idleSamples, busyMs }: LatencyRun = FULL_RUN): Promise<ReplyLatency> {
  let answered: ((at: number) => void) | null = null;
  const otherTexts: string[] = [];
  const connector = await LocalBotConnector.start({
    enforceTeamsLimits: true,
    onActivity: (call) => {
      if (call.method !== 'POST' || typeof call.body?.text !== 'string') return;
      if (call.body.text.startsWith('Sesión de prueba:')) answered?.(performance.now());
      else otherTexts.push(call.body.text);
    },
  });
  const temp = createTempStore();
  const loaded = loadConfig({ PORT: '0', HOST: '127.0.0.1' });
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  const app = await startSesiona(loaded.config, { store: temp.store, log: () => undefined });
  try {
    const voters: TeamsPerson[] = Array.from({ length: VOTERS }, (_, i) => ({ id: `29:r${i}`, name: `Consejera ${i + 1}`, aadObjectId: `aad-r${i}` }));
    const secretary: TeamsPerson = { id: '29:secretaria', name: 'Secretaría Técnica', aadObjectId: 'aad-secretaria' };
    const chat: MeetingChat = { serviceUrl: connector.url, conversationId: '19:meeting_latency@thread.v2', meetingId: 'latency-meeting', tenantId: 'tenant', bot: { id: '28:sesiona', name: 'Sesiona' } };
    const sessionId = asSessionId('s-latency');
    const actor = { id: asAadObjectId(secretary.aadObjectId), name: secretary.name };
    const run = async (c: Omit<SessionCommand, 'now' | 'actor'>) => {
      const r = await app.service.handle(sessionId, { ...c, actor, now: new Date().toISOString() } as SessionCommand);
      if (!r.ok) throw new Error(`${c.type}: ${r.rejection.reason}`);
    };
    const say = async (text: string) => {
      const reply = await postActivity(app.url, messageToBot(chat, secretary, text));
      if (reply.status !== 200) throw new Error(`"${text}": HTTP ${reply.status}`);
    };
    /** "estado", and how long until its answer reached the connector. */
    const ask = async (): Promise<number> => {
      const got = new Promise<number>((resolve) => (answered = resolve));
      const sent = performance.now();
      await say('estado');
      let guard: NodeJS.Timeout | undefined;
      const at = await Promise.race([got, new Promise<number>((resolve) => (guard = setTimeout(() => resolve(Infinity), 30_000)))]);
      clearTimeout(guard);
      answered = null;
      return at - sent;
    };

    await run({ type: 'CreateSession', data: {
      sessionId, body: 'Consejo General', title: 'Sesión de prueba', kind: 'ordinaria', date: '2026-01-01', time: '10:00', modality: 'virtual',
      meeting: { meetingId: chat.meetingId!, conversationId: chat.conversationId },
      agenda: Array.from({ length: ITEMS }, (_, i) => ({ number: String(i + 1), title: `Proyecto de acuerdo ${i + 1}`, kind: 'vote' as const })),
    } });
    await app.bindings.bind(chat.meetingId!, sessionId, new Date().toISOString(), 'es');
    await run({ type: 'AssignRoles', data: { members: voters.map((v) => ({ id: asAadObjectId(v.aadObjectId), name: v.name, role: 'voting-member' as const })) } });
    await say('pase de lista');
    for (const v of voters) await run({ type: 'MarkAttendance', data: { memberId: asAadObjectId(v.aadObjectId), present: true } });
    await say('iniciar sesión');
    await approveAgenda(app.service, sessionId, actor, voters.map((v) => ({ id: asAadObjectId(v.aadObjectId), name: v.name })), () => new Date().toISOString());
    await app.bot.idle();

    const idle: number[] = [];
    for (let i = 0; i < idleSamples; i++) {
      idle.push(await ask());
      await pause(ASK_EVERY_MS);
    }

    // busy: votes one after another, and "estado" every two seconds meanwhile
    const cardUpdatesBefore = connector.updates(chat.conversationId).length;
    const end = Date.now() + busyMs;
    let ballots = 0;
    const voting = (async () => {
      for (let item = 1; Date.now() < end && item <= ITEMS; item++) {
        await say(`punto ${item}`);
        await say('votación');
        const voteId = (await app.service.load(sessionId)).state.openVote!;
        await Promise.all(voters.map(async (v, i) => {
          await pause(i * BALLOT_GAP_MS);
          const reply = await postActivity(app.url, cardAction(chat, v, 'ballot', { card: 'vote', voteId, choice: 'in-favour' }));
          if (reply.status === 200) ballots++;
        }));
        await say('cerrar votación');
      }
    })();
    const busy: number[] = [];
    await pause(ASK_EVERY_MS);
    while (Date.now() < end) {
      busy.push(await ask());
      await pause(ASK_EVERY_MS);
    }
    await voting;
    await app.bot.idle();
    if (otherTexts.length) throw new Error(`the bot answered something unexpected: ${otherTexts.join(' | ')}`);
    return {
      idle: figures(idle),
      busy: figures(busy),
      ballots,
      cardUpdates: connector.updates(chat.conversationId).length - cardUpdatesBefore,
      throttled: connector.calls.filter((c) => c.status === 429).length,
    };
  } finally {
    await app.stop();
    await connector.close();
    await temp.cleanup();
  }
}

export function printReplyLatency(r: ReplyLatency): void {
  console.log(`\nTyped command answer latency — "estado" while ${VOTERS} voters vote, local Bot Connector enforcing Teams' rate limits\n`);
  console.log('| session | answers | p50 ms | max ms |');
  console.log('|---|---:|---:|---:|');
  console.log(`| idle | ${r.idle.samples} | ${r.idle.p50.toFixed(0)} | ${r.idle.max.toFixed(0)} |`);
  console.log(`| busy (${r.ballots} ballots, ${r.cardUpdates} card updates) | ${r.busy.samples} | ${r.busy.p50.toFixed(0)} | ${r.busy.max.toFixed(0)} |`);
  console.log('');
  console.log(`busy answer max ${r.busy.max.toFixed(0)} ms (target < 2000 ms); HTTP 429 from the connector: ${r.throttled}`);
}
