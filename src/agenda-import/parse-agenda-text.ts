/**
 * From the text of an order of the day to its header and item tree: page furniture, web page furniture and
 * footnotes are dropped, wrapped titles joined ("Punto 1" alone on its line takes the lines below as its title),
 * "Anexo" lines kept as annexes of their item (not items), withdrawn items marked, gaps in numbering kept as
 * published. The header is read from the lines before the first item (also those after the "Orden del día"
 * heading) and, for what they lack, from the lines after the items.
 */
import type { ImportedAgenda, ImportedItem, ImportResult } from './imported-agenda';
import { importWarnings } from './import-warnings';
import { kindOf } from './item-kind';
import { normaliseForMatch } from './matching';
import { numberOf, romanToArabic, usesRomanNumerals } from './numbering';
import { FOOTNOTE, isFurniture, isWebFurniture, repeatedLines } from './page-furniture';
import { cleanLine, repairMojibake } from './repair-text';
import { headerOf } from './session-header';

const AGENDA_HEADING = /^(orden del dia|proyecto de orden del dia|order of (the )?day|agenda)\s*:?$/;
const ANNEX = /^(anexos?|annex(es)?|attachments?)\b/;
const WITHDRAWN = /\(?\s*(?:el presente punto |este punto )?(se retir[oóa] del orden del d[ií]a|retirado del orden del d[ií]a|retirado|withdrawn)\s*\)?\.?/i;
const ENDS_SENTENCE = /[.;:!?”"»)]$/;

interface Building {
  item: ImportedItem;
  line: number;
  open: boolean;
}

/** `lang`: the language of the warnings and of each item's reason (Spanish unless asked otherwise). */
export function parseAgendaText(raw: string, lang: 'es' | 'en' = 'es'): ImportResult {
  if (!raw.trim()) return { ok: false, error: { code: 'empty', message: { es: 'El documento está vacío: no tiene texto.', en: 'The document is empty: it has no text.' } } };
  const warnings: string[] = [];
  const repaired = repairMojibake(raw);
  if (repaired.repairs) warnings.push(importWarnings.repairedAccents(repaired.repairs)[lang]);

  const rawLines = repaired.text.split(/\r?\n/);
  const lines = rawLines.map((l) => (FOOTNOTE.test(l.trim()) ? '' : cleanLine(l)));
  const footnotes = rawLines.filter((l) => FOOTNOTE.test(l.trim())).length;
  if (footnotes) warnings.push(importWarnings.footnotes(footnotes)[lang]);

  const repeated = repeatedLines(lines.map((l) => (numberOf(l) ? '' : l)), Math.max(0, lines.findIndex((l) => numberOf(l))));
  const roman = usesRomanNumerals(lines);
  const headingAt = lines.findIndex((l) => AGENDA_HEADING.test(normaliseForMatch(l)));

  const items: ImportedItem[] = [];
  let top: ImportedItem | null = null;
  let current: Building | null = null;
  let firstItemLine = -1;
  let skippedFurniture = 0;
  const before: string[] = [];
  const after: string[] = [];

  const close = () => {
    if (current) current.open = false;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (i <= headingAt || (firstItemLine < 0 && isWebFurniture(line))) {
      if (i < headingAt && !isFurniture(line, repeated) && !isWebFurniture(line)) before.push(line); // '' ends a paragraph
      continue;
    }
    if (!line) {
      // a blank line ends a wrapped title only when the title reads complete
      if (current && ENDS_SENTENCE.test(current.item.title)) close();
      if (firstItemLine < 0) before.push('');
      continue;
    }
    const t = normaliseForMatch(line);
    // before the furniture test: "Anexo 1" repeats under every item that has annexes
    if (ANNEX.test(t)) {
      if (current) current.item.annexes = [...(current.item.annexes ?? []), line];
      close();
      continue;
    }
    if (isFurniture(line, repeated)) {
      skippedFurniture++;
      continue;
    }
    let numbered = numberOf(line, roman);
    // in a roman-numbered document a capital "C)" or "L)" far beyond the last item is a letter, not item 100 or 50
    if (roman && numbered?.level === 'top' && top && Number(numbered.number) > Number(top.number) + 5) numbered = numberOf(line, false);
    if (numbered?.level === 'top' || (numbered?.level === 'sub' && !top && !numbered.parent)) {
      const number = numbered.level === 'top' ? numbered.number : String(romanToArabic(numbered.suffix.toUpperCase()) || numbered.suffix);
      const title = numbered.title;
      if (firstItemLine < 0) firstItemLine = i;
      if (items.some((it) => it.number === number)) warnings.push(importWarnings.repeatedNumber(number, i + 1)[lang]);
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
      current.item.title = `${current.item.title} ${line}`.replace(/\s+/g, ' ').trim();
      continue;
    }
    (firstItemLine < 0 ? before : after).push(line);
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
  if (skippedFurniture) warnings.push(importWarnings.pageFurniture(skippedFurniture)[lang]);

  const finish = (list: ImportedItem[]): ImportedItem[] => list.map((item) => {
    const withdrawn = WITHDRAWN.test(item.title);
    const title = withdrawn ? item.title.replace(WITHDRAWN, '').replace(/\s+/g, ' ').replace(/[\s,;:-]+$/, '').trim() : item.title;
    const { kind, reason } = kindOf(title, lang);
    return { ...item, title, kind, reason: withdrawn ? `${reason}; ${lang === 'es' ? 'retirado del orden del día' : 'withdrawn from the order of the day'}` : reason, status: withdrawn ? 'withdrawn' : 'pending', items: finish(item.items) };
  });
  const { header, warnings: unread } = headerOf(before, after);
  const agenda: ImportedAgenda = { header, items: finish(items), warnings: [...warnings, ...unread.map((w) => w[lang])] };
  return { ok: true, agenda };
}

function newItem(number: string, title: string): ImportedItem {
  return { number, title, kind: 'report', status: 'pending', reason: '', items: [] };
}
