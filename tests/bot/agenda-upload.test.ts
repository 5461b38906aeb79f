/**
 * The "Cargar orden del día" dialog, server side, through the real endpoints: the setup card's button asks Teams for
 * the dialog (`task/fetch` invoke to /api/messages), the page uploads the file with the person's Teams SSO token
 * (signed by a local Entra key set) to /api/agenda-upload, and the bot posts the same draft card the chat path posts,
 * in the meeting's chat, through the local Bot Connector. And what the bot says of an attachment it cannot read.
 */
import { agendaUploadButton } from '../../bot/cards/agenda-upload-button';
import { postActivity, messageToBot } from '../../src/local-connector/teams-activities';
import { fileServer, teamsFile } from '../support/attached-files';
import { MeetingHarness, PEOPLE } from '../support/meeting-harness';
import { renderDocx, renderScannedPdf } from '../support/render-documents';
import { AUDIENCE, ISSUER, ssoEnv, TENANT } from '../support/session-server';
import { LocalSigningKeys } from '../support/signing-keys';

const AGENDA = [
  'COMISIÓN PERMANENTE DE ORGANIZACIÓN ELECTORAL',
  'PRIMERA SESIÓN ORDINARIA',
  'Orden del día',
  '1. Lista de asistencia y verificación del quórum.',
  '2. Aprobación, en su caso, del orden del día.',
  '3. Presentación del informe trimestral de actividades.',
  '4. Asuntos generales.',
].join('\n');

/** The `task/fetch` invoke Teams sends when the setup card's "Cargar orden del día" is clicked. */
function taskFetch(h: MeetingHarness, from = PEOPLE.secretary, locale = 'es-MX') {
  const click = messageToBot(h.chat, from, '', { locale });
  const { data } = agendaUploadButton('es') as { data: { msteams: unknown; dialog: string } };
  return { ...click, type: 'invoke', name: 'task/fetch', text: undefined, entities: undefined, value: { type: 'task/fetch', data: { dialog: data.dialog }, context: { theme: 'default' } } };
}

