import { createTempStore, type TempStore } from '../../tests/support/temp-store';
import { loadConfig } from '../config';
import { cast, command, createSession, ROLES, SESSION_ID } from '../domain/testing/session-spec';
import { type RunningSesiona, startSesiona } from './start-sesiona';

describe('the HTTP server', () => {
  let temp: TempStore;
  let app: RunningSesiona;
  beforeAll(async () => {
    temp = createTempStore();
    const loaded = loadConfig({ PORT: '0', HOST: '127.0.0.1' });
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    app = await startSesiona(loaded.config, { store: temp.store, log: () => undefined });
  });
  afterAll(async () => {
    await app.stop();
    await temp.cleanup();
  });

  it('given a running server, when /healthz is asked, then it answers ok', async () => {
    const res = await fetch(`${app.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('given no such session, when it is asked for, then 404 explains in Spanish and English what to do', async () => {
    const res = await fetch(`${app.url}/api/sessions/no-existe`);
    expect(res.status).toBe(404);
    const body = await res.json();
    expect(body.error).toBe('session-not-found');
    expect(body.message.es).toMatch(/No existe una sesión con el identificador "no-existe"/);
    expect(body.message.en).toMatch(/There is no session with id "no-existe"/);
  });

  it('given an id that cannot be a session id, when it is asked for, then 400 says so', async () => {
    const res = await fetch(`${app.url}/api/sessions/${encodeURIComponent('<script>')}`);
    expect(res.status).toBe(400);
    expect((await res.json()).error).toBe('invalid-session-id');
  });

  it('given a session, when it is asked for, then its read model comes back', async () => {
    await app.service.handle(SESSION_ID, createSession());
    await app.service.handle(SESSION_ID, command('AssignRoles', cast.secretary, { members: ROLES.map(([a, role]) => ({ id: a.id, name: a.name, role })) }));
    const res = await fetch(`${app.url}/api/sessions/${SESSION_ID}`);
    expect(res.status).toBe(200);
    const view = await res.json();
    expect(view).toMatchObject({ id: SESSION_ID, title: 'Sexta Sesión Ordinaria', phase: 'not-started', quorum: { present: 0, required: 2, total: 3, reached: false } });
    expect(view.agenda.map((i: { number: string }) => i.number)).toEqual(['1', '2', '3', '4']);
    expect(view.members).toHaveLength(6);
  });
});
