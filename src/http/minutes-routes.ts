/**
 * GET /api/sessions/:id/minutes.md and /minutes.docx (?lang=en): the draft minutes of a closed session. With Teams
 * SSO configured, either a signed link that has not expired (the one the bot posts in the chat: `&exp=…&sig=…`), or
 * the token of someone on the session's roster (read-guard.ts).
 */
import type restify from 'restify';
import { annexOf } from '../app/attendance-annex';
import type { Reader } from '../app/read-access';
import type { SessionService } from '../app/session-service';
import type { EventStore } from '../store/event-store';
import { buildMinutes } from '../minutes/minutes';
import { minutesToDocx } from '../minutes/render-docx';
import { minutesToMarkdown } from '../minutes/render-markdown';
import { sendError } from './http-error';
import type { ReadGuard } from './read-guard';
import type { LinkCheck, LinkSigner } from './signed-link';

export const minutesPath = (sessionId: string, format: 'md' | 'docx', lang: 'es' | 'en') =>
  `/api/sessions/${encodeURIComponent(sessionId)}/minutes.${format}${lang === 'en' ? '?lang=en' : ''}`;

export function registerMinutesRoutes(server: restify.Server, service: SessionService, store: EventStore, reads: ReadGuard, signer: LinkSigner): void {
  for (const format of ['md', 'docx'] as const) {
    server.get(`/api/sessions/:id/minutes.${format}`, async (req: restify.Request, res: restify.Response) => {
      const id = reads.sessionId(req, res);
      if (!id) return;
      const query = (req.query ?? {}) as Record<string, string>;
      const lang = query.lang === 'en' ? 'en' : 'es';
      const byLink = reads.access !== 'open' && (query.sig !== undefined || query.exp !== undefined);
      let reader: Reader | undefined = null;
      if (byLink) {
        const link = signer.check({ sessionId: id, format, lang }, query.exp, query.sig);
        if (!link.ok) return refuseLink(res, link);
      } else {
        reader = await reads.reader(req, res);
        if (reader === undefined) return;
      }
      const session = await reads.existing(res, service, id);
      if (!session) return;
      const { state } = session.snapshot;
      if (!byLink && !reads.mayReadMinutes(res, reader, state)) return;
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

/** A minutes link that is not one this server signed (403), or is past its days (410): ask the bot for a new one. */
function refuseLink(res: restify.Response, link: Exclude<LinkCheck, { ok: true }>): void {
  if (link.problem === 'expired') {
    sendError(res, 410, 'expired-link',
      'El enlace de la minuta venció. Pide uno nuevo en el chat de la reunión con «@Sesiona minuta».',
      'This minutes link has expired. Ask for a new one in the meeting chat with "@Sesiona minutes".');
    return;
  }
  sendError(res, 403, 'invalid-link',
    'El enlace de la minuta no es válido: está incompleto o fue modificado. Cópialo completo del chat de la reunión, o pide uno nuevo con «@Sesiona minuta».',
    'This minutes link is not valid: it is incomplete or was changed. Copy it whole from the meeting chat, or ask for a new one with "@Sesiona minutes".');
}
