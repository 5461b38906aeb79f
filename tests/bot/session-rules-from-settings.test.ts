/**
 * The deployment's settings become the rules of each new session: the debate's rounds and who has voice, the
 * deadline of separate opinions, and how an item leaves the approved order of the day.
 */
import { MeetingHarness, PEOPLE } from '../support/meeting-harness';

const AGENDA = 'orden del día\nCOMISIÓN DE PRUEBA\nPRIMERA SESIÓN ORDINARIA\n1. Informe trimestral.\n2. Proyecto de acuerdo por el que se aprueba el calendario.\n3. Asuntos generales.';
const { secretary, chair, luis, sofia, guest } = PEOPLE;

describe('the rules a new session takes from the settings', () => {
  it('given SESIONA_DEBATE_ROUNDS=5,2, guests with voice, no deadline for opinions and withdrawals by whoever conducts, then the session has them and they act', async () => {
    const h = await MeetingHarness.start({
      env: { SESIONA_DEBATE_ROUNDS: '5,2', SESIONA_GUESTS_HAVE_VOICE: 'on', SESIONA_SEPARATE_OPINION_DAYS: 'none', SESIONA_WITHDRAWAL_AFTER_APPROVAL: 'conducting' },
    });
    try {
      await h.startSession(AGENDA, [['presidencia', [chair]], ['integrantes', [luis, sofia]], ['invitados', [guest]]], [chair, luis, sofia, guest]);
      const { rules } = await h.view();
      expect(rules.debate.roundMinutes).toEqual([5, 2]);
      expect(rules.debate.voiceRoles).toContain('guest');
      expect(rules.separateOpinionDays).toBeNull();
      expect(rules.withdrawalAfterApproval).toBe('conducting');
      await h.say(secretary, 'retirar punto 2');
      expect((await h.view()).agenda.find((i) => i.number === '2')!.status).toBe('withdrawn');
    } finally {
      await h.stop();
    }
  });
});
