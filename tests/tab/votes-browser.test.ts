/**
 * Votes as electoral bodies take them, on the side panel (320 px) and the stage (1280×720), in a real browser
 * (Debian's Chromium through playwright-core) against a running Sesiona whose session is driven through the
 * application service, as the bot would: changes to the order of the day proposed before its approval, item 1 linked
 * to the previous session's minutes, a member excused from item 3.b, its draft approved en lo general, a reserved part
 * whose proposal wins en lo particular, and a voto particular announced on it; then the session closed and its minutes
 * downloaded with the panel's link. Screenshots go to tests/artifacts/votes/ (not committed).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import type { SessionView } from '../../src/app/session-view';
import { asAadObjectId } from '../../src/domain';
import type { Actor, SessionCommand } from '../../src/domain/commands';
import { cast, item, ROLES, SESSION_ID, voteId } from '../../src/domain/testing/session-spec';
import type { RunningSesiona } from '../../src/http/start-sesiona';
import { runningWithSession } from '../support/session-server';
import type { TempStore } from '../support/temp-store';

const ARTIFACTS = join(__dirname, '..', 'artifacts', 'votes');
/** A fourth voting member, so the draft is voted by three while one is excused. */
const raul: Actor = { id: asAadObjectId('aad-raul'), name: 'Raúl Consejero' };
const VOTERS = [cast.chair, cast.luis, cast.sofia];

