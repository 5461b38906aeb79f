/**
 * GET /api/sessions/:id — the read model of a session.
 */
import type restify from 'restify';
import { parseSessionId } from '../domain';
import { sendError } from './http-error';
import type { ServerDeps } from './server';

export function registerSessionRoutes(server: restify.Server, deps: Pick<ServerDeps, 'service'>): void {
  server.get('/api/sessions/:id', async (req: restify.Request, res: restify.Response) => {
    const raw = String(req.params.id ?? '');
    const id = parseSessionId(raw);
    if (!id) {
      sendError(res, 400, 'invalid-session-id', `"${raw}" no es un identificador de sesión válido.`, `"${raw}" is not a valid session id.`);
      return;
    }
    const view = await deps.service.view(id);
    if (!view) {
      sendError(res, 404, 'session-not-found', `No existe una sesión con el identificador "${id}". Revisa el enlace o pide a la Secretaría Técnica que cree la sesión.`, `There is no session with id "${id}". Check the link, or ask the technical secretary to create the session.`);
      return;
    }
    res.send(200, view);
  });
}
