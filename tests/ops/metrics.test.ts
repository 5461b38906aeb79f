/**
 * /metrics, as Prometheus scrapes it: what a session through /api/messages counts (ballots and commands by outcome,
 * rejections by reason, turns, store appends), 429s from Teams, the outbox's queue, and the side panels' live streams.
 */
import { MeetingHarness, PEOPLE } from '../support/meeting-harness';
import { cardAction, postActivity } from '../../src/local-connector/teams-activities';
import { exposition } from '../../src/ops/metrics';
import { Outbox } from '../../bot/outbox';

const AGENDA = 'orden del día\nCOMISIÓN DE PRUEBA\nPRIMERA SESIÓN ORDINARIA\n1. Proyecto de acuerdo por el que se aprueba el calendario.\n2. Asuntos generales.';
const { chair, luis, sofia, representative, secretary } = PEOPLE;

/** The samples of an exposition: `name{labels}` → value. */
function samples(text: string): Map<string, number> {
  const found = new Map<string, number>();
  for (const line of text.split('\n')) {
    const match = /^(\w+(?:\{[^}]*\})?) (\S+)$/.exec(line);
    if (match) found.set(match[1]!, Number(match[2]));
  }
  return found;
}

describe('/metrics', () => {
  let h: MeetingHarness;
  beforeAll(async () => {
    h = await MeetingHarness.start({ connector: { enforceTeamsLimits: true } });
  });
  afterAll(() => h.stop());

  const scrape = async () => {
    const res = await fetch(`${h.app.url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    return samples(await res.text());
  };

  it('given a session whose order of the day is voted through /api/messages, a ballot refused and a card update Teams throttles, then the counters say so', async () => {
    const before = await scrape();
    const grew = (after: Map<string, number>, key: string) => (after.get(key) ?? 0) - (before.get(key) ?? 0);

    await h.startSession(AGENDA, [['presidencia', [chair]], ['integrantes', [luis, sofia]], ['representantes', [representative]]], [chair, luis, sofia]);
    // a representative has voice but no vote
    await h.say(secretary, 'punto 1');
    await h.say(secretary, 'votación');
    const voteId = (await h.view()).openVote?.id;
    expect(voteId).toBeTruthy();
    await postActivity(h.app.url, cardAction(h.chat, representative, 'ballot', { card: 'vote', voteId, choice: 'in-favour' }));
    // Teams answers the next send (the vote card's update after Luis's ballot) with 429 Too Many Requests:
    // botbuilder waits its Retry-After and sends it again
    h.connector.failNext(429, 1);
    await h.click(luis, 'ballot', { card: 'vote', voteId, choice: 'in-favour' });

    const after = await scrape();
    expect(grew(after, 'sesiona_ballots_total{outcome="accepted"}')).toBe(4);
    expect(grew(after, 'sesiona_ballots_total{outcome="rejected"}')).toBe(1);
    expect(grew(after, 'sesiona_commands_total{command="CastBallot",outcome="accepted"}')).toBe(4);
    expect(grew(after, 'sesiona_commands_total{command="StartSession",outcome="accepted"}')).toBe(1);
    expect(grew(after, 'sesiona_rejections_total{reason="NotAVotingMember"}')).toBe(1);
    expect(grew(after, 'sesiona_throttled_total{host="127.0.0.1"}')).toBe(1);
    expect(grew(after, 'sesiona_turn_seconds_count{status="200"}')).toBeGreaterThanOrEqual(10);
    expect(grew(after, 'sesiona_store_append_seconds_count')).toBeGreaterThanOrEqual(10);
    expect(after.get('sesiona_outbox_queue_depth')).toBe(0);
    expect(after.has('sesiona_process_resident_memory_bytes')).toBe(true);
  });

  it('given a side panel following the session live, then sesiona_sse_clients counts it while it is open', async () => {
    const sessionId = (await h.view()).id;
    const panel = new AbortController();
    const stream = await fetch(`${h.app.url}/api/sessions/${sessionId}/stream`, { signal: panel.signal });
    expect(stream.status).toBe(200);
    expect((await scrape()).get('sesiona_sse_clients')).toBe(1);
    panel.abort();
    for (const end = Date.now() + 5_000; (await scrape()).get('sesiona_sse_clients') !== 0 && Date.now() < end;) await new Promise((r) => setTimeout(r, 50));
    expect((await scrape()).get('sesiona_sse_clients')).toBe(0);
  });

  it('given the Bot Connector answers 502 to a send, then the outbox\'s retry is counted by that status', async () => {
    const count = async () => samples((await exposition()).body).get('sesiona_outbox_retries_total{status="502"}') ?? 0;
    const before = await count();
    let calls = 0;
    const outbox = new Outbox({
      deliver: async () => {
        if (++calls === 1) throw Object.assign(new Error('Bad Gateway'), { statusCode: 502 });
        return { id: `m${calls}` };
      },
      log: () => undefined, baseDelayMs: 1,
    });
    await outbox.post({ serviceUrl: 'http://connector/', conversationId: 'c1' }, { type: 'message', text: 'hola' });
    expect(calls).toBe(2);
    expect((await count()) - before).toBe(1);
  });
});
