/**
 * The notices around the floor, through the real server and a local Bot Connector: whoever is given the floor gets an
 * in-meeting notification; when their time runs out (Sesiona's clock, moved here by hand), whoever conducts is told
 * once in the chat and by notification, and nobody is cut off; a restart neither loses a time still running nor tells
 * one twice.
 */
import { randomUUID } from 'node:crypto';
import { type AadObjectId, asAadObjectId, type SessionCommand } from '../../src/domain';
import type { TeamsPerson } from '../../src/local-connector/teams-activities';
import { SESIONA_CLOCK } from '../../src/app/floor-clock';
import { SessionService, sessionStream } from '../../src/app/session-service';
import { LiveBus } from '../../src/store/live-bus';
import { ManualTime } from '../support/manual-time';
import { MeetingHarness, PEOPLE } from '../support/meeting-harness';

const AGENDA = 'orden del día\nCOMISIÓN DE PRUEBA\nPRIMERA SESIÓN ORDINARIA\n1. Proyecto de acuerdo por el que se aprueba el calendario.\n2. Asuntos generales.';
const { secretary, chair, luis, sofia, representative } = PEOPLE;
const MINUTE = 60_000;
const aad = (p: TeamsPerson): AadObjectId => asAadObjectId(p.aadObjectId);

