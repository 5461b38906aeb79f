/**
 * On the real clock, giving the floor sets an alarm for when the speaker's time runs out; the bot does not count
 * that wait as work in progress: the turn is over at once, and the server stops at once.
 */
import { MeetingHarness, PEOPLE } from '../support/meeting-harness';

const AGENDA = 'orden del día\nCOMISIÓN DE PRUEBA\nPRIMERA SESIÓN ORDINARIA\n1. Proyecto de acuerdo por el que se aprueba el calendario.\n2. Asuntos generales.';
const { secretary, chair, luis, sofia } = PEOPLE;

describe('the floor on the real clock', () => {
  it('given an item under way, when the secretary gives Luis the floor for ten minutes, then the turn ends at once and the server stops at once', async () => {
    const h = await MeetingHarness.start();
    try {
      await h.startSession(AGENDA, [['presidencia', [chair]], ['integrantes', [luis, sofia]]], [chair, luis, sofia]);
      await h.say(secretary, 'punto 1');
      const started = Date.now();
      await h.say(secretary, `ceder la palabra a <at>${luis.name}</at>`, { mentions: [luis] });
      expect(Date.now() - started).toBeLessThan(10_000);
      expect((await h.view()).debate?.floor).toMatchObject({ member: { name: luis.name }, limitSeconds: 600 });
    } finally {
      const stopping = Date.now();
      await h.stop();
      expect(Date.now() - stopping).toBeLessThan(10_000);
    }
  });
});
