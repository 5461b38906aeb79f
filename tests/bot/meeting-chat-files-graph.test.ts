/**
 * A file attached in the meeting chat, read through Microsoft Graph (SESIONA_GRAPH=on) against the local fake Graph,
 * which speaks the real protocol: the chat message's attachments, the shares API with the sharing URL encoded as
 * `u!` + unpadded base64url, and the 302 to a pre-authenticated download URL on another origin.
 */
import { messageToBot, postActivity } from '../../src/local-connector/teams-activities';
import { encodeSharingUrl } from '../../src/graph/chat-attachment';
import { FakeGraph } from '../support/fake-graph';
import { MeetingHarness, PEOPLE } from '../support/meeting-harness';
import { renderDocx } from '../support/render-documents';

const AGENDA = [
  'COMISIÓN DE PARTICIPACIÓN CIUDADANA Y CAPACITACIÓN',
  'SEGUNDA SESIÓN EXTRAORDINARIA',
  'Orden del día',
  '1. Lista de asistencia y declaración del quórum.',
  '2. Aprobación, en su caso, del orden del día.',
  '3. Proyecto de Acuerdo por el que se aprueba el programa de capacitación.',
].join('\n');

const SHARED = 'https://contoso.sharepoint.com/personal/marta_contoso_onmicrosoft_com/Documents/Microsoft Teams Chat Files/orden del día.docx';

describe('a file attached in the meeting chat, with Graph on', () => {
  let graph: FakeGraph;
  let h: MeetingHarness;
  const drafts = () => h.postedCards().filter(({ card }) => card.actions?.some((a: { verb?: string }) => a.verb === 'confirm-agenda'));
  /** The secretary's message with these attachments, as Teams sends it; answers its id (the chat message's id). */
  const send = async (attachments: unknown[], locale = 'es-MX', id?: string) => {
    const activity = { ...messageToBot(h.chat, PEOPLE.secretary, 'orden del día', { attachments, locale }), ...(id ? { id } : {}) };
    await postActivity(h.app.url, activity);
    await h.app.bot.idle();
    return activity.id;
  };

  beforeAll(async () => {
    graph = await FakeGraph.start();
    graph.shareFile(SHARED, await renderDocx(AGENDA));
    h = await MeetingHarness.start({ env: { SESIONA_GRAPH: 'on', SESIONA_GRAPH_BASE_URL: `${graph.url}/v1.0`, SESIONA_GRAPH_TOKEN: graph.token, SESIONA_GRAPH_ATTENDANCE: 'off' } });
  });
  afterAll(async () => {
    await h?.stop();
    await graph?.close();
  });

  it('given the attachment Teams gives in a meeting chat (a SharePoint link), then the bot reads it through the shares API and its 302, and posts the draft card; the Graph token never reaches the download host', async () => {
    const before = drafts().length;
    await send([{ contentType: 'reference', name: 'orden del día.docx', contentUrl: SHARED }]);
    expect(drafts()).toHaveLength(before + 1);
    expect(JSON.stringify(drafts().pop()!.card)).toMatch(/Proyecto de Acuerdo por el que se aprueba el programa de capacitación/);
    const share = graph.calls.filter((c) => c.path.startsWith('/v1.0/shares/')).pop()!;
    expect(share).toEqual({ method: 'GET', path: `/v1.0/shares/${encodeSharingUrl(SHARED)}/driveItem/content`, authorization: `Bearer ${graph.token}`, status: 302 });
    expect(graph.downloadRequests.pop()).toEqual({ path: expect.stringMatching(/^\/download\.aspx\?file=.*&tempauth=preauthenticated$/), authorization: undefined });
  });

  it('given a message that only shows the file (Teams gave the bot no link), then the bot reads the chat message through Graph, then the file, and posts the draft card', async () => {
    const before = drafts().length;
    const messageId = '1733600000123';
    graph.setChatMessage(h.chat.conversationId, messageId, [{ name: 'orden del día.docx', contentUrl: SHARED }]);
    await send([{ contentType: 'text/html', content: '<p><at>Sesiona</at> orden del día</p><attachment id="file-0"></attachment>' }], 'es-MX', messageId);
    expect(graph.calls.map((c) => `${c.method} ${c.path} ${c.status}`)).toContain(`GET /v1.0/chats/${encodeURIComponent(h.chat.conversationId)}/messages/${messageId} 200`);
    expect(drafts()).toHaveLength(before + 1);
  });

  it('given Graph refuses (the permission was not granted), then the bot says which permission is missing, and offers the dialog', async () => {
    graph.failNext(/^\/v1\.0\/shares\//, 403);
    await send([{ contentType: 'reference', name: 'orden del día.docx', contentUrl: SHARED }], 'en-US');
    const answer = h.postedCards().pop()!.card;
    expect(answer.body[0].text).toMatch(/^Microsoft Graph did not let Sesiona read "orden del día\.docx": the app needs the application permission Files\.ReadWrite\.All with admin consent\. Meanwhile, use "Upload the order of the day"/);
    expect(answer.actions[0]).toMatchObject({ type: 'Action.Submit', data: { msteams: { type: 'task/fetch' } } });
  });
});
