/**
 * Teams SSO on the server: the side panel sends the token from `authentication.getAuthToken()`; Sesiona checks its
 * signature against the tenant's Entra ID keys (JWKS), its audience, issuer and expiry before it answers session data
 * or opens a stream. Without SSO configuration (local development) requests pass, and the start log says so. Who may
 * read what, once signed in, is src/app/read-access.ts (asked through read-guard.ts).
 */
import { createRemoteJWKSet, jwtVerify } from 'jose';
import type restify from 'restify';
import type { SsoConfig } from '../config';
import { sendError } from './http-error';

export type TokenCheck = { ok: true; user: { oid: string | null; name: string | null } } | { ok: false; problem: string };

export interface SsoGate {
  check(req: restify.Request): Promise<TokenCheck>;
}

function bearerOf(req: restify.Request): string | null {
  const header = req.headers.authorization;
  if (typeof header === 'string' && /^Bearer\s+/i.test(header)) return header.replace(/^Bearer\s+/i, '').trim();
  return null;
}

export function createSsoGate(config: SsoConfig | null): SsoGate {
  if (!config) return { check: async () => ({ ok: true, user: { oid: null, name: null } }) };
  const keys = createRemoteJWKSet(new URL(config.jwksUrl), { cooldownDuration: 30_000, timeoutDuration: 5_000 });
  return {
    async check(req) {
      const token = bearerOf(req);
      if (!token) return { ok: false, problem: 'missing' };
      try {
        const { payload } = await jwtVerify(token, keys, { audience: config.audiences, issuer: config.issuers, clockTolerance: 60 });
        if (payload.tid && payload.tid !== config.tenantId) return { ok: false, problem: 'tenant' };
        return { ok: true, user: { oid: (payload.oid as string | undefined) ?? null, name: (payload.name as string | undefined) ?? null } };
      } catch (err) {
        const code = (err as { code?: string }).code ?? 'invalid';
        return { ok: false, problem: code };
      }
    },
  };
}

/** Answers 401 with what went wrong with the Teams sign-in, in Spanish and English. */
export function refuseSignIn(res: restify.Response, problem: string): void {
  const expired = problem === 'ERR_JWT_EXPIRED';
  res.header('www-authenticate', `Bearer error="invalid_token", error_description="${problem}"`);
  sendError(res, 401, 'unauthorized',
    problem === 'missing'
      ? 'Falta el token de inicio de sesión de Teams. Abre Sesiona desde la reunión de Teams.'
      : expired ? 'Tu sesión de Teams expiró. Vuelve a abrir el panel de Sesiona.' : 'El token de Teams no es válido para Sesiona (firma, audiencia, emisor o inquilino). Vuelve a abrir el panel desde la reunión.',
    problem === 'missing'
      ? 'The Teams sign-in token is missing. Open Sesiona from the Teams meeting.'
      : expired ? 'Your Teams sign-in expired. Open the Sesiona panel again.' : 'The Teams token is not valid for Sesiona (signature, audience, issuer or tenant). Open the panel again from the meeting.');
}
