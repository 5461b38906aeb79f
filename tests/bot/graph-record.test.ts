/**
 * The record after the session through Microsoft Graph, end to end: the meeting ends, Teams' attendance report is
 * read from a local Graph and reconciled with the roll call (shown in the chat, annexed to the minutes, the recorded
 * attendance unchanged); the secretary asks for the minutes and they are published to the minutes folder with a card
 * that links to them. Graph's refusals reach the secretary in Spanish with the permission named.
 */
import mammoth from 'mammoth';
import { meetingEvent, postActivity } from '../../src/local-connector/teams-activities';
import { FakeGraph } from '../support/fake-graph';
import { cardText, MeetingHarness, PEOPLE } from '../support/meeting-harness';

const AGENDA = 'orden del día\nCOMISIÓN PERMANENTE DE VINCULACIÓN CON ORGANISMOS EXTERNOS\nSEXTA SESIÓN ORDINARIA\n1. Lista de asistencia y declaración de quórum.\n2. Proyecto de acuerdo por el que se aprueba el programa anual de trabajo.\n3. Asuntos generales.';
const { secretary, chair, luis, sofia, guest } = PEOPLE;
const MEETING_GRAPH_ID = 'MSo1N2Y5ZGFjYy03MWJmLTQ3NDMtYjQxMy01M2EdFGkdRWHJlQ';

describe('the record after the session, through Microsoft Graph', () => {
  let h: MeetingHarness;
  let graph: FakeGraph;
  beforeAll(async () => {
    graph = await FakeGraph.start();
    h = await MeetingHarness.start({
      env: {
        SESIONA_GRAPH: 'on', SESIONA_GRAPH_BASE_URL: `${graph.url}/v1.0`, SESIONA_GRAPH_TOKEN: graph.token,
        SESIONA_MINUTES_DRIVE_ID: 'b!cpvoe-drive', SESIONA_MINUTES_FOLDER_ID: '01MINUTAS', SESIONA_ATTENDANCE_DELAY_SECONDS: '0',
      },
    });
    h.connector.setMeetingInfo(h.chat.meetingId!, {
      details: { id: h.chat.meetingId, msGraphResourceId: MEETING_GRAPH_ID, title: 'Sexta Sesión Ordinaria', type: 'Scheduled' },
      conversation: { id: h.chat.conversationId, isGroup: true },
      organizer: { id: secretary.id, aadObjectId: secretary.aadObjectId, objectId: secretary.aadObjectId, tenantId: h.chat.tenantId },
    });
    // Teams saw Ana, Luis and Gina (who never answered the roll call) and someone dialling in; not Sofía
    graph.setAttendance(secretary.aadObjectId, MEETING_GRAPH_ID, [
      { id: chair.aadObjectId, name: chair.name }, { id: luis.aadObjectId, name: luis.name },
      { id: guest.aadObjectId, name: guest.name }, { id: null, name: '+52 55 5555 0000' }, { id: secretary.aadObjectId, name: secretary.name },
    ]);
    await h.startSession(AGENDA, [['presidencia', [chair]], ['integrantes', [luis, sofia]], ['invitados', [guest]]], [chair, luis, sofia]);
    await h.say(secretary, 'clausura');
  });
  afterAll(async () => {
    await h.stop();
    await graph.close();
  });

  it('given Graph refuses with 403, when the meeting ends, then the secretary reads which permission is missing and nothing is annexed', async () => {
    graph.failNext(/attendanceReports$/, 403);
    await postActivity(h.app.url, meetingEvent(h.chat, secretary, 'end'));
    await h.app.bot.idle();
    expect(h.lastText()).toMatch(/^Microsoft Graph no permitió leer el reporte de asistencia de la reunión: la aplicación de Sesiona necesita el permiso de aplicación OnlineMeetingArtifact\.Read\.All[\s\S]*La asistencia registrada en el pase de lista no cambia\.$/);
  });

  it('when the meeting ends again and the report is there, then the reconciliation is posted and the recorded attendance is unchanged', async () => {
    graph.failNext(/attendanceRecords$/, 429, 1, { 'Retry-After': '1' });
    await postActivity(h.app.url, meetingEvent(h.chat, secretary, 'end'));
    await h.app.bot.idle();
    expect(h.lastText()).toBe('Asistencia según el reporte de Teams (5 registros). Se conectaron pero no respondieron al pase de lista: Gina Invitada, +52 55 5555 0000. Respondieron al pase de lista pero no aparecen en el reporte: Sofía Consejera. La asistencia registrada no cambia; esta conciliación se anexa a la minuta.');
    const view = await h.view();
    expect(view.members.filter((m) => m.present).map((m) => m.name).sort()).toEqual(['Ana Presidenta', 'Luis Consejero', 'Marta Secretaria', 'Sofía Consejera']);
  });

  it('given someone who does not conduct the session, when they ask for the Teams attendance, then only the conductors may', async () => {
    await h.say(luis, 'asistencia de Teams');
    expect(h.lastText()).toBe('Solo Secretaría Técnica o Presidencia puede hacerlo.');
  });

  it('when the secretary asks for the minutes, then the Word file (with the annex) is uploaded to the folder and a card links to it', async () => {
    await h.say(secretary, 'minuta');
    const card = h.postedCards().pop()!.card;
    expect(cardText(card)).toMatch(/Minuta publicada[\s\S]*Minuta - SEXTA SESIÓN ORDINARIA.docx/);
    expect(card.actions[0]).toEqual({ type: 'Action.OpenUrl', title: 'Abrir la minuta', url: 'https://contoso.sharepoint.com/sites/cpvoe/Minutas/Minuta%20-%20SEXTA%20SESI%C3%93N%20ORDINARIA.docx' });
    const upload = graph.uploads.pop()!;
    expect(upload).toMatchObject({ drive: 'b!cpvoe-drive', folder: '01MINUTAS', name: 'Minuta - SEXTA SESIÓN ORDINARIA.docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
    const { value } = await mammoth.extractRawText({ buffer: upload.body });
    expect(value).toMatch(/Proyecto de minuta de la SEXTA SESIÓN ORDINARIA/);
    expect(value).toMatch(/Anexo: conciliación de asistencia con el reporte de Teams[\s\S]*Gina Invitada, \+52 55 5555 0000[\s\S]*Sofía Consejera/);
    // the links Sesiona serves carry the annex too
    const link = /(http:\/\/[^\s)]+minutes\.md[^\s)]*)/.exec(h.texts().filter((t) => t.startsWith('Proyecto de minuta')).pop()!)![1]!;
    expect(await (await fetch(link)).text()).toMatch(/Se conectaron a la reunión pero no respondieron al pase de lista:\*\* Gina Invitada, \+52 55 5555 0000/);
  });

  it('given a voting member, when they ask for the minutes, then they get the links and nothing is published', async () => {
    const uploads = graph.uploads.length;
    await h.say(luis, 'minuta');
    expect(h.lastText()).toMatch(/^Proyecto de minuta de «SEXTA SESIÓN ORDINARIA»/);
    expect(graph.uploads.length).toBe(uploads);
  });

  it('given the app lacks Files.ReadWrite.All, when the minutes are published, then the secretary reads the permission and keeps the links', async () => {
    graph.failNext(/content$/, 403);
    await h.say(secretary, 'minuta');
    expect(h.lastText()).toMatch(/necesita el permiso de aplicación Files\.ReadWrite\.All[\s\S]*La minuta sigue disponible en los enlaces de arriba\.$/);
  });
});
