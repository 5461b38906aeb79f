/**
 * From the text of an order of the day to its header and item tree: page furniture and footnotes are dropped,
 * wrapped titles joined, "Anexo" lines kept as attachments (not items), withdrawn items marked, gaps in numbering
 * kept as published.
 */
import type { ImportedAgenda, ImportedItem, ImportResult } from './imported-agenda';
import { kindOf } from './item-kind';
import { normaliseForMatch } from './matching';
import { numberOf, romanToArabic, usesRomanNumerals } from './numbering';
import { FOOTNOTE, isFurniture, repeatedLines } from './page-furniture';
import { cleanLine, repairMojibake } from './repair-text';
import { headerOf } from './session-header';

const AGENDA_HEADING = /^(orden del dia|proyecto de orden del dia|order of (the )?day|agenda)\s*:?$/;
const ANNEX = /^(anexos?|annex(es)?|attachments?)\b/;
const WITHDRAWN = /\(?\s*(se retir[oóa] del orden del d[ií]a|retirado del orden del d[ií]a|retirado|withdrawn)\s*\)?\.?/i;
const ENDS_SENTENCE = /[.;:!?”"»)]$/;

interface Building {
  item: ImportedItem;
  line: number;
  open: boolean;
}

export function parseAgendaText(raw: string): ImportResult {
  if (!raw.trim()) return { ok: false, error: { code: 'empty', message: { es: 'El documento está vacío: no tiene texto.', en: 'The document is empty: it has no text.' } } };
  const warnings: string[] = [];
  const repaired = repairMojibake(raw);
  if (repaired.repairs) warnings.push(`Se repararon ${repaired.repairs} caracteres con acentos dañados.`);

  const rawLines = repaired.text.split(/\r?\n/);
  const lines = rawLines.map((l) => (FOOTNOTE.test(l.trim()) ? '' : cleanLine(l)));
  const footnotes = rawLines.filter((l) => FOOTNOTE.test(l.trim())).length;
  if (footnotes) warnings.push(`Se omitieron ${footnotes} notas al pie.`);

  const repeated = repeatedLines(lines.filter((l) => !numberOf(l)));
  const roman = usesRomanNumerals(lines);
  const headingAt = lines.findIndex((l) => AGENDA_HEADING.test(normaliseForMatch(l)));

  const items: ImportedItem[] = [];
  let top: ImportedItem | null = null;
  let current: Building | null = null;
  let firstItemLine = -1;
  let skippedFurniture = 0;

  const close = () => {
    if (current) current.open = false;
  };

  for (let i = headingAt >= 0 ? headingAt + 1 : 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line) {
      // a blank line ends a wrapped title only when the title reads complete
      if (current && ENDS_SENTENCE.test(current.item.title)) close();
      continue;
    }
    if (isFurniture(line, repeated)) {
      skippedFurniture++;
      continue;
    }
    const t = normaliseForMatch(line);
    if (ANNEX.test(t)) {
      if (current) warnings.push(`Punto ${current.item.number}: «${line}» es un anexo, no un punto.`);
      close();
      continue;
    }
    let numbered = numberOf(line, roman);
    // in a roman-numbered document a capital "C)" or "L)" far beyond the last item is a letter, not item 100 or 50
    if (roman && numbered?.level === 'top' && top && Number(numbered.number) > Number(top.number) + 5) numbered = numberOf(line, false);
    if (numbered?.level === 'top' || (numbered?.level === 'sub' && !top && !numbered.parent)) {
      const number = numbered.level === 'top' ? numbered.number : String(romanToArabic(numbered.suffix.toUpperCase()) || numbered.suffix);
      const title = numbered.title;
      if (firstItemLine < 0) firstItemLine = i;
      if (items.some((it) => it.number === number)) warnings.push(`El número ${number} se repite (línea ${i + 1}).`);
      top = newItem(number, title);
      items.push(top);
      current = { item: top, line: i + 1, open: true };
      continue;
    }
    if (numbered?.level === 'sub') {
      const parent = numbered.parent ? items.find((it) => it.number === numbered.parent) ?? top : top;
      if (!parent) continue;
      const number = `${parent.number}.${numbered.suffix}`;
      if (firstItemLine < 0) firstItemLine = i;
      const sub = newItem(number, numbered.title);
      parent.items.push(sub);
      current = { item: sub, line: i + 1, open: true };
      continue;
    }
    // not an item: the rest of a wrapped title, or text around the list
    if (current?.open && (!ENDS_SENTENCE.test(current.item.title) || /^[a-záéíóúñ(]/.test(line))) {
      current.item.title = `${current.item.title} ${line}`.replace(/\s+/g, ' ');
      continue;
    }
    close();
  }

  if (items.length === 0) {
    const where = headingAt >= 0 ? headingAt + 2 : undefined;
    return {
      ok: false,
      error: {
        code: 'no-items',
        ...(where ? { line: where } : {}),
        message: {
          es: `No encontré una lista de puntos numerados${where ? ` después de «Orden del día» (línea ${where})` : ''}. Numera los puntos como «1.», «1)», «Punto 1» o «I.», y los incisos como «a)».`,
          en: `I found no list of numbered items${where ? ` after "Order of the day" (line ${where})` : ''}. Number the items as "1.", "1)", "Item 1" or "I.", and sub-items as "a)".`,
        },
      },
    };
  }
  if (skippedFurniture) warnings.push(`Se omitieron ${skippedFurniture} líneas repetidas de encabezado o pie de página.`);

  const finish = (list: ImportedItem[]): ImportedItem[] => list.map((item) => {
    const withdrawn = WITHDRAWN.test(item.title);
    const title = withdrawn ? item.title.replace(WITHDRAWN, '').replace(/\s+/g, ' ').replace(/[\s,;:-]+$/, '').trim() : item.title;
    const { kind, reason } = kindOf(title);
    return { ...item, title, kind, reason: withdrawn ? `${reason}; retirado del orden del día` : reason, status: withdrawn ? 'withdrawn' : 'pending', items: finish(item.items) };
  });
  const headerLines = lines.slice(0, headingAt >= 0 ? headingAt : firstItemLine).filter((l) => l && !isFurniture(l, repeated));
  const agenda: ImportedAgenda = { header: headerOf(headerLines), items: finish(items), warnings };
  return { ok: true, agenda };
}

function newItem(number: string, title: string): ImportedItem {
  return { number, title, kind: 'report', status: 'pending', reason: '', items: [] };
}
