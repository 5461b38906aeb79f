/**
 * Card repair, in one process: events recorded but never shown on the cards (what a crash leaves behind) are
 * brought onto them from the read model; sessions closed longer ago than the window are left alone; with several
 * instances, an instance repairs a session's cards before it first updates them.
 */
import type { SessionCommand } from '../src/domain';
import { asAadObjectId } from '../src/domain';
import { cardText, MeetingHarness, PEOPLE } from '../tests/support/meeting-harness';
import { participantsEvent, postActivity } from '../src/local-connector/teams-activities';
import { CardRecords } from '../src/app/card-records';
import { PeopleDirectory } from '../src/app/meeting-people';
import { CardPublisher } from './card-publisher';
import { CardRepair } from './card-repair';
import { type DeliveryOp, Outbox } from './outbox';

const AGENDA = 'orden del día\nCOMISIÓN DE PRUEBA\nPRIMERA SESIÓN ORDINARIA\n1. Proyecto de acuerdo por el que se aprueba el calendario.\n2. Asuntos generales.';
const { secretary, chair, luis, sofia } = PEOPLE;
const HOUR = 3_600_000;
const CLOSED_AT = '2026-03-02T18:00:00.000Z';

/** Another instance on the same store: its own outbox (recording what it sends), publisher and repair. */
function anotherInstance(h: MeetingHarness, now?: () => number) {
  const sent: DeliveryOp[] = [];
  const cards = new CardRecords(h.app.store);
  const outbox = new Outbox({ deliver: async (_target, op) => (sent.push(op), { id: op.kind === 'update' ? op.activityId : `new-${sent.length}` }), keyStore: cards, log: () => undefined });
  const publisher = new CardPublisher(h.app.service, outbox, new PeopleDirectory(h.app.store), cards);
  const repair = new CardRepair({ service: h.app.service, bindings: h.app.bindings, cards, publisher, outbox, recentMs: 24 * HOUR, ...(now ? { now } : {}) });
  const texts = () => sent.map((op) => cardText((op.activity.attachments?.[0]?.content ?? {}) as object));
  return { sent, texts, publisher, repair };
}

describe('card repair', () => {
  let h: MeetingHarness;
  let sessionId: string;
  /** Records a command without the bot: the cards do not hear of it, as when a crash loses the queued updates. */
  const recordUnseen = async (type: SessionCommand['type'], data: object, by = secretary, now = new Date().toISOString()) => {
    const result = await h.app.service.handle(sessionId, { type, data, actor: { id: asAadObjectId(by.aadObjectId), name: by.name }, now } as SessionCommand);
    expect(result.ok).toBe(true);
  };

  beforeEach(async () => {
    h = await MeetingHarness.start();
    await h.startSession(AGENDA, [['presidencia', [chair]], ['integrantes', [luis, sofia]]], [chair, luis, sofia]);
    await h.say(secretary, 'punto 1');
    await h.say(secretary, 'votación');
    sessionId = (await h.app.bindings.sessionFor(h.chat.meetingId!))!;
  });
  afterEach(() => h.stop());

  it('given ballots recorded that the vote card never showed, when the cards are repaired, then only the vote card is updated, to the record', async () => {
    await recordUnseen('CastBallot', { choice: 'in-favour' }, luis);
    await recordUnseen('CastBallot', { choice: 'against' }, sofia);
    const before = h.connector.updates().length;

    const report = await h.app.bot.repairCards();
    await h.app.bot.idle();

    expect(report).toMatchObject({ sessions: 1, updated: 1, failed: 0 });
    expect(report.cards).toBeGreaterThanOrEqual(4); // roll call, agenda, item 1, vote
    expect(h.connector.updates().slice(before)).toHaveLength(1);
    expect(cardText(h.currentCard(/Votación económica · Punto 1/)!.card)).toMatch(/Votación abierta: han votado 2 de 3\./);
    expect((await h.app.bot.repairCards()).updated).toBe(0); // repaired once, nothing left
  });

  it('given a session closed 23 h ago whose cards missed the close, then they are repaired; closed 25 h ago, they are left as they are', async () => {
    await recordUnseen('CastBallot', { choice: 'in-favour' }, luis);
    await recordUnseen('CloseVote', {});
    await recordUnseen('CloseSession', {}, secretary, CLOSED_AT);

    const late = anotherInstance(h, () => Date.parse(CLOSED_AT) + 25 * HOUR);
    expect(await late.repair.repairAll()).toMatchObject({ sessions: 0, updated: 0 });
    expect(late.sent).toEqual([]);

    const soon = anotherInstance(h, () => Date.parse(CLOSED_AT) + 23 * HOUR);
    expect(await soon.repair.repairAll()).toMatchObject({ sessions: 1, failed: 0 });
    expect(soon.sent.every((op) => op.kind === 'update')).toBe(true);
    expect(soon.texts().join('\n')).toMatch(/Votación cerrada: votaron 1 de 3\./);
    expect(soon.texts().join('\n')).toMatch(/Estado: Sesión clausurada/);
  });

  it('given several instances, when one first updates a session another left behind, then it repairs the session\'s cards first, once', async () => {
    await recordUnseen('CastBallot', { choice: 'in-favour' }, luis);
    const other = anotherInstance(h);
    let takeOvers = 0;
    other.publisher.takeOverWith((id) => (takeOvers++, other.repair.takeOver(id)));

    await recordUnseen('CastBallot', { choice: 'abstain' }, chair);
    const target = { serviceUrl: h.chat.serviceUrl, conversationId: h.chat.conversationId };
    await other.publisher.publish(target, sessionId, [{ type: 'AttendanceHintRecorded', data: { kind: 'meeting-started', participant: null, at: new Date().toISOString() } }], 'es');
    await other.publisher.settled();
    expect(other.texts().join('\n')).toMatch(/Votación abierta: han votado 2 de 3\./);

    const sentBefore = other.sent.length;
    await other.publisher.publish(target, sessionId, [{ type: 'AttendanceHintRecorded', data: { kind: 'meeting-ended', participant: null, at: new Date().toISOString() } }], 'es');
    await other.publisher.settled();
    expect(takeOvers).toBe(2);
    expect(other.sent.slice(sentBefore).map((op) => op.kind)).toEqual([]); // nothing new: no second repair, the agenda shows this already
  });

  it('given a departure notice posted before another instance took over, when it records the departure, then it updates that notice too', async () => {
    await postActivity(h.app.url, participantsEvent(h.chat, secretary, 'leave', [luis]));
    await h.app.bot.idle();
    expect(cardText(h.currentCard(/Salidas de la reunión/)!.card)).toMatch(/Luis Consejero salió de la reunión\./);
    const other = anotherInstance(h);

    await recordUnseen('MarkAttendance', { memberId: luis.aadObjectId, present: false });
    const target = { serviceUrl: h.chat.serviceUrl, conversationId: h.chat.conversationId };
    await other.publisher.publish(target, sessionId, [{ type: 'AttendanceMarked', data: { memberId: asAadObjectId(luis.aadObjectId), present: false, by: asAadObjectId(secretary.aadObjectId), at: new Date().toISOString() } }], 'es');
    await other.publisher.settled();
    expect(other.texts().join('\n')).toMatch(/✔ Salida registrada: Luis Consejero\./);
  });
});
