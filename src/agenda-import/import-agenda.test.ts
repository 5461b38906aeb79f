import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderDocx, renderPdf } from '../../tests/support/render-documents';
import type { ImportedAgenda, ImportedItem } from './imported-agenda';
import { importAgenda, importAgendaText, toAgendaDrafts } from './index';

const SEED = readFileSync(join(__dirname, '..', '..', 'tests', 'fixtures', 'agendas', 'cpvoe-6a-ordinaria-2024.txt'), 'utf8');

const parsed = (text: string): ImportedAgenda => {
  const result = importAgendaText(text);
  if (!result.ok) throw new Error(`expected an agenda, got ${result.error.code}: ${result.error.message.es}`);
  return result.agenda;
};
const outline = (items: ImportedItem[]): string[] => items.flatMap((i) => [`${i.number} ${i.kind}${i.status === 'withdrawn' ? ' withdrawn' : ''}: ${i.title}`, ...outline(i.items)]);
const numbers = (items: ImportedItem[]): string[] => items.flatMap((i) => [i.number, ...numbers(i.items)]);

describe('the seed order of the day (CPVOE, sexta sesión ordinaria 2024)', () => {
  const agenda = parsed(SEED);

  it('gives its header: body, title, kind, number, date, time, modality and platform', () => {
    expect(agenda.header).toEqual({
      body: 'COMISIÓN PROVISIONAL DE VINCULACIÓN CON ORGANISMOS EXTERNOS',
      title: 'SEXTA SESIÓN ORDINARIA DE 2024',
      kind: 'ordinaria', number: 6, date: '2024-06-24', time: '12:30', note: null, modality: 'virtual', platform: 'Microsoft Teams',
    });
  });

  it('gives exactly 6 items and 8 sub-items, with the page furniture and the footnote left out', () => {
    expect(numbers(agenda.items)).toEqual(['1', '2', '3', '4', '5', '5.a', '5.b', '5.c', '5.d', '5.e', '5.f', '5.g', '5.h', '6']);
    const all = outline(agenda.items).join('\n');
    expect(all).not.toMatch(/Somos Un Instituto|Rev\. 1\/2019|Con fundamento|comprometid/);
  });

  it('gives item 1 a vote, items 2–4 and 5.a–5.h presented, 6 general matters, each with a reason', () => {
    const kinds = Object.fromEntries(outline(agenda.items).map((l) => l.split(':')[0]!.split(' ')));
    expect(kinds).toEqual({ 1: 'vote', 2: 'report', 3: 'report', 4: 'report', 5: 'report', '5.a': 'report', '5.b': 'report', '5.c': 'report', '5.d': 'report', '5.e': 'report', '5.f': 'report', '5.g': 'report', '5.h': 'report', 6: 'general' });
    const reasons = (items: ImportedItem[]): string[] => items.flatMap((i) => [i.reason, ...reasons(i.items)]);
    expect(reasons(agenda.items).every((r) => r.length > 5)).toBe(true);
  });

  it('keeps the titles whole, quotes and accents included', () => {
    expect(agenda.items[4]!.items[1]!.title).toBe('Informe sobre el evento “Red Flag: Integridad Electoral en México”.');
    expect(agenda.items[5]!.title).toBe('Asuntos generales.');
  });

  it('becomes the domain agenda drafts', () => {
    const drafts = toAgendaDrafts(agenda.items);
    expect(drafts[4]!.items!.map((i) => i.number)).toEqual(['5.a', '5.b', '5.c', '5.d', '5.e', '5.f', '5.g', '5.h']);
    expect(drafts[0]).toMatchObject({ number: '1', kind: 'vote', status: 'pending' });
  });

  it('gives the same items from a PDF whose pages repeat a header and a footer', async () => {
    const pdf = await renderPdf(SEED, { pageHeader: 'INSTITUTO ELECTORAL DE LA CIUDAD DE MÉXICO', pageFooter: 'Rev. 1/2019', linesPerPage: 20 });
    const result = await importAgenda(pdf, 'orden.pdf');
    expect(result.ok && result.agenda.items).toEqual(agenda.items);
  });

  it('gives the same JSON from a .docx and from a PDF rendering of it', async () => {
    const fromDocx = await importAgenda(await renderDocx(SEED), 'orden.docx');
    const fromPdf = await importAgenda(await renderPdf(SEED), 'orden.pdf');
    expect(fromDocx.ok && fromDocx.agenda.items).toEqual(agenda.items);
    expect(fromDocx.ok && fromDocx.agenda.header).toEqual(agenda.header);
    expect(fromPdf.ok && fromPdf.agenda.items).toEqual(agenda.items);
    expect(fromPdf.ok && fromPdf.agenda.header).toEqual(agenda.header);
  });
});

