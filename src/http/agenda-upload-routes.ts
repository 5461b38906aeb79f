/**
 * `POST /api/agenda-upload?meeting=<meeting key>&lang=es|en`: the "Cargar orden del día" dialog sends the file's bytes
 * (`Content-Type: application/octet-stream`, its name in `X-File-Name`, URI-encoded) with the person's Teams SSO token
 * as Bearer. This file only translates: the sign-in is sso.ts's (401), everything else — who may set up the meeting,
 * the limits, the reading, the draft card — is the bot's upload (bot/features/agenda-upload.ts), whose refusals become
 * 403, 404, 413 or 422 with the message in Spanish and English. The body is left unread by restify's body parser
 * (octet-stream) and read here only once the person may upload, bounded to 10 MB.
 */
import type restify from 'restify';
import { sendError } from './http-error';
import type { ReadGuard } from './read-guard';

type Bilingual = { es: string; en: string };

export interface AgendaUploads {
  upload(request: {
    user: { oid: string | null; name: string | null };
    meetingKey: string;
    lang: 'es' | 'en';
    fileName: string;
    declaredBytes: number | null;
    body: AsyncIterable<Uint8Array>;
  }): Promise<{ ok: true; items: number; title: string | null; message: Bilingual } | { ok: false; refusal: string; message: Bilingual }>;
}

const STATUS: Record<string, number> = {
  'no-sign-in': 403, 'not-allowed': 403, 'unknown-meeting': 404, 'too-large': 413, empty: 422, unreadable: 422,
};

function fileNameOf(req: restify.Request): string | null {
  const raw = req.headers['x-file-name'];
  if (typeof raw !== 'string' || !raw) return null;
  try {
    const name = decodeURIComponent(raw).replace(/[\\/]/g, '_').trim();
    return name && name.length <= 255 ? name : null;
  } catch {
    return null;
  }
}

export function registerAgendaUploadRoutes(server: restify.Server, reads: ReadGuard, uploads: AgendaUploads): void {
  server.post('/api/agenda-upload', async (req: restify.Request, res: restify.Response) => {
    const query = (req.query ?? {}) as Record<string, unknown>;
    const meetingKey = typeof query.meeting === 'string' ? query.meeting : '';
    const lang = query.lang === 'en' ? 'en' : 'es';
    const fileName = fileNameOf(req);
    if (!meetingKey || meetingKey.length > 200) {
      sendError(res, 400, 'invalid-meeting', 'Falta la reunión (?meeting=) o no es válida. Abre «Cargar orden del día» desde la reunión de Teams.', 'The meeting (?meeting=) is missing or not valid. Open "Upload the order of the day" from the Teams meeting.');
      return;
    }
    if (!fileName) {
      sendError(res, 400, 'invalid-file-name', 'Falta el nombre del archivo (encabezado X-File-Name).', 'The file name is missing (X-File-Name header).');
      return;
    }
    if (req.contentType() !== 'application/octet-stream') {
      sendError(res, 415, 'unsupported-media-type', 'El archivo se envía tal cual, con Content-Type: application/octet-stream.', 'The file is sent as it is, with Content-Type: application/octet-stream.');
      return;
    }
    const reader = await reads.reader(req, res);
    if (reader === undefined) return;
    const length = req.headers['content-length'];
    const outcome = await uploads.upload({
      user: { oid: reader, name: null }, meetingKey, lang, fileName,
      declaredBytes: typeof length === 'string' && /^\d+$/.test(length) ? Number(length) : null, body: req,
    });
    if (outcome.ok) {
      res.send(200, { items: outcome.items, title: outcome.title, message: outcome.message });
      return;
    }
    sendError(res, STATUS[outcome.refusal] ?? 400, outcome.refusal, outcome.message.es, outcome.message.en);
  });
}
