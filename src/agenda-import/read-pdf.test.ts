/**
 * PDFs through pdf.js (on the importer's worker thread): the ones institutes publish read the same as their text;
 * a password, a scan, too many pages and a damaged file each get their own clear message.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderPdf, renderScannedPdf } from '../../tests/support/render-documents';
import { importAgenda, importAgendaText } from './index';
import { MAX_PDF_PAGES } from './read-pdf';

const SEED = readFileSync(join(__dirname, '..', '..', 'tests', 'fixtures', 'agendas', 'cpvoe-6a-ordinaria-2024.txt'), 'utf8');
const seedAgenda = () => {
  const result = importAgendaText(SEED);
  if (!result.ok) throw new Error(result.error.code);
  return result.agenda;
};

describe('reading a PDF', () => {
  it('given a PDF with editing restrictions (it opens without a password), then its items are read', async () => {
    const restricted = await renderPdf(SEED, { ownerPassword: 'solo-lectura' });
    const result = await importAgenda(restricted, 'orden-protegido.pdf');
    expect(result.ok && result.agenda.items).toEqual(seedAgenda().items);
  });

  it('given a PDF that needs a password to open, then it says so and what to do', async () => {
    const result = await importAgenda(await renderPdf(SEED, { userPassword: 'secreto' }), 'orden.pdf');
    expect(result).toEqual({ ok: false, error: { code: 'password-protected', message: {
      es: '«orden.pdf» está protegido con contraseña y no puedo abrirlo. Guárdalo sin contraseña y vuelve a enviarlo, o pega el texto.',
      en: '"orden.pdf" is password-protected and I cannot open it. Save it without a password and send it again, or paste the text.',
    } } });
  });

  it('given a scanned PDF (only an image), then it says it has no text', async () => {
    expect(await importAgenda(await renderScannedPdf(), 'escaneo.pdf')).toMatchObject({ ok: false, error: { code: 'no-text', message: {
      es: expect.stringMatching(/^«escaneo\.pdf» es un PDF sin texto, solo imágenes \(quizá escaneado\)\. Envía el documento original/),
      en: expect.stringMatching(/^"escaneo\.pdf" is a PDF without text, only images \(perhaps scanned\)\. Send the original document/),
    } } });
  });

  it.each([
    ['cut in half', async () => { const pdf = await renderPdf(SEED); return pdf.subarray(0, pdf.length / 2); }],
    ['only a PDF header', async () => Buffer.from('%PDF-1.7\n%garbage\n')],
  ])('given a damaged PDF (%s), then it says it is damaged', async (_how, make) => {
    expect(await importAgenda(await make(), 'dañado.pdf')).toMatchObject({ ok: false, error: { code: 'unreadable', message: {
      es: expect.stringMatching(/^«dañado\.pdf» está dañado o no es un PDF válido; no pude leerlo\. Vuelve a exportarlo/),
      en: expect.stringMatching(/^"dañado\.pdf" is damaged or not a valid PDF; I could not read it\. Export it again/),
    } } });
  });

  it(`given a PDF of more than ${MAX_PDF_PAGES} pages, then it asks for the order of the day alone`, async () => {
    const pages = Array.from({ length: MAX_PDF_PAGES + 1 }, (_, i) => `${i + 1}. Anexo ${i + 1}.`).join('\n');
    expect(await importAgenda(await renderPdf(pages, { linesPerPage: 1 }), 'expediente.pdf')).toMatchObject({ ok: false, error: { code: 'too-large', message: {
      es: expect.stringMatching(/tiene 51 páginas; leo hasta 50\. Envía solo el orden del día/),
      en: expect.stringMatching(/has 51 pages; I read up to 50\. Send only the order of the day/),
    } } });
  });
});
