/**
 * A record that stays true when people leave: a whole session through /api/messages with Teams' meeting events as
 * Teams sends them. Two commissioners leave; the secretary is told once, records the departures; the panel says
 * "Sin quórum"; a vote is refused with the numbers; recess; they come back; the session resumes with quorum; a vote
 * passes; a quorum check and a member who leaves; the minutes give the times, the quorum at each vote and the
 * secretary present. Then the `record` rule, where Teams' events are taken as attendance.
 */
import { participantsEvent, postActivity } from '../../src/local-connector/teams-activities';
import { renderSession } from '../../tab/src/render';
import { cardText, MeetingHarness, PEOPLE } from '../support/meeting-harness';
import { cardBytes, cardProblems } from '../support/validate-card';

const AGENDA = 'orden del día\nCOMISIÓN DE PRUEBA\nPRIMERA SESIÓN ORDINARIA\n1. Proyecto de acuerdo por el que se aprueba el calendario de sesiones.\n2. Proyecto de acuerdo por el que se aprueba el programa de trabajo.\n3. Asuntos generales.';
const { secretary, chair, luis, sofia, representative } = PEOPLE;
const ROSTER: [string, (typeof PEOPLE)[keyof typeof PEOPLE][]][] = [['presidencia', [chair]], ['integrantes', [luis, sofia]], ['representantes', [representative]]];

type Card = { body: unknown[]; actions?: { title: string; verb: string; data: Record<string, unknown> }[] };
type Button = { title: string; verb: string; data: Record<string, unknown> };
/** The buttons of a card, its body's rows and its foot, in reading order. */
function buttons(card: Card): Button[] {
  const found: Button[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      if ((node as { type?: string }).type === 'Action.Execute') found.push(node as Button);
      Object.values(node).forEach(walk);
    }
  };
  walk([card.body, card.actions ?? []]);
  return found;
}
const button = (card: Card, title: RegExp) => {
  const found = buttons(card).find((b) => title.test(b.title));
  if (!found) throw new Error(`no button ${title} in ${cardText(card)}`);
  return found;
};

