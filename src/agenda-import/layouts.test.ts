/**
 * Layouts of orders of the day beyond "1. Title": "Punto N" alone on its line with the title below, annex lines
 * under items, a web page's navigation words above the list, and Word documents whose items are a table or a
 * numbered list.
 */
import { wordTableDocx } from '../../tests/support/word-table';
import type { ImportedAgenda, ImportedItem } from './imported-agenda';
import { importAgenda, importAgendaText } from './index';
import { textOfWordHtml } from './word-html-text';

const parsed = (text: string): ImportedAgenda => {
  const result = importAgendaText(text);
  if (!result.ok) throw new Error(`expected an agenda, got ${result.error.code}: ${result.error.message.es}`);
  return result.agenda;
};
const outline = (items: ImportedItem[]): string[] => items.flatMap((i) => [`${i.number} ${i.kind}: ${i.title}${i.annexes ? ` [${i.annexes.join(' | ')}]` : ''}`, ...outline(i.items)]);

describe('"Punto N" alone on its line', () => {
  it('given "Punto 1" with the title on the following lines, then the lines below are its title', () => {
    const agenda = parsed('Orden del día\n\nPunto 1\n\nAprobación, en su caso, del proyecto de acta\nde la sesión anterior.\n\nPunto 2\nAsuntos generales.');
    expect(outline(agenda.items)).toEqual(['1 vote: Aprobación, en su caso, del proyecto de acta de la sesión anterior.', '2 general: Asuntos generales.']);
  });

  it('given "PUNTO 1." and "Punto 8.1" alone, then items and sub-items', () => {
    const agenda = parsed('PUNTO 1.\nLista de asistencia.\nPUNTO 2.\nInformes de las comisiones.\nPunto 2.1\nComisión de Organización Electoral.\nPUNTO 3.\nAsuntos generales.');
    expect(outline(agenda.items)).toEqual(['1 procedural: Lista de asistencia.', '2 report: Informes de las comisiones.', '2.1 report: Comisión de Organización Electoral.', '3 general: Asuntos generales.']);
  });

  it('given "Punto de acuerdo" in a title, then it is not taken for an item number', () => {
    expect(outline(parsed('1. Punto de acuerdo sobre el calendario.\n2. Asuntos generales.').items)).toEqual(['1 report: Punto de acuerdo sobre el calendario.', '2 general: Asuntos generales.']);
  });
});

describe('annexes and web furniture', () => {
  it('given "Anexo N" and "Anexo único" lines under items, then they are annexes of their item, not items nor page furniture', () => {
    const agenda = parsed('Punto 1\nProyecto de acuerdo del presupuesto.\nAnexo 1\nAnexo 2\nPunto 2\nInforme trimestral.\nAnexo 1\nAnexo 2\nAnexo único\nPunto 3\nAsuntos generales.');
    expect(outline(agenda.items)).toEqual([
      '1 vote: Proyecto de acuerdo del presupuesto. [Anexo 1 | Anexo 2]',
      '2 report: Informe trimestral. [Anexo 1 | Anexo 2 | Anexo único]',
      '3 general: Asuntos generales.',
    ]);
    expect(agenda.warnings.join(' ')).not.toMatch(/repetidas/);
  });

  it('given a web page copied with its navigation words and title above the items, then they are dropped', () => {
    const agenda = parsed('Inicio\nSesiones del Consejo General | IEESONORA\nOrden del día\nActa\nVersión Estenográfica\nPunto 1\nLista de asistencia.\nPunto 2\nAsuntos generales.');
    expect(outline(agenda.items)).toEqual(['1 procedural: Lista de asistencia.', '2 general: Asuntos generales.']);
    expect(agenda.header.title).toBeNull();
  });
});

describe('Word documents', () => {
  it('given the items as a table (number | matter | who presents), then the same agenda as the text form, without the presenters', async () => {
    const docx = await wordTableDocx(['COMISIÓN DE ORGANIZACIÓN ELECTORAL', 'TERCERA SESIÓN EXTRAORDINARIA'], [
      ['No.', 'Asunto', 'Presenta'],
      ['1', 'Lista de asistencia y declaración de quórum.', 'Secretaría Técnica'],
      ['2', 'Presentación y, en su caso, aprobación del proyecto de acuerdo\npor el que se aprueba el calendario.', 'Dirección de Organización'],
      ['2.1', 'Anexo técnico del calendario.', ''],
      ['3', 'Asuntos generales.', ''],
    ]);
    const fromTable = await importAgenda(docx, 'orden.docx');
    const fromText = importAgendaText('COMISIÓN DE ORGANIZACIÓN ELECTORAL\nTERCERA SESIÓN EXTRAORDINARIA\n1. Lista de asistencia y declaración de quórum.\n2. Presentación y, en su caso, aprobación del proyecto de acuerdo por el que se aprueba el calendario.\n2.1 Anexo técnico del calendario.\n3. Asuntos generales.');
    expect(fromTable).toEqual(fromText);
    expect(fromTable.ok && fromTable.agenda.header).toMatchObject({ body: 'COMISIÓN DE ORGANIZACIÓN ELECTORAL', kind: 'extraordinaria', number: 3 });
  });

  it('given Word\'s own numbered list, then its numbers are read (mammoth\'s plain text drops them)', () => {
    const html = '<p>Orden del día</p><ol><li>Lista de asistencia.</li><li><p>Informes:</p><ol><li>De la Presidencia.</li><li>De la Secretaría.</li></ol></li><li>Asuntos generales &amp; clausura.</li></ol>';
    expect(textOfWordHtml(html).split('\n').filter(Boolean)).toEqual(['Orden del día', '1. Lista de asistencia.', '2. Informes:', 'a) De la Presidencia.', 'b) De la Secretaría.', '3. Asuntos generales & clausura.']);
  });

  it('given footnote marks and footnotes, then both are left out', () => {
    const html = '<p>COMISIÓN<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup></p><p>1. Asuntos generales.</p><ol><li id="footnote-1"><p>Con fundamento en el artículo 53. <a href="#footnote-ref-1">↑</a></p></li></ol>';
    expect(textOfWordHtml(html)).toBe('COMISIÓN\n\n1. Asuntos generales.\n\n');
  });
});
