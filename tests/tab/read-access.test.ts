/**
 * Who reads what over HTTP with Teams SSO on: a session's live view, its stream and the meeting lookup are for the
 * people of its meeting (or the whole tenant with SESIONA_READ_ACCESS=tenant); its draft minutes for its roster, or
 * whoever holds a signed link the bot posted, until the link expires. Tokens come from a local JWKS.
 */
import { peopleStream } from '../../src/app/meeting-people';
import { cast, command, createSession, ROLES, SESSION_ID, VOTERS } from '../../src/domain/testing/session-spec';
import { LinkSigner } from '../../src/http/signed-link';
import type { RunningSesiona } from '../../src/http/start-sesiona';
import { AUDIENCE, ISSUER, LINK_SECRET, runningWithSession, ssoEnv, TENANT } from '../support/session-server';
import { MeetingHarness, PEOPLE } from '../support/meeting-harness';
import { LocalSigningKeys } from '../support/signing-keys';
import type { TempStore } from '../support/temp-store';

const MEETING_CHAT = '19:meeting_1@thread.v2';
const READS = [`/api/sessions/${SESSION_ID}`, `/api/sessions/${SESSION_ID}/stream`, '/api/meetings/meeting-1/session'];
const DAY = 24 * 60 * 60 * 1000;

let keys: LocalSigningKeys;
beforeAll(async () => {
  keys = await LocalSigningKeys.start();
});
afterAll(() => keys.close());

/** A Teams SSO token of someone of the tenant (`oid` null: a token that names nobody). */
const tokenOf = (oid: string | null) => keys.token({ ...(oid ? { oid } : {}), name: 'Alguien', tid: TENANT, iss: ISSUER, aud: AUDIENCE });

async function get(app: RunningSesiona, path: string, oid?: string | null): Promise<{ status: number; body: any }> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const res = await fetch(`${app.url}${path}`, { headers: oid === undefined ? {} : { authorization: `Bearer ${await tokenOf(oid)}` } });
  if (res.headers.get('content-type')?.startsWith('text/event-stream')) {
    await res.body?.cancel();
    return { status: res.status, body: null };
  }
  const text = await res.text();
  return { status: res.status, body: res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text };
}

async function closeTheSession(app: RunningSesiona): Promise<void> {
  const steps = [
    command('StartRollCall', cast.secretary, {}, 1),
    ...VOTERS.map((p, i) => command('MarkAttendance', p, { memberId: p.id, present: true }, 2 + i)),
    command('StartSession', cast.secretary, {}, 5),
    command('CloseSession', cast.secretary, {}, 7),
  ];
  for (const step of steps) {
    const result = await app.service.handle(SESSION_ID, step);
    if (!result.ok) throw new Error(`${step.type} rejected: ${result.rejection.reason}`);
  }
}

describe('reading a session with sign-in scoped to its meeting (the default)', () => {
  let app: RunningSesiona;
  let temp: TempStore;
  beforeAll(async () => {
    ({ app, temp } = await runningWithSession(ssoEnv(keys.jwksUrl)));
    await app.store.append(peopleStream(MEETING_CHAT), 0, [{ type: 'PersonSeen', data: { aadObjectId: 'aad-observer', teamsUserId: '29:observer', name: 'Observadora' } }]);
  });
  afterAll(async () => {
    await app.stop();
    await temp.cleanup();
  });

  it.each([
    ['a roster member', cast.luis.id],
    ['the secretary who created the session', cast.secretary.id],
    ['someone the bot has seen in the meeting chat', 'aad-observer'],
  ])('given %s, when they open the live view, the stream or the meeting lookup, then each answers', async (_who, oid) => {
    for (const path of READS) expect((await get(app, path, oid)).status).toBe(200);
  });

  it('given someone of the tenant who is not in the meeting, when they open any of them, then 403 says they are not part of the session and what to do, with no session data', async () => {
    for (const path of READS) {
      const { status, body } = await get(app, path, cast.stranger.id);
      expect(status).toBe(403);
      expect(body.error).toBe('not-in-meeting');
      expect(body.message.es).toMatch(/^No formas parte de esta sesión.*pide a la Secretaría Técnica que te agregue/);
      expect(body.message.en).toMatch(/^You are not part of this session.*ask the technical secretary to add you/);
      expect(JSON.stringify(body)).not.toMatch(/Sexta Sesión|s-|cpvoe/);
    }
  });

  it('given a token that names nobody (no oid), when it opens the live view, then 403 says Sesiona cannot tell who is asking', async () => {
    const { status, body } = await get(app, `/api/sessions/${SESSION_ID}`, null);
    expect(status).toBe(403);
    expect(body.error).toBe('unidentified');
    expect(body.message.es).toMatch(/no dice quién eres/);
  });

  it('given no token at all, then it is still 401 (sign in first), not 403', async () => {
    expect((await get(app, `/api/sessions/${SESSION_ID}`)).status).toBe(401);
  });
});

