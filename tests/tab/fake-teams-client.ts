/**
 * A Teams client for the side panel's browser tests: a page served (by Playwright's routing, no network) at
 * https://teams.microsoft.com — an origin teams-js trusts — that frames Sesiona's tab and answers teams-js's
 * postMessage protocol as Teams does: `initialize` (the frame context), `getContext` (locale, theme, meeting, user),
 * `authentication.getAuthToken` (the context's `authToken`, else refused: SSO off) and `meeting.shareAppContentToStage`
 * (accepted, and remembered so the test can read what was shared). Every other request outside loopback is aborted.
 */
import { type Browser, type BrowserContext, chromium, type Frame, type Page } from 'playwright-core';

export interface TeamsClientContext {
  frameContext: 'sidePanel' | 'meetingStage' | 'content' | 'task';
  locale: string;
  theme: 'default' | 'dark' | 'contrast';
  meetingId: string;
  userObjectId: string;
  /** The Teams SSO token `getAuthToken` gives (signed by the test's Entra keys); refused when absent. */
  authToken?: string;
}

const HOST = 'https://teams.microsoft.com';

function hostPage(tabUrl: string, context: TeamsClientContext, size: { width: number; height: number }): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>Teams (fake)</title></head>
<body style="margin:0">
<iframe id="tab" src="${tabUrl}" style="border:0;width:${size.width}px;height:${size.height}px"></iframe>
<script>
  window.teamsRequests = [];
  const context = ${JSON.stringify({ ...context, hostClientType: 'web', appSessionId: 'fake-session' })};
  window.addEventListener('message', (event) => {
    const request = event.data;
    if (!request || typeof request.id !== 'number' || typeof request.func !== 'string') return;
    window.teamsRequests.push({ func: request.func, args: request.args });
    const reply = (args) => event.source.postMessage({ id: request.id, args }, event.origin);
    if (request.func === 'initialize') reply([context.frameContext, 'web', '2.0.0']);
    else if (request.func === 'getContext') reply([context]);
    else if (request.func === 'authentication.getAuthToken') reply(context.authToken ? [true, context.authToken] : [false, 'SSO is not configured in this test']);
    else if (request.func === 'meeting.shareAppContentToStage') reply([null, true]);
  });
</script></body></html>`;
}

/**
 * Headless Chromium for pages framed by the fake Teams client. The fake Teams page is "public"
 * (https://teams.microsoft.com) and frames Sesiona on loopback, which Chromium's local network access checks would
 * block; in Teams both are public hosts, so that check is not what is tested.
 */
export function launchForTeams(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-features=LocalNetworkAccessChecks'],
  });
}

/** Opens Sesiona's tab inside the fake Teams client; answers the page and the tab's frame. */
export async function openInTeams(
  browserContext: BrowserContext, tabUrl: string, context: TeamsClientContext, size = { width: 320, height: 700 },
): Promise<{ page: Page; tab: Frame; requests: () => Promise<{ func: string; args: unknown[] }[]> }> {
  await browserContext.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, async (route) => {
    if (route.request().url().startsWith(`${HOST}/meeting`)) await route.fulfill({ contentType: 'text/html', body: hostPage(tabUrl, context, size) });
    else await route.abort();
  });
  const page = await browserContext.newPage();
  await page.goto(`${HOST}/meeting`);
  const tab = page.frame({ url: (url) => url.href.startsWith(tabUrl) })!;
  return { page, tab, requests: () => page.evaluate(() => (window as unknown as { teamsRequests: { func: string; args: unknown[] }[] }).teamsRequests) };
}
