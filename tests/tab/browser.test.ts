/**
 * The side panel in a real browser (Debian's Chromium through playwright-core): opened in browser mode against a
 * running Sesiona, it follows a session driven through the bot's HTTP endpoint, and catches up after its stream is
 * cut; on the stage it is the projector. Screenshots at side-panel and stage width go to tests/artifacts/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { MeetingHarness, PEOPLE } from '../support/meeting-harness';

const ARTIFACTS = join(__dirname, '..', 'artifacts');
const AGENDA = 'orden del día\nComisión de Vinculación con Organismos Externos\nSexta Sesión Ordinaria de 2024\n24 de junio de 2024, 12:30 horas, sesión virtual\nOrden del día\n1. Presentación y, en su caso, aprobación del proyecto de minuta de la quinta sesión.\n2. Informe sobre convenios interinstitucionales.\n3. Informes del programa de trabajo.\n a) Décimo informe de avance.\n b) Informe sobre el evento Red Flag.\n4. Asuntos generales.';
const { secretary, chair, luis, sofia } = PEOPLE;

describe('the side panel in a real browser', () => {
  let h: MeetingHarness;
  let browser: Browser;
  let panel: Page;
  let stage: Page;
  let sessionId = '';

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    h = await MeetingHarness.start();
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    await h.say(secretary, AGENDA);
    await h.click(secretary, 'confirm-agenda', { card: 'draft', draftId: h.postedCards().pop()!.card.actions[0].data.draftId });
    await h.say(secretary, 'presidencia', { mentions: [chair] });
    await h.say(secretary, 'integrantes', { mentions: [luis, sofia] });
    sessionId = (await h.view()).id;
    panel = await browser.newPage({ viewport: { width: 320, height: 720 }, locale: 'es-MX' });
    stage = await browser.newPage({ viewport: { width: 1280, height: 720 }, locale: 'es-MX' });
  });

  afterAll(async () => {
    await browser?.close();
    await h?.stop();
  });

  const current = (page: Page) => page.locator('[aria-current="step"]').getAttribute('data-number');
  const waitVersion = async (page: Page, atLeast: number) => page.waitForFunction((v) => Number(document.getElementById('app')?.dataset.version ?? 0) >= v, atLeast, { timeout: 5_000 });

  it('opens outside Teams with ?session=ID and shows the session and its order of the day', async () => {
    await panel.goto(`${h.app.url}/tab/?session=${sessionId}`);
    await panel.waitForSelector('ol.items > li.item');
    expect(await panel.locator('h1').textContent()).toBe('Sexta Sesión Ordinaria de 2024');
    expect(await panel.locator('ol.items > li.item').count()).toBe(4);
    expect(await panel.locator('.phase .label').textContent()).toBe('Sin iniciar');
    expect(await panel.locator('#connection').textContent()).toMatch(/En vivo/);
    await stage.goto(`${h.app.url}/tab/?session=${sessionId}&view=stage`);
    await stage.waitForSelector('.projector');
    expect(await stage.locator('ol.items').count()).toBe(0);
  });

  it('follows the session as the bot records it: roll call, quorum, the current item moves', async () => {
    await h.say(secretary, 'pase de lista');
    for (const who of [chair, luis, sofia]) await h.click(who, 'present', { card: 'roll-call' });
    await h.say(secretary, 'iniciar sesión');
    await h.approveAgenda([chair, luis, sofia]);
    await h.say(secretary, 'siguiente');
    await waitVersion(panel, (await h.view()).version);
    expect(await panel.locator('.procedure-votes').textContent()).toBe('Orden del día: Aprobado por unanimidad (3–0–0)');
    expect(await panel.locator('.quorum-line').textContent()).toMatch(/Hay quórum: 3 de 3 presentes/);
    expect(await current(panel)).toBe('1');
    await h.say(secretary, 'votación nominal');
    const voteId = (await h.view()).openVote!.id;
    await h.click(luis, 'ballot', { card: 'vote', voteId, choice: 'against' });
    await waitVersion(panel, (await h.view()).version);
    expect(await panel.locator('.open-vote .voted-count').textContent()).toBe('1');
    expect(await panel.locator('.open-vote .tally').textContent()).toMatch(/En contra: 1/);
    await panel.screenshot({ path: join(ARTIFACTS, 'side-panel-vote-open.png'), fullPage: true });
    await h.click(chair, 'ballot', { card: 'vote', voteId, choice: 'in-favour' });
    await h.click(sofia, 'ballot', { card: 'vote', voteId, choice: 'in-favour' });
    await h.say(secretary, 'cerrar votación');
    await waitVersion(panel, (await h.view()).version);
    expect(await panel.locator('li.item[data-number="1"] .result').textContent()).toBe('Aprobado por mayoría (2–1–0)');
    expect(await panel.locator('.open-vote').count()).toBe(0);
  });

  it('after its stream is cut, the page reconnects and catches up with what happened meanwhile', async () => {
    h.app.streams.dropAll();
    await h.say(secretary, 'siguiente');
    await h.say(secretary, 'siguiente');
    const version = (await h.view()).version;
    await waitVersion(panel, version);
    expect(await current(panel)).toBe('3');
    expect(await panel.locator('#connection').textContent()).toMatch(/En vivo/);
    await stage.bringToFront();
    await waitVersion(stage, version);
    expect(await stage.locator('.stage-item-number').textContent()).toBe('Punto 3');
    await panel.screenshot({ path: join(ARTIFACTS, 'side-panel-320.png'), fullPage: true });
    await stage.screenshot({ path: join(ARTIFACTS, 'stage-1280.png') });
  });

  it('shows "Sin quórum" prominently when two commissioners leave, with the time each left, on the panel and the stage', async () => {
    await h.say(secretary, 'salida', { mentions: [luis, sofia] });
    const version = (await h.view()).version;
    await waitVersion(panel, version);
    expect(await panel.locator('.banner.no-quorum').textContent()).toMatch(/^⚠ Sin quórum: 1 de 3 presentes \(se requieren 2\)\. No se puede votar/);
    expect(await panel.locator('.attendance li.is-gone').count()).toBe(2);
    expect(await panel.locator('.attendance li').first().textContent()).toMatch(/Marta Secretaria \(Secretaría Técnica · no cuenta para el quórum\)/);
    await panel.screenshot({ path: join(ARTIFACTS, 'side-panel-no-quorum.png'), fullPage: true });
    await waitVersion(stage, version);
    expect(await stage.locator('.stage-band.no-quorum').isVisible()).toBe(true);
    await stage.screenshot({ path: join(ARTIFACTS, 'stage-no-quorum.png') });
  });

  it('shows a recess and, in English and dark theme, the same state', async () => {
    await h.say(secretary, 'receso');
    await waitVersion(panel, (await h.view()).version);
    expect(await panel.locator('.banner.recess').textContent()).toBe('La sesión está en receso.');
    const english = await browser.newPage({ viewport: { width: 320, height: 720 } });
    await english.goto(`${h.app.url}/tab/?session=${sessionId}&lang=en&theme=dark`);
    await english.waitForSelector('.banner.recess');
    expect(await english.locator('.phase .label').textContent()).toBe('In recess');
    await english.screenshot({ path: join(ARTIFACTS, 'side-panel-320-dark-en.png'), fullPage: true });
    await english.close();
  });

  it('shows real screens for a missing link and an unknown session', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 600 }, locale: 'es-MX' });
    await page.goto(`${h.app.url}/tab/`);
    await page.waitForSelector('.screen-no-link');
    await page.goto(`${h.app.url}/tab/?session=no-existe`);
    await page.waitForSelector('.screen-not-found');
    expect(await page.locator('.screen h1').textContent()).toBe('No encontramos esa sesión');
    await page.close();
  });
});
