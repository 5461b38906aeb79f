/**
 * Setting up a session in a meeting chat: the welcome, help, the order of the day from an attached file, the roster
 * from mentions and from a CSV file, the organizer's right to set the roster, meeting events as attendance hints,
 * unknown commands and a failing turn.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { installationAdd, meetingEvent, participantsEvent, postActivity } from '../../src/local-connector/teams-activities';
import { fileServer, type FileServer, teamsFile } from '../support/attached-files';
import { cardText, MeetingHarness, PEOPLE } from '../support/meeting-harness';
import { renderDocx } from '../support/render-documents';

const SEED = readFileSync(join(__dirname, '..', 'fixtures', 'agendas', 'cpvoe-6a-ordinaria-2024.txt'), 'utf8');
const { secretary, chair, luis, sofia, representative, guest } = PEOPLE;
const organizer = { id: '29:olga', name: 'Olga Organizadora', aadObjectId: 'aad-olga-0000' };

describe('setting up a session in a meeting chat', () => {
  let h: MeetingHarness;
  let files: FileServer;
  beforeAll(async () => {
    h = await MeetingHarness.start({ people: [...Object.values(PEOPLE), organizer] });
    const csv = `Nombre,Correo o id,Rol\nAna Presidenta,${chair.aadObjectId.replace('aad-', '')}@x.mx,presidencia\n`;
    h.connector.addMember({ ...chair, email: `${chair.aadObjectId.replace('aad-', '')}@x.mx` });
    files = await fileServer({
      '/orden.docx': await renderDocx(SEED),
      '/integrantes.csv': Buffer.from(`${csv}Rosa Consejera,0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0,integrante\n`),
      '/integrantes-malo.csv': Buffer.from('Nombre,Correo,Rol\nAna,ana@x.mx,reina\n'),
    });
  });
  afterAll(async () => {
    await files.close();
    await h.stop();
  });

  it('given the app is added to the meeting chat, then the bot introduces itself once with what to do next', async () => {
    await postActivity(h.app.url, installationAdd(h.chat, secretary));
    await postActivity(h.app.url, installationAdd(h.chat, secretary));
    await h.app.bot.idle();
    const welcomes = h.postedCards().filter(({ card }) => /Hola, soy Sesiona/.test(cardText(card)));
    expect(welcomes).toHaveLength(1);
    expect(cardText(welcomes[0]!.card)).toMatch(/@Sesiona orden del día/);
  });

  it('given "ayuda" or "help", then the command card in that language', async () => {
    await h.say(luis, 'ayuda');
    expect(cardText(h.postedCards().pop()!.card)).toMatch(/Comandos de Sesiona[\s\S]*\*\*pase de lista\*\* — Secretaría o Presidencia/);
    await h.say(luis, 'help', { locale: 'en-US' });
    expect(cardText(h.postedCards().pop()!.card)).toMatch(/Sesiona commands[\s\S]*\*\*roll call\*\* — Secretary or chair/);
  });

  it('given an unknown command, then the bot says so and points to help', async () => {
    await h.say(luis, 'hola bot');
    expect(h.lastText()).toBe('No entendí «hola bot». Escribe «@Sesiona ayuda» para ver los comandos.');
    await h.say(luis, 'pase de lista');
    expect(h.lastText()).toMatch(/Todavía no hay una sesión en esta reunión/);
  });

  it('given the order of the day attached as a .docx, then the same agenda is shown for confirmation', async () => {
    await h.say(secretary, 'orden del día', { attachments: [teamsFile('orden.docx', `${files.url}/orden.docx`)] });
    const draft = h.postedCards().pop()!;
    expect(cardText(draft.card)).toMatch(/Orden del día leído[\s\S]*5\.h\. Presentación del informe/);
    await h.click(secretary, 'confirm-agenda', { card: 'draft', draftId: draft.card.actions[0].data.draftId });
    expect((await h.view()).agenda).toHaveLength(6);
  });

  it('given a file that cannot be downloaded or is not a document, then a clear message', async () => {
    await h.say(secretary, '', { attachments: [teamsFile('perdido.pdf', `${files.url}/no-existe.pdf`)] });
    expect(h.lastText()).toMatch(/No pude descargar el archivo «perdido\.pdf» \(HTTP 404\)/);
  });

  it('given a roster CSV, then it is read; a bad line is named and nothing changes', async () => {
    await h.say(secretary, '', { attachments: [teamsFile('integrantes-malo.csv', `${files.url}/integrantes-malo.csv`)] });
    expect(h.lastText()).toMatch(/Línea 2: «reina» no es un rol/);
    await h.say(secretary, '', { attachments: [teamsFile('integrantes.csv', `${files.url}/integrantes.csv`)] });
    expect(h.lastText()).toMatch(/Integración actualizada: Ana Presidenta \(Presidencia\), Rosa Consejera \(Consejería con voz y voto\)/);
  });

  it('given the meeting organizer (not the secretary), then the organizer may set the roster', async () => {
    h.connector.setParticipantRole(organizer.aadObjectId, 'Organizer');
    await h.say(organizer, 'integrantes', { mentions: [sofia] });
    expect(h.lastText()).toMatch(/Integración actualizada: Sofía Consejera/);
    await h.say(representative, 'invitados', { mentions: [guest] });
    expect(h.lastText()).toBe('Solo Secretaría Técnica puede hacerlo.');
  });

  it('given a place without meeting APIs (like the Agents Playground), then the bot says it cannot check the role instead of failing', async () => {
    h.connector.meetingApis = false;
    await h.say(organizer, 'invitados', { mentions: [guest] });
    const texts = h.texts().slice(-2);
    expect(texts[0]).toMatch(/No pude consultar tu rol en la reunión/);
    expect(texts[1]).toBe('Solo Secretaría Técnica puede hacerlo.');
    h.connector.meetingApis = true;
  });

  it('given meeting start and participants joining, then hints are recorded for the secretary and nobody is marked present', async () => {
    await postActivity(h.app.url, meetingEvent(h.chat, secretary, 'start'));
    await postActivity(h.app.url, participantsEvent(h.chat, secretary, 'join', [luis, sofia]));
    await h.app.bot.idle();
    const view = await h.view();
    expect(view.hints.map((x) => `${x.kind}:${x.participant?.name ?? ''}`)).toEqual(['meeting-started:', 'joined:Luis Consejero', 'joined:Sofía Consejera']);
    expect(view.members.filter((m) => m.present)).toEqual([]);
  });

  it('given a broken invoke, then the user gets an apology, the log has the cause, and the bot keeps working', async () => {
    const broken = { ...(await import('../../src/local-connector/teams-activities')).cardAction(h.chat, luis, 'ballot', {}), value: null };
    const reply = await postActivity(h.app.url, broken);
    expect(reply.status).toBeLessThan(600);
    await h.say(luis, 'estado');
    expect(h.lastText()).toMatch(/SEXTA SESIÓN ORDINARIA DE 2024: Sin iniciar/);
  });
});
