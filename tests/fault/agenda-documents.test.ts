/**
 * Fault suite: agenda documents nobody should send — random bytes, random text, Word documents and PDFs with bytes
 * changed or cut off, zip bombs — through the importer and through the meeting chat. Whatever arrives, the answer
 * is a value (an agenda or a bilingual error), the bot answers once with a message or a draft to confirm, nothing
 * else changes (no session), the HTTP endpoint never answers 500 and /healthz stays fine.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importAgenda, type ImportResult } from '../../src/agenda-import';
import { fileServer, type FileServer, teamsFile } from '../support/attached-files';
import { zipBombDocx } from '../support/hostile-documents';
import { MeetingHarness, PEOPLE } from '../support/meeting-harness';
import { renderDocx, renderPdf } from '../support/render-documents';

const SEED = readFileSync(join(__dirname, '..', 'fixtures', 'agendas', 'cpvoe-6a-ordinaria-2024.txt'), 'utf8');
const CODES = ['empty', 'too-large', 'too-complex', 'not-a-document', 'password-protected', 'no-text', 'no-items', 'unreadable'];

/** Some bytes set to random values and maybe the end cut off: what a damaged or tampered file looks like. */
const mutated = (original: Buffer) => fc.record({
  changes: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 30 }),
  cut: fc.option(fc.nat(), { nil: undefined }),
}).map(({ changes, cut }) => {
  const copy = Buffer.from(original);
  for (const [at, byte] of changes) copy[at % copy.length] = byte;
  return cut === undefined ? copy : copy.subarray(0, cut % copy.length);
});

const HEADER_WORDS = ['Fecha: 2021/05/', 'CATORCE DE MAYO DE DOS MIL ', 'A LAS DIECISIETE HORAS CON ', 'TERCERA SESIÓN ', 'o, en su caso, al término de ', 'a los integrantes del Consejo ', 'De manera mixta ', 'Inicio | ', 'Punto 8.1', 'Anexo único'];
const agendaLike = fc.array(fc.tuple(fc.constantFrom('', '1. ', '2.- ', 'a) ', 'Punto 3 ', 'IV. ', '5.1 ', 'Anexo 1. ', 'ORDEN DEL DÍA\n', ...HEADER_WORDS), fc.string({ maxLength: 80 })), { maxLength: 40 })
  .map((lines) => Buffer.from(lines.map(([mark, text]) => mark + text).join('\n')));

function documents(docx: Buffer, pdf: Buffer) {
  return fc.oneof(
    fc.uint8Array({ maxLength: 4096 }).map((bytes) => Buffer.from(bytes)),
    fc.string({ unit: 'binary', maxLength: 2000 }).map((text) => Buffer.from(text)),
    agendaLike,
    mutated(docx),
    mutated(pdf),
    fc.constant(zipBombDocx()),
  );
}

function expectAValue(result: ImportResult) {
  if (result.ok) {
    expect(Array.isArray(result.agenda.items)).toBe(true);
  } else {
    expect(CODES).toContain(result.error.code);
    expect(result.error.message.es).toMatch(/\S/);
    expect(result.error.message.en).toMatch(/\S/);
  }
}

describe('fault suite: hostile agenda documents', () => {
  let docx: Buffer;
  let pdf: Buffer;
  beforeAll(async () => {
    [docx, pdf] = await Promise.all([renderDocx(SEED), renderPdf(SEED)]);
  });

  it('given any bytes, then importAgenda answers a value: an agenda or a bilingual error', async () => {
    await fc.assert(
      fc.asyncProperty(documents(docx, pdf), fc.constantFrom('orden.docx', 'orden.pdf', 'orden.txt', ''), async (content, name) => {
        expectAValue(await importAgenda(content, name));
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  describe('through the meeting chat', () => {
    let h: MeetingHarness;
    let files: FileServer;
    const routes: Record<string, Buffer> = {};
    beforeAll(async () => {
      h = await MeetingHarness.start();
      files = await fileServer(routes);
    });
    afterAll(async () => {
      await files.close();
      await h.stop();
    });

    it('given any attached document, then one answer (a message or a draft to confirm), no session, no 500, /healthz fine', async () => {
      const activities = () => h.connector.activities(h.chat.conversationId).length;
      await fc.assert(
        fc.asyncProperty(documents(docx, pdf), fc.constantFrom('orden.docx', 'orden.pdf', 'orden.txt'), fc.constantFrom('es-MX', 'en-US'), async (content, name, locale) => {
          routes[`/${name}`] = content;
          const before = activities();
          const { reply } = await h.say(PEOPLE.secretary, 'orden del día', { locale, attachments: [teamsFile(name, `${files.url}/${name}`)] });
          expect(reply.status).toBe(200);
          expect(activities()).toBe(before + 1);
          expect(await h.app.bindings.sessionFor(h.chat.meetingId!)).toBeNull();
          expect((await fetch(`${h.app.url}/healthz`)).status).toBe(200);
        }),
        { numRuns: 30 },
      );
    }, 120_000);
  });
});