describe('the draft minutes with sign-in', () => {
  let app: RunningSesiona;
  let temp: TempStore;
  const minutes = `/api/sessions/${SESSION_ID}/minutes.md`;
  beforeAll(async () => {
    ({ app, temp } = await runningWithSession(ssoEnv(keys.jwksUrl)));
    await app.store.append(peopleStream(MEETING_CHAT), 0, [{ type: 'PersonSeen', data: { aadObjectId: 'aad-observer', teamsUserId: '29:observer', name: 'Observadora' } }]);
    await closeTheSession(app);
  });
  afterAll(async () => {
    await app.stop();
    await temp.cleanup();
  });

  it('given a roster member\'s token, then the minutes come', async () => {
    const { status, body } = await get(app, minutes, cast.representative.id);
    expect(status).toBe(200);
    expect(body).toMatch(/Sexta Sesión Ordinaria/i);
  });

  it('given someone seen in the meeting but not on the roster, then 403: the draft minutes are for the roster', async () => {
    const { status, body } = await get(app, minutes, 'aad-observer');
    expect(status).toBe(403);
    expect(body.error).toBe('not-on-roster');
    expect(body.message.es).toMatch(/^El proyecto de minuta es solo para la integración de la sesión/);
    expect(body.message.en).toMatch(/^The draft minutes are for the session's roster only/);
  });

  it('given the link the bot posts, when it is opened without a token, then the minutes come', async () => {
    const link = new LinkSigner(LINK_SECRET, 7).minutesLink({ sessionId: SESSION_ID, format: 'md', lang: 'en' });
    const { status, body } = await get(app, link);
    expect(status).toBe(200);
    expect(body).toMatch(/minutes/i);
  });

  it.each([
    ['another session\'s id', (link: string) => link.replace(`/${SESSION_ID}/`, '/otra-sesion/')],
    ['another format', (link: string) => link.replace('minutes.md', 'minutes.docx')],
    ['another language', (link: string) => link.replace('lang=en&', '')],
    ['a later expiry', (link: string) => link.replace(/exp=(\d+)/, (_m, exp) => `exp=${Number(exp) + 86_400 * 365}`)],
    ['a changed signature', (link: string) => link.replace(/sig=(.)/, (_m, c) => `sig=${c === 'A' ? 'B' : 'A'}`)],
  ])('given the link with %s, then 403 says the link is not valid and how to get a good one (not "the token is missing")', async (_what, tamper) => {
    const link = tamper(new LinkSigner(LINK_SECRET, 7).minutesLink({ sessionId: SESSION_ID, format: 'md', lang: 'en' }));
    const { status, body } = await get(app, link);
    expect(status).toBe(403);
    expect(body.error).toBe('invalid-link');
    expect(body.message.es).toMatch(/^El enlace de la minuta no es válido.*«@Sesiona minuta»/);
    expect(body.message.en).toMatch(/^This minutes link is not valid/);
    expect(body.message.es).not.toMatch(/Falta el token/);
  });

  it('given a link posted eight days ago (links last 7 days), then 410 says it expired and to ask the bot for a new one', async () => {
    const eightDaysAgo = Date.now() - 8 * DAY;
    const link = new LinkSigner(LINK_SECRET, 7, () => eightDaysAgo).minutesLink({ sessionId: SESSION_ID, format: 'docx', lang: 'es' });
    const { status, body } = await get(app, link);
    expect(status).toBe(410);
    expect(body.error).toBe('expired-link');
    expect(body.message.es).toBe('El enlace de la minuta venció. Pide uno nuevo en el chat de la reunión con «@Sesiona minuta».');
    expect(body.message.en).toBe('This minutes link has expired. Ask for a new one in the meeting chat with "@Sesiona minutes".');
  });

});

describe('the minutes links the bot posts in the chat, with sign-in', () => {
  let h: MeetingHarness;
  beforeAll(async () => {
    h = await MeetingHarness.start({ env: { ...ssoEnv(keys.jwksUrl), SESIONA_LINK_DAYS: '3' } });
  });
  afterAll(() => h.stop());

  it('given a closed session, when someone writes «minuta», then the posted links open without a token and last SESIONA_LINK_DAYS', async () => {
    await h.app.service.handle(SESSION_ID, createSession());
    await h.app.service.handle(SESSION_ID, command('AssignRoles', cast.secretary, { members: ROLES.map(([a, role]) => ({ id: a.id, name: a.name, role })) }));
    await closeTheSession(h.app);
    await h.app.bindings.bind(h.chat.meetingId!, SESSION_ID, new Date().toISOString());
    await h.say(PEOPLE.luis, 'minuta');
    const links = [...h.lastText().matchAll(/(http:\/\/[^\s)]+)/g)].map((m) => m[1]!);
    expect(links).toHaveLength(2);
    for (const link of links) {
      const exp = Number(new URL(link).searchParams.get('exp'));
      expect(exp * 1000).toBeGreaterThan(Date.now() + 2 * DAY);
      expect(exp * 1000).toBeLessThanOrEqual(Date.now() + 3 * DAY);
      expect((await fetch(link)).status).toBe(200);
    }
  });
});

describe('public sessions: SESIONA_READ_ACCESS=tenant', () => {
  let app: RunningSesiona;
  let temp: TempStore;
  beforeAll(async () => {
    ({ app, temp } = await runningWithSession({ ...ssoEnv(keys.jwksUrl), SESIONA_READ_ACCESS: 'tenant' }));
    await closeTheSession(app);
  });
  afterAll(async () => {
    await app.stop();
    await temp.cleanup();
  });

  it('given anyone of the tenant, then the live view, the stream and the meeting lookup answer', async () => {
    for (const path of READS) expect((await get(app, path, cast.stranger.id)).status).toBe(200);
  });

  it('given anyone of the tenant not on the roster, then the draft minutes are still refused', async () => {
    expect((await get(app, `/api/sessions/${SESSION_ID}/minutes.md`, cast.stranger.id)).status).toBe(403);
    expect((await get(app, `/api/sessions/${SESSION_ID}/minutes.md`, cast.chair.id)).status).toBe(200);
  });
});
