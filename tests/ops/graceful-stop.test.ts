/**
 * A stop does not lose what is queued for Teams: the card updates still waiting in the outbox go out before the
 * store closes (what SIGTERM and SIGINT run: tests/cli/signals.test.ts proves the signals reach it).
 */
import { cardAction, postActivity } from '../../src/local-connector/teams-activities';
import { MeetingHarness, PEOPLE } from '../support/meeting-harness';

const AGENDA = 'orden del día\nCOMISIÓN DE PRUEBA\nPRIMERA SESIÓN ORDINARIA\n1. Proyecto de acuerdo por el que se aprueba el calendario.\n2. Asuntos generales.';
const { chair, luis, sofia, secretary } = PEOPLE;

describe('a graceful stop', () => {
  let h: MeetingHarness;
  beforeAll(async () => {
    h = await MeetingHarness.start();
  });
  afterAll(() => h.stop());

  it('given a ballot whose card update Teams holds back (429, Retry-After 1 s), when the server stops right after the ballot is answered, then the update is delivered before it stops', async () => {
    await h.startSession(AGENDA, [['presidencia', [chair]], ['integrantes', [luis, sofia]]], [chair, luis, sofia]);
    await h.say(secretary, 'punto 1');
    await h.say(secretary, 'votación');
    const voteId = (await h.view()).openVote!.id;
    const callsBefore = h.connector.calls.length;
    h.connector.failNext(429, 1);

    const reply = await postActivity(h.app.url, cardAction(h.chat, luis, 'ballot', { card: 'vote', voteId, choice: 'in-favour' }));
    expect(reply.status).toBe(200);
    const stopped = Date.now();
    await h.app.stop();

    const updates = h.connector.calls.slice(callsBefore).filter((c) => c.method === 'PUT');
    expect(updates.map((c) => c.status)).toEqual([429, 200]);
    expect(Date.now() - stopped).toBeGreaterThanOrEqual(500);
    expect(Date.now() - stopped).toBeLessThan(5_000);
  });
});
