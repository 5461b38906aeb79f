/**
 * Sesiona on a temporary store with the specs' session (created, roster assigned) bound to meeting "meeting-1", for
 * the tests of the side panel's reads.
 */
import { loadConfig } from '../../src/config';
import { cast, command, createSession, ROLES, SESSION_ID } from '../../src/domain/testing/session-spec';
import { type RunningSesiona, startSesiona } from '../../src/http/start-sesiona';
import { createTempStore, type TempStore } from './temp-store';

export const TENANT = '5b0c7f0e-1111-2222-3333-444455556666';
export const APP_ID = '0a1b2c3d-4e5f-6789-abcd-ef0123456789';
export const AUDIENCE = `api://sesiona.example.org/${APP_ID}`;
export const ISSUER = `https://login.microsoftonline.com/${TENANT}/v2.0`;
export const LINK_SECRET = 'a-link-secret-for-the-tests-of-32+-characters';

/** The settings of Teams SSO against a local JWKS. */
export const ssoEnv = (jwksUrl: string): Record<string, string> => ({
  SESIONA_SSO_AUDIENCE: `${APP_ID},${AUDIENCE}`, SESIONA_SSO_TENANT: TENANT, SESIONA_SSO_JWKS_URL: jwksUrl, SESIONA_LINK_SECRET: LINK_SECRET,
});

export async function runningWithSession(env: Record<string, string>): Promise<{ app: RunningSesiona; temp: TempStore; logs: string[] }> {
  const temp = createTempStore();
  const logs: string[] = [];
  const loaded = loadConfig({ PORT: '0', HOST: '127.0.0.1', ...env });
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  const app = await startSesiona(loaded.config, { store: temp.store, log: (line) => logs.push(line) });
  await app.service.handle(SESSION_ID, createSession());
  await app.service.handle(SESSION_ID, command('AssignRoles', cast.secretary, { members: ROLES.map(([a, role]) => ({ id: a.id, name: a.name, role })) }));
  await app.bindings.bind('meeting-1', SESSION_ID, new Date().toISOString());
  return { app, temp, logs };
}
