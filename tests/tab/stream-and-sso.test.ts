/**
 * The side panel's server side: the session read endpoint, the meeting lookup and the live stream, with Teams SSO
 * on (tokens checked against a local JWKS server with a generated key) and off.
 */
import { cast, command, SESSION_ID } from '../../src/domain/testing/session-spec';
import type { RunningSesiona } from '../../src/http/start-sesiona';
import { AUDIENCE, ISSUER, runningWithSession, ssoEnv, TENANT } from '../support/session-server';
import { LocalSigningKeys } from '../support/signing-keys';
import type { TempStore } from '../support/temp-store';

/** Reads a Server-Sent Events response until `count` events arrived (or the time runs out). */
async function readEvents(response: Response, count: number, ms = 3_000): Promise<{ id: string; data: { version: number; phase: string } }[]> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  const events: { id: string; data: { version: number; phase: string } }[] = [];
  let buffer = '';
  const deadline = Date.now() + ms;
  while (events.length < count && Date.now() < deadline) {
    const chunk = await Promise.race([reader.read(), new Promise<null>((r) => setTimeout(() => r(null), deadline - Date.now()))]);
    if (!chunk || chunk.done) break;
    buffer += decoder.decode(chunk.value, { stream: true });
    const blocks = buffer.split('\n\n');
    buffer = blocks.pop()!;
    for (const block of blocks) {
      const id = /^id: (.*)$/m.exec(block)?.[1];
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (id && data) events.push({ id, data: JSON.parse(data) });
    }
  }
  await reader.cancel();
  return events;
}

describe('without SSO (local development)', () => {
  let app: RunningSesiona;
  let temp: TempStore;
  beforeAll(async () => ({ app, temp } = await runningWithSession({})));
  afterAll(async () => {
    await app.stop();
    await temp.cleanup();
  });

  it('serves the session, the meeting lookup and the side panel page', async () => {
    expect((await fetch(`${app.url}/api/sessions/${SESSION_ID}`)).status).toBe(200);
    expect(await (await fetch(`${app.url}/api/meetings/meeting-1/session`)).json()).toEqual({ sessionId: SESSION_ID });
    const missing = await fetch(`${app.url}/api/meetings/other/session`);
    expect(missing.status).toBe(404);
    expect((await missing.json()).message.es).toMatch(/La Secretaría Técnica puede crearla/);
    const page = await fetch(`${app.url}/tab/`);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await page.text()).toMatch(/<script src="\/tab\/app\.js">/);
    expect((await fetch(`${app.url}/tab/app.js`)).status).toBe(200);
    expect((await fetch(`${app.url}/tab/config.html`)).status).toBe(200);
  });

  it('streams the read model at once, then each change, with the version as event id', async () => {
    const response = await fetch(`${app.url}/api/sessions/${SESSION_ID}/stream`);
    expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
    const first = readEvents(response, 2);
    await new Promise((r) => setTimeout(r, 100));
    await app.service.handle(SESSION_ID, command('StartRollCall', cast.secretary, {}));
    const events = await first;
    expect(events.map((e) => e.data.phase)).toEqual(['not-started', 'roll-call']);
    expect(events.map((e) => Number(e.id))).toEqual([events[0]!.data.version, events[1]!.data.version]);
    expect(events[1]!.data.version).toBeGreaterThan(events[0]!.data.version);
  });

  it('given a reconnect with Last-Event-ID, then it sends what was missed once, and nothing when nothing was missed', async () => {
    const current = (await app.service.view(SESSION_ID))!.version;
    const upToDate = await fetch(`${app.url}/api/sessions/${SESSION_ID}/stream`, { headers: { 'last-event-id': String(current) } });
    expect(await readEvents(upToDate, 1, 400)).toEqual([]);
    const behind = await fetch(`${app.url}/api/sessions/${SESSION_ID}/stream`, { headers: { 'last-event-id': String(current - 1) } });
    const caughtUp = await readEvents(behind, 2, 400);
    expect(caughtUp.map((e) => Number(e.id))).toEqual([current]);
  });

  it('given an unknown session, then the stream answers 404', async () => {
    expect((await fetch(`${app.url}/api/sessions/nope/stream`)).status).toBe(404);
  });
});

describe('with Teams SSO', () => {
  let app: RunningSesiona;
  let temp: TempStore;
  let keys: LocalSigningKeys;

  beforeAll(async () => {
    keys = await LocalSigningKeys.start();
    ({ app, temp } = await runningWithSession(ssoEnv(keys.jwksUrl)));
  });
  afterAll(async () => {
    await app.stop();
    await temp.cleanup();
    await keys.close();
  });

  const token = (claims: { aud?: string; iss?: string; exp?: number; tid?: string } = {}, forged = false) => {
    const signed = { oid: 'aad-ana', name: 'Ana', tid: claims.tid ?? TENANT, iss: claims.iss ?? ISSUER, aud: claims.aud ?? AUDIENCE };
    const expiresIn = claims.exp ? claims.exp - Math.floor(Date.now() / 1000) : 3600;
    return forged ? keys.forged(signed, expiresIn) : keys.token(signed, expiresIn);
  };
  const get = (path: string, bearer?: string) => fetch(`${app.url}${path}`, { headers: bearer ? { authorization: `Bearer ${bearer}` } : {} });

  it('given a valid token, then the session, the meeting lookup and the stream answer', async () => {
    const valid = await token();
    expect((await get(`/api/sessions/${SESSION_ID}`, valid)).status).toBe(200);
    expect((await get('/api/meetings/meeting-1/session', valid)).status).toBe(200);
    const stream = await get(`/api/sessions/${SESSION_ID}/stream`, valid);
    expect(stream.status).toBe(200);
    expect(await readEvents(stream, 1)).toHaveLength(1);
    expect(keys.keyFetches).toBeGreaterThan(0);
  });

  it.each([
    ['no token', async () => undefined, /Falta el token/],
    ['a wrong audience', () => token({ aud: 'api://someone-else/app' }), /no es válido/],
    ['a wrong issuer', () => token({ iss: 'https://login.microsoftonline.com/another-tenant/v2.0' }), /no es válido/],
    ['an expired token', () => token({ exp: Math.floor(Date.now() / 1000) - 3600 }), /expiró/],
    ['a bad signature', () => token({}, true), /no es válido/],
    ['another tenant', () => token({ tid: '00000000-0000-0000-0000-000000000000' }), /no es válido/],
  ])('given %s, then 401 with a clear message and no data', async (_what, make, message) => {
    const bearer = await make();
    for (const path of [`/api/sessions/${SESSION_ID}`, `/api/sessions/${SESSION_ID}/stream`, '/api/meetings/meeting-1/session']) {
      const res = await get(path, bearer);
      expect(res.status).toBe(401);
      const body = await res.json();
      expect(body.error).toBe('unauthorized');
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer error="invalid_token"/);
      expect(body.message.es).toMatch(message);
      expect(JSON.stringify(body)).not.toMatch(/Sexta Sesión/);
    }
  });
});
