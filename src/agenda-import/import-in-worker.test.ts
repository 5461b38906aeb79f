/**
 * Each document is read on its own worker thread, within a memory and a time limit; running out of either is a
 * value for the person who sent it, never a crash, and the next document reads as usual.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { denseDocx, zipBombDocx } from '../../tests/support/hostile-documents';
import { renderDocx, renderPdf } from '../../tests/support/render-documents';
import { READING_LIMITS } from './import-in-worker';
import { importAgenda } from './index';

const SEED = readFileSync(join(__dirname, '..', '..', 'tests', 'fixtures', 'agendas', 'cpvoe-6a-ordinaria-2024.txt'), 'utf8');

describe('reading a document on a worker thread', () => {
  it('given a document that needs more memory than the limit (a 10 KB .docx of a million paragraphs), then "too complex", and the next one reads', async () => {
    expect(await importAgenda(denseDocx(1_000_000), 'densa.docx')).toEqual({ ok: false, error: { code: 'too-complex', message: {
      es: `Leer «densa.docx» necesitaba más de ${READING_LIMITS.heapMb} MB de memoria y lo detuve. Envía solo el orden del día o pega el texto.`,
      en: `Reading "densa.docx" needed more than ${READING_LIMITS.heapMb} MB of memory and I stopped it. Send only the order of the day or paste the text.`,
    } } });
    expect(await importAgenda(Buffer.from(SEED), 'orden.txt')).toMatchObject({ ok: true });
  });

  it('given a document still being read at the time limit, then the worker is stopped and "too complex"', async () => {
    expect(await importAgenda(await renderPdf(SEED), 'orden.pdf', { ...READING_LIMITS, timeMs: 10 })).toEqual({ ok: false, error: { code: 'too-complex', message: {
      es: 'Leer «orden.pdf» tomó más de 0.01 segundos y lo detuve. Envía solo el orden del día (no un expediente completo) o pega el texto.',
      en: 'Reading "orden.pdf" took more than 0.01 seconds and I stopped it. Send only the order of the day (not a whole file of documents) or paste the text.',
    } } });
  });

  it('given several documents at once, then each gets its own answer', async () => {
    const [docx, pdf] = await Promise.all([renderDocx(SEED), renderPdf(SEED)]);
    const results = await Promise.all([
      importAgenda(docx, 'a.docx'), importAgenda(zipBombDocx(), 'b.docx'), importAgenda(pdf, 'c.pdf'),
      importAgenda(Buffer.from('sin puntos'), 'd.txt'), importAgenda(Buffer.from(SEED), 'e.txt'),
    ]);
    expect(results.map((r) => (r.ok ? `ok ${r.agenda.items.length}` : r.error.code))).toEqual(['ok 6', 'too-large', 'ok 6', 'no-items', 'ok 6']);
  });
});
