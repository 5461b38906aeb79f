/**
 * Documents attached in the meeting chat that used to hurt the server (issue 12): the first PDF after a start, PDFs
 * with a password, scanned or damaged, a zip bomb from someone not on the roster, a chunked 50 MB download. Each gets
 * a clear message in the chat, the server stays healthy, and the limits the issue set hold.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chunked, fileServer, type FileServer, teamsFile } from '../support/attached-files';
import { zipBombDocx } from '../support/hostile-documents';
import { cardText, MeetingHarness, PEOPLE } from '../support/meeting-harness';
import { peakRssGrowth } from '../support/peak-rss';
import { renderPdf, renderScannedPdf } from '../support/render-documents';

const SEED = readFileSync(join(__dirname, '..', 'fixtures', 'agendas', 'cpvoe-6a-ordinaria-2024.txt'), 'utf8');
const MB = 1024 * 1024;
const { secretary, guest } = PEOPLE;

describe('hostile documents attached in the meeting chat', () => {
  let h: MeetingHarness;
  let files: FileServer;
  const download = chunked(50 * MB);
  beforeAll(async () => {
    h = await MeetingHarness.start();
    files = await fileServer({
      '/orden.pdf': await renderPdf(SEED, { ownerPassword: 'solo-lectura' }),
      '/con-clave.pdf': await renderPdf(SEED, { userPassword: 'secreto' }),
      '/escaneo.pdf': await renderScannedPdf(),
      '/roto.pdf': (await renderPdf(SEED)).subarray(0, 2000),
      '/bomba.docx': zipBombDocx(),
      '/anexos.pdf': download.route,
    });
  });
  afterAll(async () => {
    await files.close();
    await h.stop();
  });

  const attach = (from: typeof secretary, name: string) => h.say(from, 'orden del día', { attachments: [teamsFile(name, `${files.url}/${name}`)] });
  const healthy = async () => (await fetch(`${h.app.url}/healthz`)).status;

  it('given a PDF (with editing restrictions, as institutes publish them) attached right after the server starts, then it is read', async () => {
    await attach(secretary, 'orden.pdf');
    expect(cardText(h.postedCards().pop()!.card)).toMatch(/Orden del día leído[\s\S]*5\.h\. Presentación del informe/);
  });

  it.each([
    ['a password', 'con-clave.pdf', /^«con-clave\.pdf» está protegido con contraseña y no puedo abrirlo\. Guárdalo sin contraseña/],
    ['only a scanned image', 'escaneo.pdf', /^«escaneo\.pdf» es un PDF sin texto, solo imágenes \(quizá escaneado\)/],
    ['damage', 'roto.pdf', /^«roto\.pdf» está dañado o no es un PDF válido; no pude leerlo/],
  ])('given a PDF with %s, then the same clear message as the CLI gives', async (_what, name, message) => {
    const { reply } = await attach(secretary, name);
    expect(reply.status).toBe(200);
    expect(h.lastText()).toMatch(message);
  });

  it('given a 1 MB .docx that inflates to 1 GB, from someone not on the roster, then it is not even downloaded: they may not start a session', async () => {
    await attach(guest, 'bomba.docx');
    expect(h.lastText()).toMatch(/^Solo quien organizó la reunión.* No se leyó ni se guardó nada\./);
    expect(files.requests).not.toContain('/bomba.docx');
    expect(await healthy()).toBe(200);
  });

  it('given the same 1 MB .docx that inflates to 1 GB from the organizer, then it is refused in under a second with RSS growing under 50 MB, and the server stays healthy', async () => {
    const { result, growthMb, ms } = await peakRssGrowth(() => attach(secretary, 'bomba.docx'));
    expect(result.reply.status).toBe(200);
    expect(h.lastText()).toMatch(/^«bomba\.docx» se descomprime a más de 20 MB; un orden del día ocupa mucho menos/);
    expect(ms).toBeLessThan(1000);
    expect(growthMb).toBeLessThan(50);
    expect(await healthy()).toBe(200);
  });

  it('given a 50 MB attachment sent chunked (no Content-Length), then it is refused after about 10 MB and the download closed, not buffered whole', async () => {
    await attach(secretary, 'anexos.pdf');
    expect(h.lastText()).toMatch(/^«anexos\.pdf» pesa más de 10 MB, el máximo/);
    expect(await download.sent.closed).toBe('early');
    expect(download.sent.bytes).toBeLessThan(18 * MB);
    expect(await healthy()).toBe(200);
  });
});
