/**
 * GET /api/sessions/:id — the read model of a session.
 * GET /api/meetings/:meetingId/session — which session a Teams meeting is bound to (the side panel starts here).
 * With Teams SSO configured, both need a valid token (401) of someone who may follow the session (403, read-guard.ts).
 */
import type restify from 'restify';
import { sessionStream } from '../app/session-service';
import { sendError } from './http-error';
import type { ReadGuard } from './read-guard';
import type { ServerDeps } from './server';

export function registerSessionRoutes(server: restify.Server, deps: Pick<ServerDeps, 'service' | 'bindings'>, reads: ReadGuard): void {
  server.get('/api/sessions/:id', async (req: restify.Request, res: restify.Response) => {
    const session = await reads.followedSession(req, res, deps.service);
    if (session) res.send(200, deps.service.viewOf(sessionStream(session.id), session.snapshot));
  });

  server.get('/api/meetings/:meetingId/session', async (req: restify.Request, res: restify.Response) => {
    const meetingId = String(req.params.meetingId ?? '');
    if (!meetingId || meetingId.length > 512) {
      sendError(res, 400, 'invalid-meeting-id', 'Falta el identificador de la reunión.', 'The meeting id is missing.');
      return;
    }
    const reader = await reads.reader(req, res);
    if (reader === undefined) return;
    const sessionId = await deps.bindings.sessionFor(meetingId);
    if (!sessionId) {
      sendError(res, 404, 'no-session-in-meeting',
        'Todavía no hay una sesión en esta reunión. La Secretaría Técnica puede crearla en el chat de la reunión con «@Sesiona orden del día» y el texto del orden del día.',
        'There is no session in this meeting yet. The technical secretary can create one in the meeting chat with "@Sesiona agenda" followed by the order of the day.');
      return;
    }
    if (!(await reads.mayFollow(res, reader, (await deps.service.load(sessionId)).state))) return;
    res.send(200, { sessionId });
  });
}
