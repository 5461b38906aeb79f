/**
 * When Teams refuses a card update the bot sends on its own (a proactive turn), the outbox gets the error and
 * tries again: the card ends as the record says, and nobody in the chat reads an apology for a turn no person took.
 * (503 and 429 are retried inside botbuilder's own HTTP client; a 403 reaches the outbox.)
 */
import { until } from '../support/chat-driver';
import { MeetingHarness, PEOPLE } from '../support/meeting-harness';

const AGENDA = 'orden del día\nCOMISIÓN DE PRUEBA\nPRIMERA SESIÓN ORDINARIA\n1. Informe trimestral de actividades.\n2. Asuntos generales.';
const { secretary, chair, luis, sofia } = PEOPLE;

describe('a card update Teams refuses', () => {
  let h: MeetingHarness;
  beforeAll(async () => {
    h = await MeetingHarness.start();
    await h.startSession(AGENDA, [['presidencia', [chair]], ['integrantes', [luis, sofia]]], [chair, luis, sofia]);
  });
  afterAll(() => h.stop());

  it('given Teams refusing card updates (403) for a while, when an item is taken up, then the outbox updates that card again once Teams takes them and no apology is posted', async () => {
    const textsBefore = h.texts().length;
    const callsBefore = h.connector.calls.length;
    // Teams refuses card updates (PUT) until it recovers; the turn waits for the bot to be idle, so it is not awaited yet
    h.connector.failUpdates(403);
    const turn = h.say(secretary, 'punto 1');
    const refused = await until('a refused update', () => h.connector.calls.slice(callsBefore).find((c) => c.method === 'PUT' && c.status === 403));
    h.connector.failUpdates(null);
    await turn;
    await until('the refused card updated again', () => h.connector.calls.slice(callsBefore).some((c) => c.method === 'PUT' && c.status === 200 && c.activityId === refused.activityId && c.at >= refused.at));
    expect(h.texts().slice(textsBefore).filter((t) => /Lo siento|Sorry/.test(t))).toEqual([]);
    expect(h.logs.filter((l) => /turn failed/.test(l))).toEqual([]);
    expect(h.logs.some((l) => new RegExp(`\\[outbox\\] update of .* failed .*403.*trying again`).test(l))).toBe(true);
  });
});
