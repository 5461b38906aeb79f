/**
 * The "Cargar orden del día" dialog in a real browser, inside a (fake) Teams client that answers teams-js as Teams
 * does and gives a Teams SSO token signed by the test's Entra keys: the file is chosen through the input, sent with
 * the token, and the draft card is posted to the (local) Bot Connector in the meeting chat; refusals and a missing
 * sign-in are shown in the dialog in the person's language. The side panel's button opens the dialog through Teams.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { agendaUploadButton } from '../../bot/cards/agenda-upload-button';
import { messageToBot, postActivity } from '../../src/local-connector/teams-activities';
import { MeetingHarness, PEOPLE } from '../support/meeting-harness';
import { renderDocx } from '../support/render-documents';
import { AUDIENCE, ISSUER, ssoEnv, TENANT } from '../support/session-server';
import { LocalSigningKeys } from '../support/signing-keys';
import { launchForTeams, openInTeams } from './fake-teams-client';

const ARTIFACTS = join(__dirname, '..', 'artifacts');
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const AGENDA = [
  'COMISIÓN PERMANENTE DE ASOCIACIONES POLÍTICAS',
  'TERCERA SESIÓN ORDINARIA',
  'Orden del día',
  '1. Lista de asistencia y declaración del quórum.',
  '2. Aprobación, en su caso, del orden del día.',
  '3. Informe de la Secretaría Técnica sobre los acuerdos adoptados.',
  '4. Asuntos generales.',
].join('\n');

describe('the "Cargar orden del día" dialog in a Teams client', () => {
  let keys: LocalSigningKeys;
  let h: MeetingHarness;
  let browser: Browser;
  const tokenOf = (who: { aadObjectId: string; name: string }) => keys.token({ iss: ISSUER, aud: AUDIENCE, tid: TENANT, oid: who.aadObjectId, name: who.name });
  const drafts = () => h.postedCards().filter(({ card }) => card.actions?.some((a: { verb?: string }) => a.verb === 'confirm-agenda'));
  /** The dialog's address, as the bot's answer to the setup card's button gives it. */
  const dialogUrl = async (locale = 'es-MX') => {
    const click = { ...messageToBot(h.chat, PEOPLE.secretary, '', { locale }), type: 'invoke', name: 'task/fetch', text: undefined, entities: undefined,
      value: { type: 'task/fetch', data: { dialog: (agendaUploadButton('es') as { data: { dialog: string } }).data.dialog } } };
    const reply = await postActivity(h.app.url, click);
    return (reply.body as { task: { value: { url: string } } }).task.value.url;
  };

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    keys = await LocalSigningKeys.start();
    h = await MeetingHarness.start({ env: ssoEnv(keys.jwksUrl) });
    browser = await launchForTeams();
  });

  afterAll(async () => {
    await browser?.close();
    await h?.stop();
    await keys?.close();
  });

  it('given the secretary chooses the .docx in the dialog and uploads it, then her Teams token goes with it, the dialog says the draft is in the chat, and the draft card is posted there', async () => {
    const url = await dialogUrl();
    expect(url).toBe(`${h.app.url}/tab/upload.html?meeting=${encodeURIComponent(h.chat.meetingId!)}&lang=es`);
    const token = await tokenOf(PEOPLE.secretary);
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 560, height: 520 } });
    const uploads: { authorization: string | undefined; fileName: string | undefined }[] = [];
    context.on('request', (request) => {
      if (request.url().includes('/api/agenda-upload')) uploads.push({ authorization: request.headers().authorization, fileName: request.headers()['x-file-name'] });
    });
    const { page, tab } = await openInTeams(context, url, {
      frameContext: 'task', locale: 'es-MX', theme: 'default', meetingId: h.chat.meetingId!, userObjectId: PEOPLE.secretary.aadObjectId, authToken: token,
    }, { width: 520, height: 480 });
    await tab.waitForFunction(() => document.getElementById('send')?.textContent === 'Cargar', undefined, { timeout: 5_000 });
    expect(await tab.locator('html').getAttribute('lang')).toBe('es-MX');
    expect(await tab.locator('#title').textContent()).toBe('Cargar orden del día');
    const before = drafts().length;

    const buffer = await renderDocx(AGENDA);
    await tab.locator('#file').setInputFiles({ name: 'orden del día.docx', mimeType: DOCX, buffer }, { timeout: 5_000 });
    expect(await tab.locator('#chosen').textContent()).toMatch(/^Elegiste «orden del día\.docx» \(\d+ KB\)\.$/);
    await page.screenshot({ path: join(ARTIFACTS, 'upload-dialog-chosen-es.png') });
    await tab.locator('#send').press('Enter', { timeout: 5_000 });
    await tab.waitForSelector('.upload-status.done', { timeout: 15_000 });
    expect(await tab.locator('#status').textContent()).toBe('Listo: el borrador del orden del día (4 puntos) está en el chat de la reunión. Revisa ahí el tipo de cada punto y confírmalo.');
    expect(await tab.locator('#close').isVisible()).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'upload-dialog-done-es.png') });

    expect(uploads).toEqual([{ authorization: `Bearer ${token}`, fileName: encodeURIComponent('orden del día.docx') }]);
    await h.app.bot.idle();
    expect(drafts()).toHaveLength(before + 1);
    expect(JSON.stringify(drafts().pop()!.card)).toMatch(/Informe de la Secretaría Técnica sobre los acuerdos adoptados/);
    await context.close();
  });

  it('given a commissioner who may not set up the session (English), then the dialog shows Sesiona\'s refusal in English and nothing is posted', async () => {
    const url = (await dialogUrl()).replace(/lang=es$/, 'lang=en');
    const context = await browser.newContext({ viewport: { width: 560, height: 520 } });
    const { page, tab } = await openInTeams(context, url, {
      frameContext: 'task', locale: 'en-US', theme: 'dark', meetingId: h.chat.meetingId!, userObjectId: PEOPLE.luis.aadObjectId, authToken: await tokenOf(PEOPLE.luis),
    }, { width: 520, height: 480 });
    await tab.waitForFunction(() => document.getElementById('send')?.textContent === 'Upload', undefined, { timeout: 5_000 });
    const before = drafts().length;
    await tab.locator('#file').setInputFiles({ name: 'agenda.docx', mimeType: DOCX, buffer: await renderDocx(AGENDA) });
    await tab.locator('#send').press('Enter', { timeout: 5_000 });
    await tab.waitForSelector('.upload-status.failed', { timeout: 10_000 });
    expect(await tab.locator('#status').textContent()).toBe('Only the meeting\'s organizer, or the people Sesiona\'s administrators allowed, can create a session here. Nothing was read or kept.');
    await page.screenshot({ path: join(ARTIFACTS, 'upload-dialog-refused-en.png') });
    await h.app.bot.idle();
    expect(drafts()).toHaveLength(before);
    await context.close();
  });

  it('given Teams gives no sign-in, or no file is chosen, then the dialog says so and sends nothing', async () => {
    const context = await browser.newContext({ viewport: { width: 560, height: 520 } });
    let sent = 0;
    context.on('request', (request) => void (request.url().includes('/api/agenda-upload') && sent++));
    const { tab } = await openInTeams(context, await dialogUrl(), {
      frameContext: 'task', locale: 'es-MX', theme: 'default', meetingId: h.chat.meetingId!, userObjectId: PEOPLE.secretary.aadObjectId,
    }, { width: 520, height: 480 });
    await tab.waitForFunction(() => document.getElementById('send')?.textContent === 'Cargar', undefined, { timeout: 5_000 });
    await tab.locator('#send').press('Enter', { timeout: 5_000 });
    expect(await tab.locator('.upload-status.failed').textContent()).toBe('Primero elige un archivo.');
    await tab.locator('#file').setInputFiles({ name: 'orden.docx', mimeType: DOCX, buffer: await renderDocx(AGENDA) });
    await tab.locator('#send').press('Enter', { timeout: 5_000 });
    await tab.waitForFunction(() => /^Teams no entregó tu inicio de sesión/.test(document.getElementById('status')?.textContent ?? ''), undefined, { timeout: 5_000 });
    expect(sent).toBe(0);
    await context.close();
  });

  it('given the side panel of a meeting without a session, then "Cargar orden del día" asks Teams to open the dialog on the upload page of this meeting', async () => {
    const context = await browser.newContext({ viewport: { width: 400, height: 700 } });
    const { page, tab, requests } = await openInTeams(context, `${h.app.url}/tab/`, {
      frameContext: 'sidePanel', locale: 'es-MX', theme: 'default', meetingId: h.chat.meetingId!, userObjectId: PEOPLE.secretary.aadObjectId, authToken: await tokenOf(PEOPLE.secretary),
    });
    const button = tab.locator('#upload');
    await button.waitFor({ state: 'visible', timeout: 5_000 });
    expect(await button.textContent()).toBe('Cargar orden del día');
    await tab.waitForSelector('main h1', { timeout: 5_000 });
    await page.screenshot({ path: join(ARTIFACTS, 'upload-side-panel-button-es.png') });
    await button.press('Enter', { timeout: 5_000 });
    for (const end = Date.now() + 5_000; !(await requests()).some((r) => r.func === 'tasks.startTask') && Date.now() < end;) await new Promise((r) => setTimeout(r, 50));
    const opened = (await requests()).find((r) => r.func === 'tasks.startTask')!;
    expect(opened.args[0]).toMatchObject({ url: `${h.app.url}/tab/upload.html?meeting=${encodeURIComponent(h.chat.meetingId!)}&lang=es`, title: 'Cargar orden del día' });
    await context.close();
  });
});