describe('numbering as real documents print it', () => {
  it.each([
    ['1) and a)', '1) Lista de asistencia.\n2) Informe anual.\n a) Primer apartado.\n b) Segundo apartado.\n3) Asuntos generales.'],
    ['Punto 1.', 'Punto 1. Lista de asistencia.\nPunto 2. Informe anual.\n- a) Primer apartado.\n- b) Segundo apartado.\nPunto 3. Asuntos generales.'],
    ['PUNTO 1 (upper case)', 'PUNTO 1 LISTA DE ASISTENCIA.\nPUNTO 2 INFORME ANUAL.\nA) PRIMER APARTADO.\nB) SEGUNDO APARTADO.\nPUNTO 3 ASUNTOS GENERALES.'],
    ['roman numerals', 'I. Lista de asistencia.\nII. Informe anual.\na) Primer apartado.\nb) Segundo apartado.\nIII. Asuntos generales.'],
    ['1.- with dashes', '1.- Lista de asistencia.\n2.- Informe anual.\n • a) Primer apartado.\n • b) Segundo apartado.\n3.- Asuntos generales.'],
  ])('%s', (_style, text) => {
    expect(numbers(parsed(text).items)).toEqual(['1', '2', '2.a', '2.b', '3']);
  });

  it('5.1 style sub-items', () => {
    expect(numbers(parsed('5. Informes.\n5.1 Informe trimestral.\n5.2 Informe anual.\n6. Asuntos generales.').items)).toEqual(['5', '5.1', '5.2', '6']);
  });

  it('keeps gaps in the numbering as published', () => {
    expect(numbers(parsed('1. Lista de asistencia.\n2. Informe.\n4. Asuntos generales.').items)).toEqual(['1', '2', '4']);
  });

  it('roman numbering beyond the letters stays roman: IV, V, IX, X', () => {
    const text = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'].map((r) => `${r}. Informe ${r}.`).join('\n');
    expect(numbers(parsed(text).items)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
  });
});

describe('messy documents', () => {
  it('joins titles wrapped across lines', () => {
    const agenda = parsed('1. Presentación y, en su caso, aprobación del proyecto de acuerdo por el que se\naprueba el programa anual de trabajo\nde la Comisión.\n2. Asuntos generales.');
    expect(agenda.items[0]!.title).toBe('Presentación y, en su caso, aprobación del proyecto de acuerdo por el que se aprueba el programa anual de trabajo de la Comisión.');
    expect(agenda.items).toHaveLength(2);
  });

  it('leaves out page headers, footers, page numbers and footnotes', () => {
    const text = [
      'INSTITUTO ELECTORAL', 'Orden del día', '1. Lista de asistencia.¹', '2. Informe de actividades.', '',
      '¹ Con fundamento en el artículo 53 del Reglamento.', 'Página 1 de 2', 'Rev. 1/2019', 'Somos Un Instituto de Calidad',
      'INSTITUTO ELECTORAL', '3. Asuntos generales.', 'Página 2 de 2', 'Somos Un Instituto de Calidad',
    ].join('\n');
    const agenda = parsed(text);
    expect(outline(agenda.items)).toEqual(['1 procedural: Lista de asistencia.', '2 report: Informe de actividades.', '3 general: Asuntos generales.']);
    expect(agenda.warnings.join(' ')).toMatch(/notas? al pie/);
  });

  it('keeps "Anexo" lines as annexes of their item, not items', () => {
    const agenda = parsed('1. Proyecto de acuerdo sobre el presupuesto.\nAnexo 1. Presupuesto detallado.\nAnexo 2. Calendario.\n2. Informe anual.\nAnexo único\n3. Asuntos generales.');
    expect(numbers(agenda.items)).toEqual(['1', '2', '3']);
    expect(agenda.items[0]).toMatchObject({ title: 'Proyecto de acuerdo sobre el presupuesto.', annexes: ['Anexo 1. Presupuesto detallado.', 'Anexo 2. Calendario.'] });
    expect(agenda.items[1]).toMatchObject({ title: 'Informe anual.', annexes: ['Anexo único'] });
    expect(agenda.items[2]).not.toHaveProperty('annexes');
  });

  it('marks an item withdrawn from the order of the day', () => {
    const agenda = parsed('1. Lista de asistencia.\n2. Proyecto de acuerdo sobre convenios (se retiró del orden del día).\n3. Asuntos generales.');
    expect(agenda.items[1]).toMatchObject({ number: '2', status: 'withdrawn', kind: 'vote', title: 'Proyecto de acuerdo sobre convenios' });
  });

  it('repairs broken accents read as GBK (SESI脫N) and as Windows-1252 (SESIÃ³N)', () => {
    const gbk = parsed('COMISI脫N DE ORGANIZACI脫N ELECTORAL\nSEGUNDA SESI脫N EXTRAORDINARIA\n1. Aprobaci贸n del orden del d铆a.\n2. Asuntos generales.');
    expect(gbk.header.body).toBe('COMISIÓN DE ORGANIZACIÓN ELECTORAL');
    expect(gbk.header.kind).toBe('extraordinaria');
    expect(gbk.items[0]!.title).toBe('Aprobación del orden del día.');
    const cp1252 = parsed('Comisión de Participación Ciudadana\nPrimera sesiÃ³n urgente\n1. PresentaciÃ³n del informe trimestral.\n2. Asuntos generales.');
    expect(cp1252.header.kind).toBe('urgente');
    expect(cp1252.items[0]!.title).toBe('Presentación del informe trimestral.');
    expect(cp1252.warnings.join(' ')).toMatch(/Se repararon/);
  });

  it('does not touch a correct text', () => {
    expect(parsed('1. Aprobación del orden del día.').items[0]!.title).toBe('Aprobación del orden del día.');
  });
});

describe('the kind of each item, from its wording', () => {
  it.each([
    ['Lista de asistencia y declaración de quórum.', 'procedural'],
    ['Declaratoria de quórum.', 'procedural'],
    ['Aprobación del orden del día.', 'procedural'],
    ['Dispensa de la lectura de los documentos.', 'procedural'],
    ['Proyecto de resolución sobre el registro de candidaturas.', 'vote'],
    ['Proyecto de dictamen de la Comisión.', 'vote'],
    ['Discusión y, en su caso, aprobación del calendario.', 'vote'],
    ['Informe trimestral de actividades.', 'report'],
    ['Nota informativa sobre el voto en el extranjero.', 'report'],
    ['Correspondencia recibida.', 'report'],
    ['Asuntos generales.', 'general'],
    ['Clausura de la sesión.', 'procedural'],
    ['Approval of the minutes of the previous meeting.', 'vote'],
    ['Draft resolution on the budget.', 'vote'],
    ['Report of the executive director.', 'report'],
    ['Roll call and quorum.', 'procedural'],
    ['Any other business.', 'general'],
  ])('"%s" → %s', (title, kind) => {
    expect(parsed(`1. ${title}`).items[0]!.kind).toBe(kind);
  });
});

describe('bad input: a clear error, nothing created', () => {
  it('an empty file', async () => {
    expect(await importAgenda(Buffer.from(''), 'vacio.txt')).toMatchObject({ ok: false, error: { code: 'empty', message: { es: expect.stringMatching(/vacío/), en: expect.stringMatching(/empty/) } } });
    expect(importAgendaText('   \n  ')).toMatchObject({ ok: false, error: { code: 'empty' } });
  });

  it('a binary file that is not a document', async () => {
    const binary = Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 37) % 256));
    expect(await importAgenda(binary, 'foto.jpg')).toMatchObject({ ok: false, error: { code: 'not-a-document', message: { es: expect.stringMatching(/«foto\.jpg» no es un documento/) } } });
  });

  it('a zip that is not a Word document', async () => {
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100, 1)]);
    expect(await importAgenda(zip, 'x.docx')).toMatchObject({ ok: false, error: { code: 'not-a-document' } });
  });

  it('a document with no recognisable item list, naming the line after the heading', () => {
    const result = importAgendaText('Comisión de Vinculación\nOrden del día\nSe tratarán los temas pendientes.\n');
    expect(result).toMatchObject({ ok: false, error: { code: 'no-items', line: 3 } });
    if (!result.ok) expect(result.error.message.es).toMatch(/línea 3/);
  });

  it('an oversized file (over 10 MB)', async () => {
    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 'a');
    expect(await importAgenda(big, 'enorme.pdf')).toMatchObject({ ok: false, error: { code: 'too-large', message: { es: expect.stringMatching(/10 MB/) } } });
  });
});