describe('the notices around the floor', () => {
  const time = new ManualTime();
  let h: MeetingHarness;
  let sessionId: string;

  /** What the secretary does in the debate (the typed commands and buttons are another feature's; this is the record). */
  async function secretaryDoes<T extends SessionCommand['type']>(type: T, data: Extract<SessionCommand, { type: T }>['data']): Promise<void> {
    const result = await h.app.service.handle(sessionId, { type, data, actor: { id: aad(secretary), name: secretary.name }, now: time.now() } as SessionCommand, randomUUID());
    if (!result.ok) throw new Error(`${type} was refused: ${JSON.stringify(result.rejection)}`);
    await h.app.bot.idle();
  }
  async function advance(ms: number): Promise<void> {
    await time.advance(ms);
    await h.app.bot.idle();
  }
  const timeNotices = () => h.texts().filter((t) => t.includes('⏱'));
  const notificationTitles = (from = 0) => h.connector.notifications().slice(from).map((n) => ({
    status: n.status, recipients: n.body.value.recipients, title: n.body.value.surfaces[0].content.value.title,
  }));
  const ranOut = async () => (await h.app.store.read(sessionStream(sessionId))).filter((e) => e.type === 'FloorTimeRanOut');

  beforeAll(async () => {
    h = await MeetingHarness.start({ env: { SESIONA_PUBLIC_HOST: 'sesiona.example.org' }, time });
    await h.startSession(AGENDA, [['presidencia', [chair]], ['integrantes', [luis, sofia]], ['representantes', [representative]]], [chair, luis, sofia, representative]);
    await h.say(secretary, 'punto 1');
    sessionId = (await h.view()).id;
  }, 60_000);
  afterAll(() => h.stop());

  it('given item 1 under way, when the secretary gives Luis the floor, then Luis alone gets a notification on the stage, in Spanish, with his time', async () => {
    const before = h.connector.notifications().length;
    await secretaryDoes('GiveFloor', { memberId: aad(luis) });
    const [sent, ...more] = h.connector.notifications().slice(before);
    expect(more).toEqual([]);
    expect(sent!.path).toBe(`/v1/meetings/${encodeURIComponent(h.chat.meetingId!)}/notification`);
    expect(sent!.body).toEqual({
      type: 'targetedMeetingNotification',
      value: {
        recipients: [luis.id],
        surfaces: [{
          surface: 'meetingStage', contentType: 'task',
          content: { value: { height: 300, width: 400, title: 'Tiene la palabra: punto 1 (ronda 1, hasta 10:00 min)', url: `https://sesiona.example.org/tab/?session=${sessionId}` } },
        }],
      },
    });
  });

  it('given Luis has the floor, when ten minutes pass, then those who conduct are told once in the chat, by name, and notified; Luis keeps the floor', async () => {
    const before = h.connector.notifications().length;
    await advance(10 * MINUTE - 1000);
    expect(timeNotices()).toEqual([]);
    await advance(1000);
    const [notice, ...more] = timeNotices();
    expect(more).toEqual([]);
    expect(notice).toMatch(/^(<at>(Ana Presidenta|Marta Secretaria)<\/at>, ){1}<at>(Ana Presidenta|Marta Secretaria)<\/at>: ⏱ Se agotó el tiempo de Luis Consejero \(ronda 1, 10:00\)\. Sigue en uso de la palabra: nadie es interrumpido\.$/);
    const posted = h.connector.activities(h.chat.conversationId).find((c) => c.body?.text === notice)!;
    expect(posted.body.entities.map((e: { mentioned: { id: string } }) => e.mentioned.id).sort()).toEqual([chair.id, secretary.id].sort());
    expect(notificationTitles(before)).toEqual([
      { status: 202, recipients: expect.arrayContaining([chair.id, secretary.id]), title: '⏱ Se agotó el tiempo de Luis Consejero (ronda 1, 10:00)' },
    ]);
    expect(notificationTitles(before)[0]!.recipients).toHaveLength(2);
    expect((await h.view()).debate?.floor).toMatchObject({ member: { id: aad(luis) }, timeRanOutAt: time.now() });

    await advance(20 * MINUTE);
    expect(timeNotices()).toHaveLength(1);
    expect(await ranOut()).toHaveLength(1);
  });

  it('given Sofía is given the floor and the server restarts before her time is up, when it runs out, then it is told once; after another restart nothing is told again', async () => {
    await secretaryDoes('EndIntervention', {});
    await secretaryDoes('GiveFloor', { memberId: aad(sofia) });
    const notified = h.connector.notifications().length;
    await advance(4 * MINUTE);
    await h.restart();
    expect(timeNotices()).toHaveLength(1); // Luis's is not told again

    await advance(6 * MINUTE);
    expect(timeNotices()).toHaveLength(2);
    expect(timeNotices()[1]).toMatch(/⏱ Se agotó el tiempo de Sofía Consejera \(ronda 1, 10:00\)\./);
    expect(notificationTitles(notified).map((n) => n.title)).toEqual(['⏱ Se agotó el tiempo de Sofía Consejera (ronda 1, 10:00)']);

    await h.restart();
    await advance(30 * MINUTE);
    expect(timeNotices()).toHaveLength(2);
    expect(h.connector.notifications()).toHaveLength(notified + 1);
    expect((await ranOut()).map((e) => (e.data as { memberId: string }).memberId)).toEqual([aad(luis), aad(sofia)]);
  }, 30_000);

  it('given Teams refuses in-meeting notifications, when the floor is given and its time runs out, then the floor is given, the chat is told all the same, and the failures are only logged', async () => {
    h.connector.meetingApis = false;
    await secretaryDoes('EndIntervention', {});
    await secretaryDoes('CloseRound', {});
    await secretaryDoes('GiveFloor', { memberId: aad(luis) });
    expect((await h.view()).debate?.floor).toMatchObject({ member: { id: aad(luis) }, round: 2, limitSeconds: 300 });
    await advance(5 * MINUTE);
    expect(timeNotices()[2]).toMatch(/⏱ Se agotó el tiempo de Luis Consejero \(ronda 2, 5:00\)\. Sigue en uso de la palabra: nadie es interrumpido\.$/);
    expect(notificationTitles().slice(-2).map((n) => n.status)).toEqual([404, 404]);
    expect(h.logs.filter((l) => /\[bot\] the in-meeting notification could not be sent/.test(l))).toHaveLength(2);
    expect(h.texts().filter((t) => /algo falló/.test(t))).toEqual([]); // nothing alarming in the chat
  });

  it('given the server dies right after recording that Sofía\'s time ran out, before telling it, when it starts again, then it is told then, once', async () => {
    h.connector.meetingApis = true;
    await secretaryDoes('EndIntervention', {});
    await secretaryDoes('GiveFloor', { memberId: aad(sofia) });
    const notified = h.connector.notifications().length;
    await h.restart(async (store) => {
      await time.advance(5 * MINUTE); // the dead server's clock does nothing
      const noted = await new SessionService(store, new LiveBus()).handle(sessionId, { type: 'NoteTimeRanOut', actor: SESIONA_CLOCK, now: time.now(), data: {} }, randomUUID());
      expect(noted.ok).toBe(true);
    });
    expect(timeNotices()).toHaveLength(4);
    expect(timeNotices()[3]).toMatch(/⏱ Se agotó el tiempo de Sofía Consejera \(ronda 2, 5:00\)\./);
    expect(notificationTitles(notified).map((n) => n.title)).toEqual(['⏱ Se agotó el tiempo de Sofía Consejera (ronda 2, 5:00)']);
    await advance(10 * MINUTE);
    expect(timeNotices()).toHaveLength(4);
    expect(await ranOut()).toHaveLength(4);
  }, 30_000);
});
