/**
 * `npm run soak`: the fault suite's long run. Twenty sessions of sixty voters each, every one in its own meeting chat,
 * run by the real server in a child process on a SQLite store, against the local Bot Connector enforcing Teams'
 * rate limits. Each round opens a vote in every session and sends every ballot; mid-burst the server is killed with
 * `kill -9` (card updates queued, requests in flight) and started again on the same store; then every ballot that
 * got no answer is delivered again (the same activity, as Teams redelivers) and the votes are closed. Prints ballots
 * acknowledged (HTTP 200 with the voter's card saying the ballot is recorded), recorded in the store, doubled and
 * lost, and stale cards (what the connector shows differs from what the current read model renders) when killed,
 * after each restart's card repair and at the end. Exits 1 unless nothing is lost, doubled or stale.
 * SOAK_SESSIONS, SOAK_VOTERS and SOAK_ROUNDS make it smaller or longer.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MeetingBindings } from '../src/app/meeting-bindings';
import { sessionStream } from '../src/app/session-service';
import { LocalBotConnector } from '../src/local-connector/local-bot-connector';
import { cardAction, postActivity, type TeamsPerson } from '../src/local-connector/teams-activities';
import { cardText } from '../src/simulate/card-text';
import { SqliteEventStore } from '../src/store/sqlite-event-store';
import { checkCards, type StaleCard } from '../tests/support/card-check';
import { ChatDriver, until } from '../tests/support/chat-driver';
import { type ServerProcess, startServerProcess } from '../tests/support/server-process';

const SESSIONS = Number(process.env.SOAK_SESSIONS ?? 20);
const VOTERS = Number(process.env.SOAK_VOTERS ?? 60);
const ROUNDS = Math.min(3, Number(process.env.SOAK_ROUNDS ?? 3));
/** Ballots in flight at once during a burst. */
const CONCURRENCY = 48;
/** The server is killed once this share of a round's ballots has been acknowledged. */
const KILL_AT = 0.4;
const AGENDA = 'Orden del día\n1. Lista de asistencia y declaración de quórum.\n2. Proyecto de acuerdo por el que se aprueba el programa anual de trabajo.\n'
  + '3. Proyecto de acuerdo por el que se aprueba el calendario de sesiones.\n4. Proyecto de acuerdo por el que se aprueba el presupuesto.\n5. Asuntos generales.';
const CHOICES = ['in-favour', 'against', 'abstain'] as const;

interface Ballot {
  session: number;
  voter: TeamsPerson;
  /** The activity as Teams sends it; delivered again unchanged when no answer came. */
  activity: object;
  acknowledged: boolean;
}

