/**
 * Who may start a session in a meeting, or replace its session: the organizer, those who conduct its current or
 * last session, or people the deployment names. Tried as an attacker would: a guest of the chat pastes an order of
 * the day, attaches one, confirms a draft, and names themselves a voting member — before and after a session.
 */
import { createServer, type Server } from 'node:http';
import { cardAction, postActivity, type TeamsPerson } from '../../src/local-connector/teams-activities';
import { MeetingHarness, PEOPLE } from '../support/meeting-harness';

const AGENDA = 'orden del día\nCOMISIÓN DE PRUEBA\nPRIMERA SESIÓN ORDINARIA\n1. Proyecto de acuerdo por el que se aprueba el calendario.\n2. Asuntos generales.';
const NEXT = 'orden del día\nCOMISIÓN DE PRUEBA\nSEGUNDA SESIÓN ORDINARIA\n1. Informe trimestral.\n2. Asuntos generales.';
const { secretary, chair, luis, sofia, guest } = PEOPLE;
const zoe: TeamsPerson = { id: '29:zoe', name: 'Zoe Administradora', aadObjectId: '0b5f6c1e-3f1a-4c2b-9d7e-5a4b3c2d1e0f' };
const REFUSED = /^Solo quien organizó la reunión.* pueden crear una sesión aquí\. No se leyó ni se guardó nada\./;

describe('who may start or replace a session in a meeting', () => {
  let h: MeetingHarness;
  let files: Server;
  let filesUrl = '';
  const downloads: string[] = [];

  beforeAll(async () => {
    h = await MeetingHarness.start({ people: [...Object.values(PEOPLE), zoe], env: { SESIONA_SESSION_STARTERS: zoe.aadObjectId } });
    files = createServer((req, res) => {
      downloads.push(req.url ?? '');
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(AGENDA.split('\n').slice(1).join('\n'));
    });
    await new Promise<void>((resolve) => files.listen(0, '127.0.0.1', resolve));
    filesUrl = `http://127.0.0.1:${(files.address() as { port: number }).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => files.close(resolve));
    await h.stop();
  });

  const attachment = (name: string) => ({ contentType: 'application/vnd.microsoft.teams.file.download.info', name, content: { downloadUrl: `${filesUrl}/${name}`, uniqueId: name, fileType: 'txt' } });

  it('given a meeting without a session, when a guest pastes an order of the day, then it is refused and no draft is made', async () => {
    const cards = h.postedCards().length;
    await h.say(guest, AGENDA);
    expect(h.lastText()).toMatch(REFUSED);
    expect(h.postedCards()).toHaveLength(cards);
  });

  it('given a meeting without a session, when a guest attaches an order of the day, then nothing is even downloaded', async () => {
    await h.say(guest, '', { attachments: [attachment('orden.txt')] });
    expect(h.lastText()).toMatch(REFUSED);
    expect(downloads).toEqual([]);
  });

  it('given the organizer, then she creates the session; while it is under way nobody replaces it, not even her', async () => {
    await h.startSession(AGENDA, [['presidencia', [chair]], ['integrantes', [luis, sofia]]], [chair, luis, sofia]);
    const first = (await h.view()).id;
    await h.say(secretary, NEXT);
    expect(h.lastText()).toBe('Ya hay una sesión en curso en esta reunión («PRIMERA SESIÓN ORDINARIA»). Clausúrala antes de crear otra.');
    expect((await h.view()).id).toBe(first);
  });

  it('given the session closed, when a guest pastes a new order of the day, or confirms a draft made by someone else, then the closed session stays bound', async () => {
    await h.say(secretary, 'clausura');
    const closed = (await h.view()).id;
    await h.say(guest, NEXT);
    expect(h.lastText()).toMatch(REFUSED);
    // a draft the secretary made: the guest cannot confirm it either
    await h.say(secretary, NEXT);
    const draftId = h.postedCards().pop()!.card.actions[0].data.draftId;
    const reply = await postActivity(h.app.url, cardAction(h.chat, guest, 'confirm-agenda', { card: 'draft', draftId }));
    expect(reply.body.value).toMatch(/Solo quien envió el orden del día puede confirmarlo/);
    expect((await h.view()).id).toBe(closed);
    // and the roster of the closed session is not theirs to change
    await h.say(guest, 'integrantes', { mentions: [guest] });
    expect(h.lastText()).toBe('La sesión ya fue clausurada; no se registra nada más.');
  });

  it('given Teams cannot tell who organised the meeting, then the refusal says so', async () => {
    h.connector.meetingApis = false;
    await h.say(luis, NEXT);
    expect(h.lastText()).toMatch(/Teams no me dijo quién organizó la reunión/);
    h.connector.meetingApis = true;
  });

  it('given the chair of the closed session, then she may start the next one (she conducted the last)', async () => {
    const closed = (await h.view()).id;
    await h.say(chair, NEXT);
    const draftId = h.postedCards().pop()!.card.actions[0].data.draftId;
    await h.click(chair, 'confirm-agenda', { card: 'draft', draftId });
    const view = await h.view();
    expect(view.id).not.toBe(closed);
    expect(view.title).toBe('SEGUNDA SESIÓN ORDINARIA');
  });

  it('given a person the deployment names (SESIONA_SESSION_STARTERS), then they may start a session where nothing is under way', async () => {
    const other = { ...h.chat, conversationId: '19:meeting_otra@thread.v2', meetingId: 'MCMxOTptZWV0aW5nX290cmE=' };
    const activity = { ...(await import('../../src/local-connector/teams-activities')).messageToBot(other, zoe, AGENDA) };
    await postActivity(h.app.url, activity);
    await h.app.bot.idle();
    const posted = h.connector.activities(other.conversationId).map((c) => c.body?.attachments?.[0]?.content?.body?.[0]?.text ?? c.body?.text);
    expect(posted.some((t) => /Orden del día leído/.test(String(t)))).toBe(true);
  });
});
