/**
 * GET /api/sessions/:id/minutes.md and /minutes.docx (?lang=en): the draft minutes of a closed session. With Teams
 * SSO configured, a valid token or a signed link (the one the bot posts in the chat) is needed.
 */
import type restify from 'restify';
import { annexOf } from '../app/attendance-annex';
import type { SessionService } from '../app/session-service';
import type { EventStore } from '../store/event-store';
import { parseSessionId } from '../domain';
import { buildMinutes } from '../minutes/minutes';
import { minutesToDocx } from '../minutes/render-docx';
import { minutesToMarkdown } from '../minutes/render-markdown';
import { sendError } from './http-error';
import type { LinkSigner } from './signed-link';
import { allowed, type SsoGate } from './sso';

export const minutesPath = (sessionId: string, format: 'md' | 'docx', lang: 'es' | 'en') =>
  `/api/sessions/${encodeURIComponent(sessionId)}/minutes.${format}${lang === 'en' ? '?lang=en' : ''}`;

export function registerMinutesRoutes(server: restify.Server, service: SessionService, store: EventStore, gate: SsoGate, signer: LinkSigner): void {
  for (const format of ['md', 'docx'] as const) {
    server.get(`/api/sessions/:id/minutes.${format}`, async (req: restify.Request, res: restify.Response) => {
      const id = parseSessionId(String(req.params.id ?? ''));
      if (!id) {
        sendError(res, 400, 'invalid-session-id', 'Ese no es un identificador de sesión válido.', 'That is not a valid session id.');
        return;
      }
      const query = (req.query ?? {}) as Record<string, string>;
      const lang = query.lang === 'en' ? 'en' : 'es';
      const signedOk = gate.enabled && signer.verify(minutesPath(id, format, lang), query.sig);
      if (!signedOk && !(await allowed(gate, req, res))) return;
      const { state } = await service.load(id);
      if (!state.exists) {
        sendError(res, 404, 'session-not-found', `No existe una sesión con el identificador "${id}".`, `There is no session with id "${id}".`);
        return;
      }
      if (state.phase !== 'closed') {
        sendError(res, 409, 'session-not-closed', 'La minuta se genera cuando la sesión se clausura. Pide a la Secretaría Técnica que la clausure («@Sesiona clausura»).', 'The minutes are drawn up once the session is closed. Ask the technical secretary to close it ("@Sesiona close session").');
        return;
      }
      const minutes = buildMinutes(state, lang, await annexOf(store, id));
      const name = `minuta-${id}.${format}`;
      const body = format === 'md' ? Buffer.from(minutesToMarkdown(minutes), 'utf8') : await minutesToDocx(minutes);
      res.writeHead(200, {
        'content-type': format === 'md' ? 'text/markdown; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'content-disposition': `attachment; filename="${name}"`,
        'content-length': body.length,
      });
      res.end(body);
    });
  }
}
