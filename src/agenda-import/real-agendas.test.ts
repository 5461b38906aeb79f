/**
 * Orders of the day published by Mexican electoral bodies (INE, IFE, IEE Sonora, IEPC Jalisco, IECM; sources in
 * tests/fixtures/agendas/SOURCES.md), each beside the JSON a person read from the document: the header fields, and
 * every item's number, title, kind, status, annexes and sub-items. The importer must give exactly that, from the
 * text, and from the same order of the day as a Word table (number | matter | who presents) and as a PDF.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderPdf } from '../../tests/support/render-documents';
import { wordTableDocx } from '../../tests/support/word-table';
import type { ImportedAgenda, ImportedItem, ImportResult } from './imported-agenda';
import { importAgenda, importAgendaText } from './index';

const DIR = join(__dirname, '..', '..', 'tests', 'fixtures', 'agendas');
const FIXTURES = readdirSync(DIR).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));

interface Expected {
  header: ImportedAgenda['header'];
  items: Read[];
}
interface Read {
  number: string;
  title: string;
  kind: string;
  status: string;
  annexes?: string[];
  items: Read[];
}

const expected = (name: string): Expected => JSON.parse(readFileSync(join(DIR, `${name}.json`), 'utf8'));
/** What a person reads from the document: the item without the importer's reason. */
const read = (items: ImportedItem[]): Read[] => items.map(({ number, title, kind, status, annexes, items: subs }) => ({ number, title, kind, status, ...(annexes ? { annexes } : {}), items: read(subs) }));
const agendaOf = (result: ImportResult): Expected => {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message.es}`);
  return { header: result.agenda.header, items: read(result.agenda.items) };
};

describe('orders of the day published by electoral bodies', () => {
  it('has eleven of them (the seed and ten published elsewhere), each text beside its JSON', () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(11);
    for (const name of FIXTURES) expect(readdirSync(DIR)).toContain(`${name}.txt`);
  });

  it.each(FIXTURES)('given %s as text, then the importer reads exactly its JSON', (name) => {
    expect(agendaOf(importAgendaText(readFileSync(join(DIR, `${name}.txt`), 'utf8')))).toEqual(expected(name));
  });

  it('given an order of the day published as a Word table (number | matter | who presents), then it reads the same as the text form', async () => {
    // IEE Sonora, sesión extraordinaria del 21 de enero de 2022: the header above, the items in a table
    const docx = await wordTableDocx([
      'SESIÓN NÚMERO 2',
      'Convocatoria a Sesión Virtual Extraordinaria',
      '… se convoca a los integrantes del Consejo General a sesión extraordinaria de manera virtual a celebrarse a las 14:00 horas del día viernes 21 de enero del 2022, a través de la plataforma de videoconferencias TELMEX. Los asuntos que habrán de tratarse son los que a continuación se precisan:',
    ], [
      ['No.', 'Asunto', 'Presenta'],
      ...expected('ieesonora-cg-extraordinaria-2022-01-21').items.map((item) => [item.number, item.title, 'Secretaría Ejecutiva']),
    ], ['Hermosillo, Sonora, a jueves 20 de enero de 2022.']);
    expect(agendaOf(await importAgenda(docx, 'orden.docx'))).toEqual(expected('ieesonora-cg-extraordinaria-2022-01-21'));
  });

  it.each(['ine-cg-ordinaria-2017-09-29', 'iepcjalisco-cg-extraordinaria-2021-07-12', 'ife-jge-ordinaria-2007-08-27', 'iecm-cg-3a-extraordinaria-2026-02-27'])(
    'given %s as a PDF, then the importer reads exactly its JSON', async (name) => {
      const pdf = await renderPdf(readFileSync(join(DIR, `${name}.txt`), 'utf8'));
      expect(agendaOf(await importAgenda(pdf, `${name}.pdf`))).toEqual(expected(name));
    });
});