describe('votes en lo general y en lo particular, excusas and votos particulares on the side panel and the stage, in a real browser', () => {
  let app: RunningSesiona;
  let temp: TempStore;
  let browser: Browser;
  let panel: Page;
  let stage: Page;
  const contexts: BrowserContext[] = [];

  /** A command as the bot would send it, now; it must be accepted. */
  async function act<T extends SessionCommand['type']>(type: T, actor: Actor, data: Extract<SessionCommand, { type: T }>['data']): Promise<void> {
    const result = await app.service.handle(SESSION_ID, { type, actor, data, now: new Date().toISOString() } as SessionCommand);
    if (!result.ok) throw new Error(`${type} by ${actor.name} was rejected: ${JSON.stringify(result.rejection)}`);
  }
  const view = async (): Promise<SessionView> => (await fetch(`${app.url}/api/sessions/${SESSION_ID}`)).json() as Promise<SessionView>;
  const caughtUp = async (...pages: Page[]) => {
    const version = (await view()).version;
    for (const page of pages) await page.waitForFunction((v) => Number(document.getElementById('app')?.dataset.version ?? 0) >= v, version, { timeout: 5_000 });
  };
  const text = async (page: Page, selector: string) => ((await page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();
  const texts = async (page: Page, selector: string) => (await page.locator(selector).allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
  const vote = async (id: string, choices: [Actor, 'in-favour' | 'against'][], reservationId?: string) => {
    await act('OpenVote', cast.secretary, { voteId: voteId(id), method: 'nominal', ...(reservationId ? { reservationId } : {}) });
    for (const [who, choice] of choices) await act('CastBallot', who, { choice });
    await act('CloseVote', cast.secretary, {});
  };

  /** The panel is 320 px wide and nothing makes it scroll sideways. */
  async function expectNoSidewaysScroll(page: Page): Promise<void> {
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(320);
  }

  /** Nothing on the projector is cut off or runs off the screen, and it needs no scrolling. */
  async function expectFitsTheScreen(page: Page): Promise<void> {
    const overflow = await page.evaluate(() => {
      const cut = [...document.querySelectorAll<HTMLElement>('.projector *')].filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).display !== 'inline');
      return { cut: cut.map((el) => el.className || el.tagName), height: document.documentElement.scrollHeight, width: document.documentElement.scrollWidth };
    });
    expect(overflow).toEqual({ cut: [], height: 720, width: 1280 });
  }

  async function newPage(viewport: { width: number; height: number }, query: string): Promise<Page> {
    const context = await browser.newContext({ viewport, locale: 'en-US', acceptDownloads: true });
    // loopback only: teams-js's look-up of its list of trusted origins on a CDN is refused, as it is outside Teams
    await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${app.url}/tab/?session=${SESSION_ID}${query}`);
    await page.waitForSelector('#app[data-version]');
    return page;
  }

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    ({ app, temp } = await runningWithSession({}));
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    await act('AssignRoles', cast.secretary, { members: [...ROLES.map(([a, role]) => ({ id: a.id, name: a.name, role })), { id: raul.id, name: raul.name, role: 'voting-member' }] });
    await act('StartRollCall', cast.secretary, {});
    for (const who of [...VOTERS, raul, cast.representative]) await act('MarkAttendance', who, { memberId: who.id, present: true });
    await act('StartSession', cast.secretary, {});
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await temp?.cleanup();
  });

  it('given a deferral proposed and an item requested before the order of the day is approved, then the 320 px panel lists both, numbered', async () => {
    await act('ProposeAgendaChange', cast.luis, { changeId: 'c1', change: { kind: 'defer', number: item('2') } });
    await act('ProposeAgendaChange', cast.representative, { changeId: 'c2', change: { kind: 'add', title: 'Informe sobre la consulta infantil y juvenil 2024' } });
    panel = await newPage({ width: 320, height: 720 }, '');
    await caughtUp(panel);
    expect(await texts(panel, '.agenda-proposals ol > li')).toEqual([
      'Luis Consejero propone diferir el punto 2',
      'Pedro Representante solicita agregar: Informe sobre la consulta infantil y juvenil 2024',
    ]);
    expect(await text(panel, '.pending-approval')).toBe('El orden del día aún no se aprueba.');
    await expectNoSidewaysScroll(panel);
    await panel.locator('section.agenda').screenshot({ path: join(ARTIFACTS, 'panel-320-agenda-proposals.png') });
  });

  it('given the order of the day approved and item 1 linked to the previous minutes with a correction, then item 1 says whose minutes, with links and the correction', async () => {
    await act('OpenVote', cast.secretary, { voteId: voteId('v-agenda'), method: 'economica', subject: 'agenda' });
    for (const who of [...VOTERS, raul]) await act('CastBallot', who, { choice: 'in-favour' });
    await act('CloseVote', cast.secretary, {});
    await act('LinkPreviousMinutes', cast.secretary, { number: item('1'), sessionId: 'quinta-ordinaria-2024' as never, title: 'Quinta Sesión Ordinaria', date: '2024-05-27' });
    await act('NoteMinutesCorrections', cast.secretary, { text: 'En la página 3 dice «Lic. Pérez»; debe decir «Mtra. Pérez».' });
    await caughtUp(panel);
    expect(await text(panel, '.agenda-proposals h3')).toBe('Modificaciones al orden del día');
    expect(await text(panel, 'li.item[data-number="2"] .status')).toBe('Diferido');
    expect(await text(panel, 'li.item[data-number="1"] .previous-minutes p')).toBe('▤ Aprueba la minuta de la Quinta Sesión Ordinaria (27 de mayo de 2024) · Descargar la minuta (Word)');
    expect(await panel.locator('a.previous-session').getAttribute('href')).toBe('/tab/?session=quinta-ordinaria-2024');
    expect(await text(panel, 'li.item[data-number="1"] .corrections li')).toBe('En la página 3 dice «Lic. Pérez»; debe decir «Mtra. Pérez».');
    await expectNoSidewaysScroll(panel);
    await panel.locator('li.item[data-number="1"]').screenshot({ path: join(ARTIFACTS, 'panel-320-previous-minutes.png') });
  });

  it('given Raúl excused from item 3.b and a part reserved with a proposal, when the vote en lo general opens, then it says so and lists Raúl as excused, on the panel and the projector', async () => {
    await act('RecordExcusal', raul, { number: item('3.b'), reason: 'participó en la elaboración del proyecto' });
    await act('StartItem', cast.secretary, { number: item('3.b') });
    await act('ReservePart', cast.luis, { reservationId: 'r1', part: 'Punto resolutivo tercero', proposal: 'Sustituir «30 días naturales» por «15 días hábiles»' });
    await act('ReservePart', cast.sofia, { reservationId: 'r2', part: 'Considerando 12' });
    await act('OpenVote', cast.secretary, { voteId: voteId('g'), method: 'nominal' });
    await act('CastBallot', cast.chair, { choice: 'in-favour' });
    stage = await newPage({ width: 1280, height: 720 }, '&view=stage');
    await caughtUp(panel, stage);
    expect(await text(panel, '.open-vote h2')).toBe('Votación en curso: Votación nominal · Punto 3.b, en lo general');
    expect(await text(panel, '.open-vote .progress')).toBe('1 de 3 han votado');
    expect(await text(panel, '.open-vote .excused')).toBe('⊘ Se excusa: Raúl Consejero');
    expect(await text(stage, '.focus-vote .focus-label')).toBe('Votación en curso · Votación nominal · Punto 3.b, en lo general');
    expect(await text(stage, '.stage-excused')).toBe('⊘ Se excusa: Raúl Consejero');
    await expectNoSidewaysScroll(panel);
    await panel.screenshot({ path: join(ARTIFACTS, 'panel-320-general-open.png') });
    await stage.screenshot({ path: join(ARTIFACTS, 'stage-general-open.png') });
    await expectFitsTheScreen(stage);
  });

  it('given approved en lo general, when Luis\'s part is voted en lo particular, then the projector\'s heading names the part', async () => {
    await act('CastBallot', cast.luis, { choice: 'in-favour' });
    await act('CastBallot', cast.sofia, { choice: 'in-favour' });
    await act('CloseVote', cast.secretary, {});
    await act('OpenVote', cast.secretary, { voteId: voteId('p1'), method: 'nominal', reservationId: 'r1' });
    await act('CastBallot', cast.chair, { choice: 'in-favour' });
    await caughtUp(panel, stage);
    expect(await text(stage, '.focus-vote .focus-label')).toBe('Votación en curso · Votación nominal · Punto 3.b, en lo particular: Punto resolutivo tercero');
    expect(await text(panel, '.open-vote .vote-reservation')).toBe('Luis Consejero reservó «Punto resolutivo tercero» — Propuesta: «Sustituir «30 días naturales» por «15 días hábiles»»');
    await expectNoSidewaysScroll(panel);
    await panel.screenshot({ path: join(ARTIFACTS, 'panel-320-particular-open.png') });
    await stage.screenshot({ path: join(ARTIFACTS, 'stage-particular-open.png') });
    await expectFitsTheScreen(stage);
  });

  it('given the proposal won 2–1 and Sofía announced a voto particular, then item 3.b shows each vote with its count, the outcome, the excusal and the opinion — at 320 px, in Spanish and English, light and dark', async () => {
    await act('CastBallot', cast.luis, { choice: 'in-favour' });
    await act('CastBallot', cast.sofia, { choice: 'against' });
    await act('CloseVote', cast.secretary, {});
    await act('AnnounceSeparateOpinion', cast.sofia, { opinionId: 'o1', kind: 'particular' });
    await caughtUp(panel, stage);
    const item3b = 'li.item[data-number="3.b"]';
    expect(await texts(panel, `${item3b} .item-votes li.part-vote > .vote-subject`)).toEqual(['Punto 3.b, en lo general', 'Punto 3.b, en lo particular: Punto resolutivo tercero']);
    expect(await texts(panel, `${item3b} .item-votes li.part-vote > .result`)).toEqual(['Aprobado por unanimidad (3–0–0)', 'Aprobado por mayoría (2–1–0)']);
    expect(await texts(panel, `${item3b} .reservation-outcome`)).toEqual(['✔ Se aprobó la propuesta de modificación', '○ por votarse en lo particular']);
    expect(await text(panel, `${item3b} .excusals li`)).toBe('⊘ Raúl Consejero se excusó — motivo: participó en la elaboración del proyecto');
    expect(await text(panel, `${item3b} .opinions li`)).toMatch(/^✎ Voto particular de Sofía Consejera — a presentarse a más tardar el \S+ \d+ de \S+ de \d{4}, \d\d:\d\d horas$/);
    expect(await text(stage, '.focus-result .focus-label')).toBe('Último resultado · Punto 3.b, en lo particular: Punto resolutivo tercero');
    expect(await text(stage, '.stage-result')).toBe('Aprobado por mayoría (2–1–0)');
    await expectFitsTheScreen(stage);
    await stage.screenshot({ path: join(ARTIFACTS, 'stage-particular-result.png') });
    await expectNoSidewaysScroll(panel);
    await panel.locator(item3b).scrollIntoViewIfNeeded();
    await panel.screenshot({ path: join(ARTIFACTS, 'panel-320-item-3b-es.png') });
    await panel.locator(item3b).screenshot({ path: join(ARTIFACTS, 'panel-320-item-3b-es-whole.png') });
    for (const [query, name] of [['&lang=en', 'en'], ['&theme=dark', 'es-dark'], ['&theme=contrast&lang=en', 'en-contrast']] as const) {
      const page = await newPage({ width: 320, height: 720 }, query);
      await caughtUp(page);
      await expectNoSidewaysScroll(page);
      await page.locator(item3b).screenshot({ path: join(ARTIFACTS, `panel-320-item-3b-${name}.png`) });
      if (name === 'en') {
        expect(await texts(page, `${item3b} .item-votes li.part-vote > .vote-subject`)).toEqual(['Item 3.b, in general', 'Item 3.b, separately: Punto resolutivo tercero']);
        expect(await text(page, `${item3b} .reservation-outcome`)).toBe('✔ The proposed change was approved');
        expect(await text(page, `${item3b} .opinions li`)).toMatch(/^✎ Dissenting opinion by Sofía Consejera — to be filed by \w+, \w+ \d+, \d{4}, \d\d:\d\d$/);
      }
    }
  });

  it('given the session closed, when the panel\'s minutes link is clicked, then the minutes come down as a Word document', async () => {
    await vote('p2', [[cast.chair, 'against'], [cast.luis, 'against'], [cast.sofia, 'in-favour']], 'r2');
    await act('CloseSession', cast.secretary, {});
    await caughtUp(panel);
    expect(await text(panel, '.minutes-link')).toBe('▤ Descargar la minuta (Word)');
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.locator('.minutes-link a').click()]);
    expect(download.suggestedFilename()).toBe(`minuta-${SESSION_ID}.docx`);
    const saved = join(ARTIFACTS, 'minuta.docx');
    await download.saveAs(saved);
    expect(readFileSync(saved).subarray(0, 2).toString()).toBe('PK');
    await panel.evaluate(() => window.scrollTo(0, 0));
    await panel.screenshot({ path: join(ARTIFACTS, 'panel-320-closed.png') });
  });
});
