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

  it('given Teams refusing one update (403), when an item is taken up, then the outbox updates that card again and no apology is posted', async () => {
    const textsBefore = h.texts().length;
    const callsBefore = h.connector.calls.length;
    h.connector.failNext(403, 1);
    await h.say(secretary, 'punto 1');
    const refused = await until('the refused update', () => h.connector.calls.slice(callsBefore).find((c) => c.status === 403));
    expect(refused.method).toBe('PUT');
    await until('the refused card updated again', () => h.connector.calls.slice(callsBefore).some((c) => c.method === 'PUT' && c.status === 200 && c.activityId === refused.activityId && c.at >= refused.at));
    expect(h.texts().slice(textsBefore).filter((t) => /Lo siento|Sorry/.test(t))).toEqual([]);
    expect(h.logs.filter((l) => /turn failed/.test(l))).toEqual([]);
    expect(h.logs.some((l) => new RegExp(`\\[outbox\\] update of .* failed .*403.*trying again`).test(l))).toBe(true);
  });
});