describe('attendance during the session (rule ask: the secretary certifies)', () => {
  let h: MeetingHarness;
  beforeAll(async () => {
    h = await MeetingHarness.start();
    await h.startSession(AGENDA, ROSTER, [chair, luis, sofia, representative]);
    await h.say(secretary, 'siguiente'); // item 1
  });
  afterAll(() => h.stop());

  const leave = (...people: (typeof luis)[]) => postActivity(h.app.url, participantsEvent(h.chat, secretary, 'leave', people));
  const join = (...people: (typeof luis)[]) => postActivity(h.app.url, participantsEvent(h.chat, secretary, 'join', people));
  /** The card as the secretary sees it (her refreshed view, with its buttons). */
  const secretaryView = async (shared: Card): Promise<Card> => {
    const refresh = (shared as { refresh?: { action: { data: Record<string, unknown> } } }).refresh;
    const reply = await h.click(secretary, 'refresh', refresh!.action.data);
    return reply.body.value as Card;
  };

  it('given two commissioners leave the meeting, then those who conduct are told once, with the quorum it leaves', async () => {
    const before = h.postedCards().length;
    await leave(luis);
    await leave(sofia); // Teams sends one event per person, a moment apart: they fold into one notice
    await h.app.bot.idle();
    const notices = h.postedCards().slice(before).filter(({ card }) => /Salidas de la reunión/.test(cardText(card)));
    expect(notices).toHaveLength(1);
    const text = cardText(notices[0]!.card);
    expect(text).toMatch(/Luis Consejero y Sofía Consejera salieron de la reunión\./);
    expect(text).toMatch(/Quórum: 1 de 3 \(se requieren 2\)\. Sin quórum\./);
    // nothing is recorded until the secretary certifies it
    const view = await h.view();
    expect(view.quorum).toMatchObject({ present: 3, reached: true });
    expect(view.presenceNotices.map((n) => `${n.name}:${n.change}`)).toEqual(['Luis Consejero:left', 'Sofía Consejera:left']);
  });

  it('when the secretary records the departures, then quorum is lost: the chat says so with the numbers and offers a recess', async () => {
    const notice = h.currentCard(/Salidas de la reunión/)!;
    const mine = await secretaryView(notice.card);
    const record = button(mine, /Registrar salidas/);
    expect(button(mine, /No registrar/)).toBeDefined();
    const reply = await h.click(secretary, record.verb, record.data);
    expect(cardText(reply.body.value)).toMatch(/✔ Salida registrada: Luis Consejero y Sofía Consejera\./);
    expect(cardText(h.currentCard(/Salidas de la reunión/)!.card)).toMatch(/✔ Salida registrada: Luis Consejero y Sofía Consejera\./);

    const view = await h.view();
    expect(view.quorum).toEqual({ present: 1, total: 3, required: 2, reached: false });
    const lost = h.currentCard(/Sin quórum/)!;
    expect(cardText(lost.card)).toMatch(/A las \d\d:\d\d h se perdió el quórum\. Quórum: 1 de 3 \(se requieren 2\)\./);
    expect(cardText(await secretaryView(lost.card))).toMatch(/\[Decretar receso\]/);
  });

  it('then the side panel shows "Sin quórum" prominently, and the departures with their times', async () => {
    const html = renderSession(await h.view(), 'es');
    expect(html).toMatch(/<p class="banner no-quorum" role="alert"><strong>⚠ Sin quórum<\/strong>: 1 de 3 presentes/);
    expect(html).toMatch(/Luis Consejero <span class="role">\(Consejería con voz y voto\)<\/span><span class="presence"> — se retiró a las \d\d:\d\d h/);
  });

  it('then no vote can open: a clear refusal with the numbers', async () => {
    await h.say(secretary, 'votación');
    expect(h.lastText()).toBe('No hay quórum: está presente 1 de 3 integrantes con derecho a voto y se requieren 2. Registra los regresos («regresa @Nombre») o decreta un receso («receso»).');
    expect((await h.view()).openVote).toBeNull();
  });

  it('when the secretary calls the recess from the card and they come back, then the return is certified and the session resumes with quorum', async () => {
    const lost = await secretaryView(h.currentCard(/Sin quórum/)!.card);
    const recess = button(lost, /Decretar receso/);
    await h.click(secretary, recess.verb, recess.data);
    expect((await h.view()).phase).toBe('recess');

    await join(luis, sofia);
    await h.app.bot.idle();
    expect(cardText(h.currentCard(/Regresos a la reunión/)!.card)).toMatch(/Luis Consejero y Sofía Consejera volvieron a la reunión\./);
    await h.say(secretary, 'regresa', { mentions: [luis, sofia] });
    expect(h.lastText()).toBe('Se registró el regreso de Luis Consejero y Sofía Consejera. Quórum: 3 de 3 (se requieren 2).');
    // the first return already restores it (2 of 3)
    expect(cardText(h.currentCard(/Quórum recuperado/)!.card)).toMatch(/se recuperó el quórum\. Quórum: 2 de 3/);
    await h.say(secretary, 'reanudar');
    expect((await h.view()).phase).toBe('in-session');
  });

  it('then a vote passes, with the quorum it had', async () => {
    await h.say(secretary, 'votación');
    if (!(await h.view()).openVote) throw new Error(h.texts().slice(-3).join('\n'));
    const voteId = (await h.view()).openVote!.id;
    for (const p of [chair, luis, sofia]) await h.click(p, 'ballot', { card: 'vote', voteId, choice: 'in-favour' });
    await h.say(secretary, 'cerrar votación');
    const vote = (await h.view()).agenda[0]!.vote!;
    expect(vote).toMatchObject({ outcome: 'approved-unanimously', quorumAtOpen: { present: 3, total: 3, required: 2 } });
  });

  it('a quorum check: members confirm with the button; whoever does not is recorded absent when it closes', async () => {
    await h.say(secretary, 'siguiente'); // item 2
    await h.say(secretary, 'verificar quórum');
    const check = h.currentCard(/Verificación de quórum/)!;
    expect(cardText(check.card)).toMatch(/Quien no confirme cuando se cierre la verificación quedará registrado como ausente/);
    const checkId = button(check.card, /Presente/).data.checkId;
    for (const p of [chair, luis]) await h.click(p, 'present', { card: 'quorum-check', checkId });
    expect(cardText(h.currentCard(/Verificación de quórum/)!.card)).toMatch(/✔ Ana Presidenta[\s\S]*✔ Luis Consejero[\s\S]*○ Sofía Consejera/);
    await h.say(secretary, 'cerrar verificación');
    const closed = cardText(h.currentCard(/Verificación de quórum/)!.card);
    expect(closed).toMatch(/Quórum: 2 de 3 \(se requieren 2\) ✔/);
    expect(closed).toMatch(/Registrados como ausentes: Sofía Consejera y Pedro Representante\./);
    const view = await h.view();
    expect(view.members.filter((m) => !m.present).map((m) => m.name)).toEqual(['Sofía Consejera', 'Pedro Representante']);
  });

  it('a member says "me retiro": the departure is recorded as theirs', async () => {
    await h.say(luis, 'me retiro');
    expect(h.lastText()).toBe('Se registró tu salida de la sesión.');
    expect((await h.view()).members.find((m) => m.id === luis.aadObjectId)).toMatchObject({ present: false });
    await h.say(secretary, 'regresa', { mentions: [luis] });
  });

  it('the minutes give the departures and returns with their times, the quorum at each vote, lost and restored, and the secretary present', async () => {
    await h.say(secretary, 'votación');
    const voteId = (await h.view()).openVote!.id;
    for (const p of [chair, luis]) await h.click(p, 'ballot', { card: 'vote', voteId, choice: 'in-favour' });
    await h.say(secretary, 'cerrar votación');
    await h.say(secretary, 'clausura');
    await h.say(luis, 'minuta');
    const mdLink = /(http:\/\/\S+?minutes\.md\S*?)(?=[\s)])/.exec(h.lastText())![1]!;
    const md = await (await fetch(mdLink)).text();
    expect(md).toMatch(/\| Marta Secretaria \| Secretaría Técnica \| Presente \| \d\d:\d\d h \|/);
    expect(md).toMatch(/\| Luis Consejero \| Consejería con voz y voto \| Presente \| \d\d:\d\d h \| se retiró a las \d\d:\d\d h; se reincorporó a las \d\d:\d\d h; se retiró a las \d\d:\d\d h; se reincorporó a las \d\d:\d\d h \|/);
    expect(md).toMatch(/A las \d\d:\d\d h se perdió el quórum: quedaron 1 de 3 integrantes con derecho a voto \(se requerían 2\)\./);
    expect(md).toMatch(/A las \d\d:\d\d h se recuperó el quórum: 2 de 3/);
    expect(md).toMatch(/En la verificación de quórum de las \d\d:\d\d h se encontraron 2 de 3/);
    expect(md).toMatch(/### 1\. Proyecto de acuerdo por el que se aprueba el calendario de sesiones\.\n\nEn votación económica, se aprobó por unanimidad de votos de las consejerías presentes \(3 votos a favor\)\.\n\nA favor 3 · En contra 0 · Abstención 0\n\nQuórum al votar: 3 de 3 \(se requerían 2\)\./);
    expect(md).toMatch(/### 2\. [^\n]+\n\nEn votación económica, se aprobó por unanimidad de votos de las consejerías presentes \(2 votos a favor\)\.\n\nA favor 2 · En contra 0 · Abstención 0\n\nQuórum al votar: 2 de 3 \(se requerían 2\)\./);
    expect(md).toMatch(/Al clausurar \(\d\d:\d\d h\) estaban presentes 2 de 3/);
    expect(md).toMatch(/A las \d\d:\d\d h se sometió a votación económica el orden del día, que se aprobó por unanimidad de votos de las consejerías presentes \(3 votos a favor\)\./);
    expect(md).not.toMatch(/\d{4}-\d\d-\d\dT/);
  });

  it('every card it sent is a valid Adaptive Card 1.5', () => {
    const sent = [...h.connector.activities(h.chat.conversationId), ...h.connector.updates(h.chat.conversationId)].map((c) => c.body?.attachments?.[0]?.content).filter(Boolean);
    for (const card of sent) {
      expect(cardProblems(card)).toEqual([]);
      expect(cardBytes(card)).toBeLessThan(40 * 1024);
    }
  });
});

describe('attendance during the session (rule record: Teams\' events are the attendance)', () => {
  let h: MeetingHarness;
  beforeAll(async () => {
    h = await MeetingHarness.start({ env: { SESIONA_MEETING_PRESENCE: 'record' } });
    await h.startSession(AGENDA, ROSTER, [chair, luis, sofia]);
    await h.say(secretary, 'siguiente'); // item 1
  });
  afterAll(() => h.stop());

  it('given a vote open, when a commissioner leaves, then the departure is recorded at once, the vote stays open and she cannot vote', async () => {
    await h.say(secretary, 'votación');
    const voteId = (await h.view()).openVote!.id;
    await h.click(chair, 'ballot', { card: 'vote', voteId, choice: 'in-favour' });
    await postActivity(h.app.url, participantsEvent(h.chat, secretary, 'leave', [sofia]));
    await h.app.bot.idle();
    expect(cardText(h.currentCard(/Salidas de la reunión/)!.card)).toMatch(/Sofía Consejera salió de la reunión\.[\s\S]*✔ Salida registrada: Sofía Consejera\./);
    expect((await h.view()).members.find((m) => m.id === sofia.aadObjectId)).toMatchObject({ present: false });
    const refused = await h.click(sofia, 'ballot', { card: 'vote', voteId, choice: 'against' });
    expect(refused.body.value).toMatch(/Tu salida de la sesión está registrada/);
    await h.click(luis, 'ballot', { card: 'vote', voteId, choice: 'in-favour' });
    await h.say(secretary, 'cerrar votación');
    const vote = (await h.view()).agenda[0]!.vote!;
    expect(vote).toMatchObject({ status: 'closed', outcome: 'approved-unanimously', quorumAtClose: { present: 2, total: 3, required: 2 } });
    expect(cardText(h.currentCard(/Votación económica · Punto 1/)!.card)).toMatch(/No votaron: Sofía Consejera/);
  });

  it('when a second one leaves, then quorum is lost; when they come back, it is restored — no one had to type anything', async () => {
    await postActivity(h.app.url, participantsEvent(h.chat, secretary, 'leave', [luis]));
    await h.app.bot.idle();
    expect((await h.view()).quorum.reached).toBe(false);
    expect(cardText(h.currentCard(/Sin quórum/)!.card)).toMatch(/Quórum: 1 de 3 \(se requieren 2\)/);
    await postActivity(h.app.url, participantsEvent(h.chat, secretary, 'join', [luis, sofia]));
    await h.app.bot.idle();
    const view = await h.view();
    expect(view.quorum).toMatchObject({ present: 3, reached: true });
    expect(view.quorumRecord.map((q) => q.when)).toEqual(['start', 'lost', 'restored']);
    expect(cardText(h.currentCard(/Regresos a la reunión/)!.card)).toMatch(/✔ Regreso registrado: Luis Consejero y Sofía Consejera\./);
  });
});
