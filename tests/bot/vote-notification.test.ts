/**
 * When a vote opens, the voting members who are present get an in-meeting notification (targeted, on the meeting
 * stage) that opens the vote in the side panel's page, as DESIGN §4 describes; the others do not.
 */
import { MeetingHarness, PEOPLE } from '../support/meeting-harness';

const AGENDA = 'orden del día\nCOMISIÓN DE PRUEBA\nPRIMERA SESIÓN ORDINARIA\n1. Proyecto de acuerdo por el que se aprueba el calendario.\n2. Proyecto de acuerdo por el que se aprueba el presupuesto.\n3. Asuntos generales.';
const { secretary, chair, luis, sofia, representative } = PEOPLE;

describe('the in-meeting notification when a vote opens', () => {
  let h: MeetingHarness;
  beforeAll(async () => {
    h = await MeetingHarness.start({ env: { SESIONA_PUBLIC_HOST: 'sesiona.example.org' } });
    await h.startSession(AGENDA, [['presidencia', [chair]], ['integrantes', [luis, sofia]], ['representantes', [representative]]], [chair, luis, representative]);
    await h.say(secretary, 'punto 1');
  });
  afterAll(() => h.stop());

  it('given Ana and Luis present and Sofía absent, when the vote opens, then only Ana and Luis are notified, on the stage, with the vote page', async () => {
    // the order of the day was put to the vote first: its notification went to the same two
    const before = h.connector.notifications().length;
    expect(before).toBe(1);
    await h.say(secretary, 'votación');
    const [sent, ...more] = h.connector.notifications().slice(before);
    expect(more).toEqual([]);
    expect(sent!.method).toBe('POST');
    expect(sent!.path).toBe(`/v1/meetings/${encodeURIComponent(h.chat.meetingId!)}/notification`);
    const voteId = (await h.view()).openVote!.id;
    const sessionId = (await h.view()).id;
    expect(sent!.body).toEqual({
      type: 'targetedMeetingNotification',
      value: {
        recipients: [chair.id, luis.id],
        surfaces: [{
          surface: 'meetingStage', contentType: 'task',
          content: { value: { height: 300, width: 400, title: 'Votación abierta · punto 1', url: `https://sesiona.example.org/tab/?session=${sessionId}&vote=${voteId}` } },
        }],
      },
    });
  });

  it('given Teams refuses the notification, when the next vote opens, then the vote is open all the same and the failure is only logged', async () => {
    await h.say(secretary, 'cerrar votación');
    h.connector.meetingApis = false;
    await h.say(secretary, 'punto 2');
    const before = h.texts().length;
    await h.say(secretary, 'votación');
    expect((await h.view()).openVote).toMatchObject({ item: '2', status: 'open' });
    expect(h.connector.notifications().map((n) => n.status)).toEqual([202, 202, 404]);
    expect(h.logs.some((l) => /\[bot\] the in-meeting notification could not be sent/.test(l))).toBe(true);
    expect(h.texts().slice(before)).toEqual([]); // nothing alarming in the chat: the vote card says it all
  });
});
