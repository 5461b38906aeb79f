/**
 * GET /api/sessions/:id — the read model of a session.
 * GET /api/meetings/:meetingId/session — which session a Teams meeting is bound to (the side panel starts here).
 * Both answer only with a valid Teams SSO token when SSO is configured.
 */
import type restify from 'restify';
import { parseSessionId } from '../domain';
import { sendError } from './http-error';
import type { ServerDeps } from './server';
import { allowed, type SsoGate } from './sso';

export function registerSessionRoutes(server: restify.Server, deps: Pick<ServerDeps, 'service' | 'bindings'>, gate: SsoGate): void {
  server.get('/api/sessions/:id', async (req: restify.Request, res: restify.Response) => {
    const raw = String(req.params.id ?? '');
    const id = parseSessionId(raw);
    if (!id) {
      sendError(res, 400, 'invalid-session-id', `"${raw}" no es un identificador de sesión válido.`, `"${raw}" is not a valid session id.`);
      return;
    }
    if (!(await allowed(gate, req, res))) return;
    const view = await deps.service.view(id);
    if (!view) {
      sendError(res, 404, 'session-not-found', `No existe una sesión con el identificador "${id}". Revisa el enlace o pide a la Secretaría Técnica que cree la sesión.`, `There is no session with id "${id}". Check the link, or ask the technical secretary to create the session.`);
      return;
    }
    res.send(200, view);
  });

  server.get('/api/meetings/:meetingId/session', async (req: restify.Request, res: restify.Response) => {
    const meetingId = String(req.params.meetingId ?? '');
    if (!meetingId || meetingId.length > 512) {
      sendError(res, 400, 'invalid-meeting-id', 'Falta el identificador de la reunión.', 'The meeting id is missing.');
      return;
    }
    if (!(await allowed(gate, req, res))) return;
    const sessionId = await deps.bindings.sessionFor(meetingId);
    if (!sessionId) {
      sendError(res, 404, 'no-session-in-meeting',
        'Todavía no hay una sesión en esta reunión. La Secretaría Técnica puede crearla en el chat de la reunión con «@Sesiona orden del día» y el texto del orden del día.',
        'There is no session in this meeting yet. The technical secretary can create one in the meeting chat with "@Sesiona agenda" followed by the order of the day.');
      return;
    }
    res.send(200, { sessionId });
  });
}
