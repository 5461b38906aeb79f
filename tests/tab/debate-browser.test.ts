/**
 * The debate on the side panel and the meeting stage as a projector, in a real browser (Debian's Chromium through
 * playwright-core) against a running Sesiona whose session is driven through the application service, as the bot
 * would: the countdown ticks in a 320 px panel whose header stays in sight; "excedido" with the page's clock moved
 * on; the projector at 1280×720 shows the speaker and their countdown, then an open vote's tally, then the last
 * result, then a recess and a lost quorum — in the light, dark and high-contrast themes. Screenshots go to
 * tests/artifacts/debate/ (not committed).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import type { SessionView } from '../../src/app/session-view';
import type { Actor, SessionCommand } from '../../src/domain/commands';
import { cast, item, SESSION_ID, voteId } from '../../src/domain/testing/session-spec';
import type { RunningSesiona } from '../../src/http/start-sesiona';
import { runningWithSession } from '../support/session-server';
import type { TempStore } from '../support/temp-store';

const ARTIFACTS = join(__dirname, '..', 'artifacts', 'debate');
const THEMES = ['default', 'dark', 'contrast'] as const;

describe('the debate on the side panel and the projector on the stage, in a real browser', () => {
  let app: RunningSesiona;
  let temp: TempStore;
  let browser: Browser;
  let panel: Page;
  const stages = new Map<(typeof THEMES)[number], Page>();
  const contexts: BrowserContext[] = [];

  /** A command as the bot would send it, at the real time (or `secondsAgo` before it); it must be accepted. */
  async function act<T extends SessionCommand['type']>(type: T, actor: Actor, data: Extract<SessionCommand, { type: T }>['data'], secondsAgo = 0): Promise<void> {
    const now = new Date(Date.now() - secondsAgo * 1000).toISOString();
    const result = await app.service.handle(SESSION_ID, { type, actor, data, now } as SessionCommand);
    if (!result.ok) throw new Error(`${type} by ${actor.name} was rejected: ${JSON.stringify(result.rejection)}`);
  }
  const view = async (): Promise<SessionView> => (await fetch(`${app.url}/api/sessions/${SESSION_ID}`)).json() as Promise<SessionView>;
  const waitVersion = async (page: Page, atLeast: number) =>
    page.waitForFunction((v) => Number(document.getElementById('app')?.dataset.version ?? 0) >= v, atLeast, { timeout: 5_000 });
  const allCaughtUp = async () => {
    const version = (await view()).version;
    await waitVersion(panel, version);
    for (const stage of stages.values()) await waitVersion(stage, version);
  };
  const shootStages = async (name: string) => {
    for (const [theme, stage] of stages) await stage.screenshot({ path: join(ARTIFACTS, `stage-${name}-${theme}.png`) });
  };
  const text = async (page: Page, selector: string) => ((await page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();

  /** Nothing on the projector is cut off or runs off the screen, and it needs no scrolling. */
  async function expectFitsTheScreen(stage: Page): Promise<void> {
    const overflow = await stage.evaluate(() => {
      const cut = [...document.querySelectorAll<HTMLElement>('.projector *')].filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).display !== 'inline');
      return { cut: cut.map((el) => el.className || el.tagName), height: document.documentElement.scrollHeight, width: document.documentElement.scrollWidth };
    });
    expect(overflow).toEqual({ cut: [], height: 720, width: 1280 });
  }

  async function newPage(viewport: { width: number; height: number }, query: string, clockAt?: number): Promise<Page> {
    const context = await browser.newContext({ viewport, locale: 'en-US' });
    // loopback only: teams-js's look-up of its list of trusted origins on a CDN is refused, as it is outside Teams
    await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
    contexts.push(context);
    const page = await context.newPage();
    if (clockAt !== undefined) await page.clock.install({ time: clockAt });
    await page.goto(`${app.url}/tab/?session=${SESSION_ID}${query}`);
    return page;
  }

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    ({ app, temp } = await runningWithSession({}));
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    await act('StartRollCall', cast.secretary, {});
    for (const who of [cast.chair, cast.luis, cast.sofia, cast.representative]) await act('MarkAttendance', who, { memberId: who.id, present: true });
    await act('StartSession', cast.secretary, {});
    await act('OpenVote', cast.secretary, { voteId: voteId('v-agenda'), method: 'economica', subject: 'agenda' });
    for (const who of [cast.chair, cast.luis, cast.sofia]) await act('CastBallot', who, { choice: 'in-favour' });
    await act('CloseVote', cast.secretary, {});
    await act('StartItem', cast.secretary, { number: item('1') });
    for (const who of [cast.luis, cast.sofia, cast.representative, cast.chair]) await act('AskForFloor', who, {});
    await act('GiveFloor', cast.secretary, {});
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await temp?.cleanup();
  });

  it('given Luis has the floor, then the 320 px side panel shows him with a countdown that ticks, the round and who waits, numbered — in Spanish outside Teams whatever the browser\'s language', async () => {
    panel = await newPage({ width: 320, height: 720 }, '');
    await panel.waitForSelector('[data-clock]');
    expect(await panel.locator('html').getAttribute('lang')).toBe('es-MX');
    expect(await text(panel, '.debate .speaker')).toBe('Luis Consejero');
    expect(await text(panel, '.debate .floor-part')).toBe('Intervención · Ronda 1 · límite 10:00');
    expect(await text(panel, '.debate .round-line')).toBe('Ronda 1 · 10 min por intervención · abierta · 2 rondas más');
    expect(await panel.locator('.debate ol.queue > li').allTextContents()).toEqual(['Sofía Consejera', 'Pedro Representante', 'Ana Presidenta']);
    const first = await text(panel, '[data-clock]');
    expect(first).toMatch(/^▶ quedan (10:00|9:5\d)$/);
    await panel.waitForFunction((before) => document.querySelector('[data-clock]')!.textContent!.replace(/\s+/g, ' ').trim() !== before, first, { timeout: 3_000 });
    expect(await text(panel, '[data-clock]')).toMatch(/^▶ quedan 9:5\d$/);
    expect(await panel.locator('#announcer').textContent()).toMatch(/^Tiene la palabra: Luis Consejero\. Quedan (10:00|9:5\d)\.$/);
    await panel.screenshot({ path: join(ARTIFACTS, 'panel-320-speaking-default.png') });
  });

  it('keeps the header (session, phase, "En vivo") in sight after the list is scrolled to its end', async () => {
    await panel.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await panel.waitForFunction(() => window.scrollY > 300);
    const seen = await panel.evaluate(() => {
      const visibleAt = (el: Element) => {
        const box = el.getBoundingClientRect();
        const hit = document.elementFromPoint(box.left + 4, box.top + box.height / 2);
        return { top: Math.round(box.top), onTop: hit !== null && (el === hit || el.contains(hit)) };
      };
      return { title: visibleAt(document.querySelector('#header h1')!), phase: visibleAt(document.querySelector('#header .phase .label')!), live: visibleAt(document.getElementById('connection')!) };
    });
    expect(seen.title.onTop && seen.phase.onTop && seen.live.onTop).toBe(true);
    expect(seen.title.top).toBeGreaterThanOrEqual(0);
    expect(seen.phase.top).toBeLessThan(200);
    expect(await text(panel, '#header .phase .label')).toBe('En sesión');
    expect(await text(panel, '#connection')).toBe('● En vivo');
    await panel.screenshot({ path: join(ARTIFACTS, 'panel-320-scrolled-default.png') });
    await panel.evaluate(() => window.scrollTo(0, 0));
  });

  it('given the page\'s clock is 10:20 after the floor was given, then "over by 0:20" in English (lang=en, dark); a minute later "over by 1:20", and a screen reader is told once', async () => {
    const givenAt = Date.parse((await view()).debate!.floor!.startedAt);
    const late = await newPage({ width: 320, height: 720 }, '&lang=en&theme=dark', givenAt + 617_000);
    await late.waitForSelector('[data-clock]');
    await late.clock.pauseAt(givenAt + 620_000);
    expect(await text(late, '[data-clock]')).toBe('⚠ over by 0:20');
    expect(await late.locator('[data-clock]').getAttribute('class')).toBe('floor-clock state-exceeded');
    expect(await late.locator('body').getAttribute('class')).toMatch(/theme-dark/);
    await late.clock.runFor(60_000);
    expect(await text(late, '[data-clock]')).toBe('⚠ over by 1:20');
    expect(await late.locator('#announcer').textContent()).toBe('Luis Consejero: over by 1:00.');
    await late.screenshot({ path: join(ARTIFACTS, 'panel-320-exceeded-dark-en.png') });
  });

  it('given the page\'s clock is 20:20 after, then "excedido 10:20" fits the 320 px panel and the projector, in Spanish', async () => {
    const givenAt = Date.parse((await view()).debate!.floor!.startedAt);
    const narrow = await newPage({ width: 320, height: 720 }, '', givenAt + 1_217_000);
    const stage = await newPage({ width: 1280, height: 720 }, '&view=stage', givenAt + 1_217_000);
    for (const page of [narrow, stage]) {
      await page.waitForSelector('[data-clock]');
      await page.clock.pauseAt(givenAt + 1_220_000);
      expect(await text(page, '[data-clock]')).toBe('⚠ excedido 10:20');
    }
    const clockBox = await narrow.locator('[data-clock]').evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, page: document.documentElement.scrollWidth }));
    expect(clockBox.scroll).toBeLessThanOrEqual(clockBox.client);
    expect(clockBox.page).toBe(320);
    await narrow.screenshot({ path: join(ARTIFACTS, 'panel-320-exceeded-default.png') });
    await stage.screenshot({ path: join(ARTIFACTS, 'stage-exceeded-default.png') });
    await expectFitsTheScreen(stage);
  });

  it('on the projector at 1280×720, in every theme: the item, Luis and his countdown in large type, who follows — not the order of the day', async () => {
    for (const theme of THEMES) stages.set(theme, await newPage({ width: 1280, height: 720 }, `&view=stage&theme=${theme}`));
    for (const [theme, stage] of stages) {
      await stage.waitForSelector('.projector [data-clock]');
      expect(await stage.locator('body').getAttribute('class')).toContain(`theme-${theme}`);
      expect(await text(stage, '.stage-item-number')).toBe('Punto 1');
      expect(await text(stage, '.stage-item-title')).toBe('Aprobación del proyecto de minuta de la sesión anterior');
      expect(await text(stage, '.stage-speaker')).toBe('Luis Consejero');
      expect(await text(stage, '.projector [data-clock]')).toMatch(/^▶ quedan \d:\d\d$/);
      expect(await stage.locator('.stage-queue ol > li').allTextContents()).toEqual(['Sofía Consejera', 'Pedro Representante', 'Ana Presidenta']);
      expect(await stage.locator('ol.items').count()).toBe(0);
      const clockPx = await stage.locator('.projector [data-clock]').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(clockPx).toBeGreaterThanOrEqual(100);
    }
    await shootStages('speaking');
    for (const stage of stages.values()) await expectFitsTheScreen(stage);
  });

  it('given Sofía asks a moción al orador, then the countdown says it is paused, on the panel and the stage', async () => {
    await act('AskMotionToSpeaker', cast.sofia, { motionId: 'm1', text: '¿Podría precisar la fuente de los datos?' });
    await allCaughtUp();
    expect(await text(panel, '[data-clock] .clock-paused')).toBe('en pausa (moción)');
    expect(await text(panel, '.pending-motion')).toBe('⚑ Moción al orador de Sofía Consejera — pendiente: «¿Podría precisar la fuente de los datos?»');
    await panel.screenshot({ path: join(ARTIFACTS, 'panel-320-motion-default.png') });
    const contrast = await newPage({ width: 320, height: 720 }, '&theme=contrast');
    await contrast.waitForSelector('[data-clock] .clock-paused');
    await contrast.screenshot({ path: join(ARTIFACTS, 'panel-320-motion-contrast.png') });
    for (const stage of stages.values()) {
      expect(await text(stage, '.projector [data-clock] .clock-paused')).toBe('en pausa (moción)');
      expect(await text(stage, '.stage-motion')).toBe('⚑ Moción al orador de Sofía Consejera — pendiente');
    }
    await shootStages('motion');
    for (const stage of stages.values()) await expectFitsTheScreen(stage);
  });

  it('given the intervention ends and a nominal vote opens, then the projector shows how many have voted of how many and each choice\'s count', async () => {
    await act('AnswerMotionToSpeaker', cast.luis, { accept: false });
    await act('EndIntervention', cast.luis, {});
    await act('CloseRound', cast.secretary, {});
    await act('OpenVote', cast.secretary, { voteId: voteId('v1'), method: 'nominal' });
    await act('CastBallot', cast.luis, { choice: 'against' });
    await act('CastBallot', cast.chair, { choice: 'in-favour' });
    await allCaughtUp();
    for (const stage of stages.values()) {
      expect(await text(stage, '.focus-vote .focus-label')).toBe('Votación en curso · Votación nominal · Punto 1');
      expect(await text(stage, '.stage-progress')).toBe('2 de 3 han votado');
      expect(await stage.locator('.stage-tally li').allTextContents()).toEqual(['A favor 1', 'En contra 1', 'Abstención 0']);
      expect(await stage.locator('[data-clock]').count()).toBe(0);
      await expectFitsTheScreen(stage);
    }
    await shootStages('vote-open');
  });

  it('given the vote closes, then the projector shows the last result in words and numbers', async () => {
    await act('CastBallot', cast.sofia, { choice: 'in-favour' });
    await act('CloseVote', cast.secretary, {});
    await allCaughtUp();
    for (const stage of stages.values()) {
      expect(await text(stage, '.focus-result .focus-label')).toBe('Último resultado · Punto 1');
      expect(await text(stage, '.stage-result')).toBe('Aprobado por mayoría (2–1–0)');
      await expectFitsTheScreen(stage);
    }
    await shootStages('result');
  });

  it('given two commissioners leave and a recess is called, then "Sin quórum" and "Receso" in large type', async () => {
    await act('MarkAttendance', cast.secretary, { memberId: cast.luis.id, present: false });
    await act('MarkAttendance', cast.secretary, { memberId: cast.sofia.id, present: false });
    await allCaughtUp();
    for (const stage of stages.values()) {
      expect(await text(stage, '.stage-band.no-quorum')).toBe('⚠ Sin quórum: 1 de 3 presentes (se requieren 2)');
      await expectFitsTheScreen(stage);
    }
    await shootStages('no-quorum');
    await act('Recess', cast.secretary, {});
    await allCaughtUp();
    for (const stage of stages.values()) {
      expect(await text(stage, '.focus-recess .stage-big')).toBe('Receso');
      await expectFitsTheScreen(stage);
    }
    await shootStages('recess');
    for (const theme of ['dark', 'contrast'] as const) {
      const page = await newPage({ width: 320, height: 720 }, `&theme=${theme}`);
      await page.waitForSelector('.banner.recess');
      await page.screenshot({ path: join(ARTIFACTS, `panel-320-recess-${theme}.png`) });
    }
  });
});
