/**
 * The tab inside a (fake) Teams client, in a real browser: the frame context decides side panel or projector, the
 * Teams client's locale the language (not the browser's), its theme the colours, and whoever conducts the session
 * sees "Share to the meeting stage", which asks Teams to share the projector.
 */
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { cast, SESSION_ID } from '../../src/domain/testing/session-spec';
import type { RunningSesiona } from '../../src/http/start-sesiona';
import { runningWithSession } from '../support/session-server';
import type { TempStore } from '../support/temp-store';
import { openInTeams } from './fake-teams-client';

const ARTIFACTS = join(__dirname, '..', 'artifacts', 'debate');

describe('the tab inside a Teams client', () => {
  let app: RunningSesiona;
  let temp: TempStore;
  let browser: Browser;

  beforeAll(async () => {
    ({ app, temp } = await runningWithSession({}));
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      // the fake Teams page is "public" (https://teams.microsoft.com) and frames the tab on loopback, which Chromium's
      // local network access checks would block; in Teams both are public hosts, so the check is not what is tested
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
        '--disable-features=LocalNetworkAccessChecks'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await temp?.cleanup();
  });

  it('given the secretary opens the side panel in an English Teams client (browser in Spanish), dark theme, then the panel is in English and dark, and her "Share to the meeting stage" asks Teams to share the projector', async () => {
    const context = await browser.newContext({ locale: 'es-MX', viewport: { width: 400, height: 760 } });
    const { page, tab, requests } = await openInTeams(context, `${app.url}/tab/`, {
      frameContext: 'sidePanel', locale: 'en-US', theme: 'dark', meetingId: 'meeting-1', userObjectId: cast.secretary.id,
    });
    await tab.waitForSelector('#header h1', { timeout: 5_000 });
    expect(await tab.locator('html').getAttribute('lang')).toBe('en');
    expect(await tab.locator('body').getAttribute('class')).toMatch(/\bpanel\b.*\btheme-dark\b|\btheme-dark\b.*\bpanel\b/);
    expect(await tab.locator('#header .phase .label').textContent()).toBe('Not started');
    const share = tab.locator('#share');
    await share.waitFor({ state: 'visible', timeout: 5_000 });
    expect(await share.textContent()).toBe('Share to the meeting stage');
    await share.press('Enter', { timeout: 5_000 }); // from the keyboard, as anyone may
    await tab.waitForFunction(() => document.getElementById('share')!.textContent === 'Shared on the stage', undefined, { timeout: 5_000 });
    const shared = (await requests()).filter((r) => r.func === 'meeting.shareAppContentToStage');
    expect(shared).toHaveLength(1);
    expect(shared[0]!.args[0]).toBe(`${app.url}/tab/?session=${SESSION_ID}&view=stage`);
    await page.screenshot({ path: join(ARTIFACTS, 'teams-side-panel-dark-en.png') });
    await context.close();
  });

  it('given a commissioner who does not conduct, then no share button', async () => {
    const context = await browser.newContext({ viewport: { width: 400, height: 760 } });
    const { tab } = await openInTeams(context, `${app.url}/tab/`, {
      frameContext: 'sidePanel', locale: 'es-MX', theme: 'default', meetingId: 'meeting-1', userObjectId: cast.luis.id,
    });
    await tab.waitForSelector('#header h1', { timeout: 5_000 });
    expect(await tab.locator('#header .phase .label').textContent()).toBe('Sin iniciar');
    expect(await tab.locator('#share').isHidden()).toBe(true);
    await context.close();
  });

  it('given the meeting stage in a Spanish Teams client (browser in English), high contrast, then the projector in Spanish and high contrast', async () => {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 720 } });
    const { page, tab } = await openInTeams(context, `${app.url}/tab/?session=${SESSION_ID}&view=stage`, {
      frameContext: 'meetingStage', locale: 'es-MX', theme: 'contrast', meetingId: 'meeting-1', userObjectId: cast.luis.id,
    }, { width: 1280, height: 720 });
    await tab.waitForSelector('.projector');
    expect(await tab.locator('html').getAttribute('lang')).toBe('es-MX');
    expect(await tab.locator('body').getAttribute('class')).toMatch(/\bstage\b.*\btheme-contrast\b|\btheme-contrast\b.*\bstage\b/);
    expect(await tab.locator('.stage-top .phase .label').textContent()).toBe('Sin iniciar');
    expect(await tab.locator('#share').isHidden()).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'teams-stage-contrast-es.png') });
    await context.close();
  });
});
