/**
 * The Bot Framework token on /api/messages when the bot has a MicrosoftAppId: botbuilder checks it against the
 * OpenID metadata and keys of a local issuer (tests/support/signing-keys.ts) instead of login.botframework.com. A
 * missing, forged, expired or foreign token is 401 with a short message; keys that cannot be fetched are 503; no
 * answer carries internal text, and nothing is recorded.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../src/config';
import { type RunningSesiona, startSesiona } from '../../src/http/start-sesiona';
import { messageToBot, type MeetingChat } from '../../src/local-connector/teams-activities';
import { LocalSigningKeys } from '../support/signing-keys';
import { storeSnapshot } from '../support/store-snapshot';
import { createTempStore, type TempStore } from '../support/temp-store';

const APP_ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const BOT_FRAMEWORK = 'https://api.botframework.com';
const chat: MeetingChat = {
  serviceUrl: 'https://smba.trafficmanager.net/amer/', conversationId: '19:meeting_auth@thread.v2', meetingId: 'MCMxOTptZWV0aW5nX2F1dGg=',
  tenantId: 'f0e1d2c3-b4a5-9687-7869-5a4b3c2d1e0f', bot: { id: `28:${APP_ID}`, name: 'Sesiona' }, locale: 'es-MX',
};
const person = { id: '29:ana', name: 'Ana Presidenta', aadObjectId: 'aad-ana-0000' };
/** Typing: an activity the bot takes without answering (answering would need a token from Entra ID). */
const typing = () => ({ ...messageToBot(chat, person, ''), type: 'typing', text: undefined, entities: undefined });
const claims = (extra: Record<string, unknown> = {}) => ({ iss: BOT_FRAMEWORK, aud: APP_ID, serviceurl: chat.serviceUrl, ...extra });

async function started(openIdMetadataUrl: string): Promise<{ app: RunningSesiona; temp: TempStore; logs: string[] }> {
  const temp = createTempStore();
  const logs: string[] = [];
  const loaded = loadConfig({ PORT: '0', HOST: '127.0.0.1', MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'bot-secret', MicrosoftAppType: 'MultiTenant', SESIONA_PUBLIC_READ: 'on' });
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  const app = await startSesiona(loaded.config, { store: temp.store, log: (l) => logs.push(l), botOpenIdMetadataUrl: openIdMetadataUrl });
  return { app, temp, logs };
}

async function post(app: RunningSesiona, activity: object, authorization?: string) {
  const res = await fetch(`${app.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify(activity),
  });
  const text = await res.text();
  return { status: res.status, text, body: text ? JSON.parse(text) : undefined, retryAfter: res.headers.get('retry-after') };
}

const INTERNAL_TEXT = /Unauthorized[ .]|Signing Key|invalid signature|jwt (malformed|expired)|ECONNREFUSED|request to http|Failed to load|openID config|\bat \w+ \(/;

describe('Bot Framework tokens, checked against the issuer\'s keys', () => {
  let keys: LocalSigningKeys;
  let app: RunningSesiona;
  let temp: TempStore;
  beforeAll(async () => {
    keys = await LocalSigningKeys.start();
    ({ app, temp } = await started(keys.metadataUrl));
  });
  afterAll(async () => {
    await app.stop();
    await temp.cleanup();
    await keys.close();
  });

  it('given a token the Bot Framework signed for this bot, then the activity is taken', async () => {
    const res = await post(app, typing(), `Bearer ${await keys.token(claims())}`);
    expect(res.status).toBe(200);
    expect(keys.keyFetches).toBeGreaterThan(0);
  });

  it.each([
    ['no token', async () => undefined],
    ['a token signed with another key under the issuer\'s key id (forged)', async () => `Bearer ${await keys.forged(claims())}`],
    ['something that is not a token', async () => 'Bearer not-a-token'],
    ['a token for another bot', async () => `Bearer ${await keys.token(claims({ aud: '00000000-0000-0000-0000-000000000000' }))}`],
    ['an expired token', async () => `Bearer ${await keys.token(claims(), -3600)}`],
    ['a token from another issuer', async () => `Bearer ${await keys.token(claims({ iss: 'https://evil.example.org' }))}`],
  ])('given %s, then 401 with a short message in both languages, no internal text, nothing recorded', async (_what, authorization) => {
    const before = await storeSnapshot(app.store);
    const res = await post(app, messageToBot(chat, person, 'estado'), await authorization());
    expect(res.status).toBe(401);
    expect(res.body).toEqual({
      error: 'unauthorized',
      message: {
        es: 'La solicitud no trae un token válido del Bot Framework para este bot. No se registró nada.',
        en: 'The request does not carry a valid Bot Framework token for this bot. Nothing was recorded.',
      },
    });
    expect(res.text).not.toMatch(INTERNAL_TEXT);
    expect(await storeSnapshot(app.store)).toEqual(before);
  });
});

describe('when the Bot Framework\'s keys cannot be fetched', () => {
  it('given the OpenID metadata address does not answer, then 503 with Retry-After and no internal text', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const keys = await LocalSigningKeys.start();
    const { app, temp, logs } = await started(`http://127.0.0.1:${port}/.well-known/openid-configuration`);
    try {
      const res = await post(app, messageToBot(chat, person, 'estado'), `Bearer ${await keys.token(claims())}`);
      expect(res.status).toBe(503);
      expect(res.retryAfter).toBe('30');
      expect(res.body.error).toBe('keys-unreachable');
      expect(res.body.message.es).toMatch(/No se pudieron obtener las llaves del Bot Framework/);
      expect(res.text).not.toMatch(INTERNAL_TEXT);
      expect(logs.some((l) => /could not fetch the Bot Framework's signing keys/.test(l))).toBe(true);
    } finally {
      await app.stop();
      await temp.cleanup();
      await keys.close();
    }
  });

  it('given the OpenID metadata answers an error, then 503 too', async () => {
    const failing: Server = createServer((_req, res) => {
      res.statusCode = 500;
      res.end('down for maintenance');
    });
    await new Promise<void>((resolve) => failing.listen(0, '127.0.0.1', resolve));
    const keys = await LocalSigningKeys.start();
    const { app, temp } = await started(`http://127.0.0.1:${(failing.address() as AddressInfo).port}/.well-known/openid-configuration`);
    try {
      const res = await post(app, messageToBot(chat, person, 'estado'), `Bearer ${await keys.token(claims())}`);
      expect(res.status).toBe(503);
      expect(res.text).not.toMatch(INTERNAL_TEXT);
    } finally {
      await app.stop();
      await temp.cleanup();
      await keys.close();
      await new Promise((resolve) => failing.close(resolve));
    }
  });
});