describe('the "Cargar orden del día" dialog (server side)', () => {
  let keys: LocalSigningKeys;
  let h: MeetingHarness;
  const tokenOf = (who: { aadObjectId: string; name: string }) => keys.token({ iss: ISSUER, aud: AUDIENCE, tid: TENANT, oid: who.aadObjectId, name: who.name });
  const upload = (body: Buffer, options: { name?: string; token?: string | null; meeting?: string; lang?: string; length?: string } = {}) =>
    fetch(`${h.app.url}/api/agenda-upload?meeting=${encodeURIComponent(options.meeting ?? h.chat.meetingId!)}&lang=${options.lang ?? 'es'}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(options.name ?? 'orden del día.docx'),
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      },
      body: new Uint8Array(body),
    });
  const drafts = () => h.postedCards().filter(({ card }) => card.actions?.some((a: { verb?: string }) => a.verb === 'confirm-agenda'));

  beforeAll(async () => {
    keys = await LocalSigningKeys.start();
    h = await MeetingHarness.start({ env: { ...ssoEnv(keys.jwksUrl), SESIONA_PUBLIC_HOST: 'sesiona.example.org' } });
  });
  afterAll(async () => {
    await h?.stop();
    await keys?.close();
  });

  it('given the secretary (the meeting organizer) clicks "Cargar orden del día", then the task/fetch answer is a dialog on the upload page of this meeting, in her language', async () => {
    const reply = await postActivity(h.app.url, taskFetch(h));
    expect(reply.status).toBe(200);
    const url = `https://sesiona.example.org/tab/upload.html?meeting=${encodeURIComponent(h.chat.meetingId!)}&lang=es`;
    expect(reply.body).toEqual({ task: { type: 'continue', value: { title: 'Cargar orden del día', url, fallbackUrl: url, height: 360, width: 520 } } });
    const en = await postActivity(h.app.url, taskFetch(h, PEOPLE.secretary, 'en-US'));
    expect(en.body).toMatchObject({ task: { type: 'continue', value: { title: 'Upload the order of the day', url: expect.stringMatching(/&lang=en$/) } } });
  });

  it('given a commissioner who may not set up the session clicks it, then the dialog answer is the refusal, not the page', async () => {
    const reply = await postActivity(h.app.url, taskFetch(h, PEOPLE.luis));
    expect(reply.body).toEqual({ task: { type: 'message', value: expect.stringMatching(/^Solo quien organizó la reunión/) } });
  });

  it('given the secretary uploads a .docx with her token, then the draft card is posted in the meeting chat — the same card the chat path posts — and confirming it creates the session', async () => {
    await postActivity(h.app.url, taskFetch(h)); // the dialog opened from the setup card
    const docx = await renderDocx(AGENDA);
    const res = await upload(docx, { token: await tokenOf(PEOPLE.secretary) });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ items: 4, title: expect.any(String), message: {
      es: 'Listo: el borrador del orden del día (4 puntos) está en el chat de la reunión. Revisa ahí el tipo de cada punto y confírmalo.',
      en: 'Done: the draft order of the day (4 items) is in the meeting chat. Check each item\'s kind there and confirm it.',
    } });
    await h.app.bot.idle();
    const fromDialog = drafts().pop()!;

    // the same document attached in a personal-chat way (Teams' download link): the chat path's card
    const files = await fileServer({ '/orden.docx': docx });
    try {
      await h.say(PEOPLE.secretary, '', { attachments: [teamsFile('orden.docx', `${files.url}/orden.docx`)] });
    } finally {
      await files.close();
    }
    const fromChat = drafts().pop()!;
    expect(fromChat.id).not.toBe(fromDialog.id);
    const withoutDraftId = (card: unknown) => JSON.parse(JSON.stringify(card).replace(/"draftId":"[^"]+"/g, '"draftId":"x"'));
    expect(withoutDraftId(fromDialog.card)).toEqual(withoutDraftId(fromChat.card));

    const draftId = fromDialog.card.actions.find((a: { verb?: string }) => a.verb === 'confirm-agenda').data.draftId;
    const confirmed = await h.click(PEOPLE.secretary, 'confirm-agenda', { card: 'draft', draftId });
    expect(confirmed.status).toBe(200);
    const sessionId = await h.app.bindings.sessionFor(h.chat.meetingId!);
    const view = (await h.app.service.view(sessionId!))!;
    expect(view.agenda.map((i) => i.title)).toEqual([
      'Lista de asistencia y verificación del quórum.', 'Aprobación, en su caso, del orden del día.', 'Presentación del informe trimestral de actividades.', 'Asuntos generales.',
    ]);
  });

  it('given no token, a token of someone who may not set up the session, an unknown meeting, a file over 10 MB or one that cannot be read, then each is refused with its own status and message in Spanish and English, and no draft is posted', async () => {
    const before = drafts().length;
    const docx = await renderDocx(AGENDA);

    const noToken = await upload(docx);
    expect(noToken.status).toBe(401);
    expect((await noToken.json()).message.es).toMatch(/Falta el token de inicio de sesión de Teams/);

    const luis = await upload(docx, { token: await tokenOf(PEOPLE.luis) });
    expect(luis.status).toBe(403);
    // asked to Teams on the bot's own initiative (the local Bot Connector): Luis did not organise the meeting
    expect(await luis.json()).toEqual({ error: 'not-allowed', message: {
      es: 'Solo quien organizó la reunión, Secretaría Técnica o Presidencia de la última sesión de esta reunión o las personas que la administración de Sesiona autorizó pueden crear una sesión aquí. No se leyó ni se guardó nada.',
      en: expect.stringMatching(/^Only the meeting's organizer, the .* of this meeting's last session, or the people Sesiona's administrators allowed, can create a session here\. Nothing was read or kept\.$/),
    } });

    const elsewhere = await upload(docx, { token: await tokenOf(PEOPLE.secretary), meeting: 'MCMxOTptZWV0aW5nX290cmE=' });
    expect(elsewhere.status).toBe(404);
    expect((await elsewhere.json()).message.en).toMatch(/Sesiona is not in this meeting's chat yet/);

    const big = await upload(Buffer.alloc(11 * 1024 * 1024, 0x20), { token: await tokenOf(PEOPLE.secretary), name: 'anexos.pdf' });
    expect(big.status).toBe(413);
    expect((await big.json()).message).toEqual({ es: expect.stringMatching(/^«anexos\.pdf» pesa más de 10 MB/), en: expect.stringMatching(/^"anexos\.pdf" is over 10 MB/) });

    const scanned = await upload(await renderScannedPdf(), { token: await tokenOf(PEOPLE.secretary), name: 'escaneado.pdf' });
    expect(scanned.status).toBe(422);
    expect(await scanned.json()).toMatchObject({ error: 'unreadable', message: { es: expect.stringMatching(/escane|texto/i), en: expect.stringMatching(/scan|text/i) } });

    await h.app.bot.idle();
    expect(drafts()).toHaveLength(before);
  });

  it('given a file attached in the meeting chat without Graph (Teams gives the bot no link), then the bot says to use the dialog, with its button', async () => {
    const html = { contentType: 'text/html', content: '<p><at>Sesiona</at> orden del día</p><attachment id="8d1d6a0c-5f1f-4a57-9d15-1c6d2b1f0f41"></attachment>' };
    await h.say(PEOPLE.secretary, 'orden del día', { attachments: [html] });
    const hint = h.postedCards().pop()!.card;
    expect(hint.body[0].text).toMatch(/^No puedo leer el archivo: en el chat de una reunión \(o de un grupo\) Teams no entrega a los bots los archivos adjuntos\. Usa «Cargar orden del día»/);
    expect(hint.actions).toEqual([{ type: 'Action.Submit', title: 'Cargar orden del día', data: { msteams: { type: 'task/fetch' }, dialog: 'agenda-upload' } }]);

    const reference = { contentType: 'reference', name: 'orden.docx', contentUrl: 'https://contoso.sharepoint.com/sites/cpvoe/Shared%20Documents/orden.docx' };
    await h.say(PEOPLE.secretary, '', { attachments: [reference], locale: 'en-US' });
    expect(h.postedCards().pop()!.card.body[0].text).toMatch(/^I cannot read "orden\.docx": in a meeting \(or group\) chat, Teams does not hand attached files to bots\. Use "Upload the order of the day"/);
  });
});

describe('the dialog\'s upload on a server without Teams sign-in (local development)', () => {
  it('given no SSO configured, then the upload is refused (nobody can be identified) with what to do instead, and nothing is read', async () => {
    const h = await MeetingHarness.start();
    try {
      await h.say(PEOPLE.secretary, 'ayuda'); // the bot has been in the meeting chat
      const res = await fetch(`${h.app.url}/api/agenda-upload?meeting=${encodeURIComponent(h.chat.meetingId!)}&lang=en`, {
        method: 'POST', headers: { 'content-type': 'application/octet-stream', 'x-file-name': 'orden.txt' }, body: '1. Asuntos generales.',
      });
      expect(res.status).toBe(403);
      expect(await res.json()).toEqual({ error: 'no-sign-in', message: {
        es: 'Este servidor de Sesiona no tiene el inicio de sesión de Teams configurado, así que no sé quién envía el archivo. Adjúntalo en el chat o pega el texto después de «@Sesiona orden del día».',
        en: 'This Sesiona server has no Teams sign-in configured, so I cannot tell who sends the file. Attach it in the chat, or paste the text after "@Sesiona agenda".',
      } });
    } finally {
      await h.stop();
    }
  });
});
