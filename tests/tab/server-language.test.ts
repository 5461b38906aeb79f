/**
 * Outside Teams no client says which language its person reads: the side panel speaks the server's language
 * (SESIONA_LANGUAGE), whatever the browser's, unless the page asks with ?lang=.
 */
import { type Browser, chromium } from 'playwright-core';
import { SESSION_ID } from '../../src/domain/testing/session-spec';
import type { RunningSesiona } from '../../src/http/start-sesiona';
import { runningWithSession } from '../support/session-server';
import type { TempStore } from '../support/temp-store';

describe('the side panel outside Teams speaks the server\'s language', () => {
  let browser: Browser;
  const servers: { app: RunningSesiona; temp: TempStore }[] = [];
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
  });
  afterAll(async () => {
    await browser?.close();
    for (const s of servers) {
      await s.app.stop();
      await s.temp.cleanup();
    }
  });

  async function pageLanguage(env: Record<string, string>, browserLocale: string, query = ''): Promise<string | null> {
    const { app, temp } = await runningWithSession(env);
    servers.push({ app, temp });
    const context = await browser.newContext({ locale: browserLocale });
    await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
    const page = await context.newPage();
    await page.goto(`${app.url}/tab/?session=${SESSION_ID}${query}`);
    await page.waitForFunction(() => Number(document.getElementById('app')?.dataset.version ?? 0) > 0, undefined, { timeout: 10_000 });
    const lang = await page.locator('html').getAttribute('lang');
    await context.close();
    return lang;
  }

  it('given SESIONA_LANGUAGE=en and a Spanish browser, then the panel is in English', async () => {
    expect(await pageLanguage({ SESIONA_LANGUAGE: 'en' }, 'es-MX')).toBe('en');
  });

  it('given no SESIONA_LANGUAGE and an English browser, then the panel is in Spanish; ?lang=en asks for English', async () => {
    expect(await pageLanguage({}, 'en-US')).toBe('es-MX');
    expect(await pageLanguage({}, 'es-MX', '&lang=en')).toBe('en');
  });
});