async function main() {
  const started = Date.now();
  const log = (line: string) => console.log(`[soak ${((Date.now() - started) / 1000).toFixed(1)} s] ${line}`);
  const dataDir = mkdtempSync(join(tmpdir(), 'sesiona-soak-'));
  const storeFile = join(dataDir, 'sesiona.sqlite');
  const connector = await LocalBotConnector.start({ enforceTeamsLimits: true });
  const secretary: TeamsPerson = { id: '29:secretaria', name: 'Secretaría Técnica', aadObjectId: 'aad-secretaria' };
  const voters: TeamsPerson[] = Array.from({ length: VOTERS }, (_, i) => ({ id: `29:soak-${i}`, name: `Consejera ${i + 1}`, aadObjectId: `aad-soak-${i}` }));
  for (const p of [secretary, ...voters]) connector.addMember(p);
  let server: ServerProcess = await startServerProcess(dataDir);
  try {
    const chats = Array.from({ length: SESSIONS }, (_, s) => new ChatDriver(connector, () => server.url, `soak${s}`, secretary));
    await Promise.all(chats.map((chat) => chat.startSession(AGENDA, voters)));
    log(`${SESSIONS} sessions with ${VOTERS} voting members each`);

    const ballots: Ballot[] = [];
    const deliver = async (ballot: Ballot): Promise<void> => {
      try {
        const reply = await postActivity(server.url, ballot.activity);
        ballot.acknowledged = reply.status === 200 && /Tu voto: /.test(cardText(reply.body?.value));
      } catch {
        // the connection died with the server: no answer, not acknowledged
      }
    };
    let staleWhenKilled = 0;
    const staleAfterRestart: StaleCard[] = [];
    let checkedAfterRestart = 0;
    let cutOff = 0;
    for (let round = 1; round <= ROUNDS; round++) {
      const item = String(round + 1);
      const voteIds = await Promise.all(chats.map((chat) => chat.openVote(item)));
      // ballots interleaved across sessions, so that every vote is mid-burst when the server dies
      const burst: Ballot[] = voters.flatMap((voter, v) => chats.map((chat, s) => ({
        session: s, voter, acknowledged: false,
        activity: cardAction(chat.chat, voter, 'ballot', { card: 'vote', voteId: voteIds[s], choice: CHOICES[(v + s + round) % CHOICES.length] }),
      })));
      ballots.push(...burst);

      let killed = false;
      let next = 0;
      const killAt = Math.floor(burst.length * KILL_AT);
      await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
        while (!killed && next < burst.length) {
          await deliver(burst[next++]!);
          if (!killed && burst.filter((b) => b.acknowledged).length >= killAt) {
            killed = true;
            await server.kill();
          }
        }
      }));
      const acknowledged = burst.filter((b) => b.acknowledged).length;
      const thisRound = new Set(voteIds);
      const recordedWhenKilled = countOf((await recordedBallots(storeFile, chats)).recorded, (voteId) => thisRound.has(voteId));
      const whenKilled = await checkCards(storeFile, connector);
      staleWhenKilled += whenKilled.stale.length;
      cutOff += recordedWhenKilled - acknowledged;
      log(`round ${round}, item ${item}: kill -9 after ${next} of ${burst.length} ballots sent, ${acknowledged} acknowledged, ${recordedWhenKilled} recorded; cards behind the record: ${whenKilled.stale.length} of ${whenKilled.checked}`);

      // restart on the same store; the card repair runs before anything else reaches it
      server = await startServerProcess(dataDir);
      const [repairLine] = await server.waitFor(/card repair: .*/, 120_000);
      const afterRestart = await checkCards(storeFile, connector);
      staleAfterRestart.push(...afterRestart.stale);
      checkedAfterRestart += afterRestart.checked;
      log(`restarted: ${repairLine}; stale cards now: ${afterRestart.stale.length} of ${afterRestart.checked}`);

      // finish the round: every ballot without an answer delivered again, then every vote closed
      const unanswered = burst.filter((b) => !b.acknowledged);
      next = 0;
      await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
        while (next < unanswered.length) await deliver(unanswered[next++]!);
      }));
      await Promise.all(chats.map((chat) => chat.say('cerrar votación')));
      log(`round ${round}: ${unanswered.length} ballots delivered again, votes closed`);
    }
    const closed = () => chats.every((chat) => /Votación cerrada/.test(chat.cardText(new RegExp(`Votación económica · Punto ${ROUNDS + 1}`)) ?? ''));
    await until('every last vote card closed', closed, 120_000).catch(() => undefined);
    let atEnd = await checkCards(storeFile, connector);
    for (const end = Date.now() + 60_000; atEnd.stale.length && Date.now() < end; atEnd = await checkCards(storeFile, connector)) {
      await new Promise((r) => setTimeout(r, 500)); // the last updates wait for Teams' rate windows
    }

    const { sessionIds, recorded } = await recordedBallots(storeFile, chats);
    const acknowledged = ballots.filter((b) => b.acknowledged);
    const lost = acknowledged.filter((b) => !recorded.has(`${sessionIds[b.session]}|${b.voter.aadObjectId}|${(b.activity as { value: { action: { data: { voteId: string } } } }).value.action.data.voteId}`)).length;
    const doubled = [...recorded.values()].filter((n) => n > 1).length;
    const inStore = countOf(recorded);
    console.log(`\nSoak — ${SESSIONS} sessions × ${VOTERS} voters × ${ROUNDS} votes, kill -9 mid-burst in each, restart on the same SQLite store, Teams rate limits enforced\n`);
    console.log(`ballots acknowledged: ${acknowledged.length} of ${ballots.length} (${cutOff} recorded but cut off by a kill, answered from the record when delivered again)`);
    console.log(`ballots recorded in the store: ${inStore}`);
    console.log(`ballots doubled: ${doubled}`);
    console.log(`ballots lost: ${lost}`);
    console.log(`stale cards when killed: ${staleWhenKilled} (what the card repair had to fix)`);
    console.log(`stale cards after restart: ${staleAfterRestart.length} of ${checkedAfterRestart} checked`);
    console.log(`stale cards at the end: ${atEnd.stale.length} of ${atEnd.checked}`);
    console.log(`HTTP 429 from the connector: ${connector.calls.filter((c) => c.status === 429).length}; elapsed ${((Date.now() - started) / 1000).toFixed(0)} s`);
    for (const s of [...staleAfterRestart, ...atEnd.stale].slice(0, 3)) console.log(`  stale ${s.key}: shows ${cardText(s.shows).split('\n').slice(0, 4).join(' / ')}; expected ${cardText(s.expected).split('\n').slice(0, 4).join(' / ')}`);
    const exact = acknowledged.length === ballots.length && inStore === ballots.length && doubled === 0 && lost === 0 && staleAfterRestart.length === 0 && atEnd.stale.length === 0;
    console.log(exact ? '\nexact: 0 lost, 0 doubled, 0 stale' : '\nNOT EXACT');
    process.exitCode = exact ? 0 : 1;
  } finally {
    await server.stop();
    await connector.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** BallotCast events in all, or in the votes `which` keeps. */
const countOf = (recorded: Map<string, number>, which: (voteId: string) => boolean = () => true) =>
  [...recorded].reduce((sum, [key, n]) => sum + (which(key.split('|').pop()!) ? n : 0), 0);

/** BallotCast events per ballot ("sessionId|voter|voteId" → how many) in the votes on items, and each chat's session. */
async function recordedBallots(storeFile: string, chats: ChatDriver[]): Promise<{ sessionIds: string[]; recorded: Map<string, number> }> {
  const store = new SqliteEventStore(storeFile);
  try {
    const bindings = new MeetingBindings(store);
    const sessionIds = await Promise.all(chats.map(async (chat) => (await bindings.sessionFor(chat.chat.meetingId!))!));
    const recorded = new Map<string, number>();
    for (const sessionId of sessionIds) {
      const onItems = new Set<string>();
      for (const e of await store.read(sessionStream(sessionId))) {
        // the order of the day is voted before the items; the soak counts the ballots on items
        if (e.type === 'VoteOpened' && (e.data as { subject?: string }).subject !== 'agenda') onItems.add((e.data as { voteId: string }).voteId);
        if (e.type !== 'BallotCast') continue;
        const { voter, voteId } = e.data as { voter: string; voteId: string };
        if (!onItems.has(voteId)) continue;
        const key = `${sessionId}|${voter}|${voteId}`;
        recorded.set(key, (recorded.get(key) ?? 0) + 1);
      }
    }
    return { sessionIds, recorded };
  } finally {
    await store.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
