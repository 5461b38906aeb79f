/**
 * Page furniture: what a document repeats on every page (the institute's motto, "Rev. 1/2019", page numbers) and
 * footnotes. None of it is part of the order of the day.
 */
import { normaliseForMatch } from './matching';

const PAGE_NUMBER = /^(p[aá]gina|page|hoja)?\s*\d{1,3}(\s*(de|of|\/)\s*\d{1,3})?$/i;
const REVISION = /^rev(\.|isi[oó]n)?\s*\d+\s*\/\s*\d{2,4}$/i;
/** Footnote text: a line that starts with a superscript number or an asterisk note. */
export const FOOTNOTE = /^([¹²³⁴⁵⁶⁷⁸⁹⁰]+|\*{1,3}\s|\(\*\))/;

/** Lines that appear more than once (normalised), except items and short words that may legitimately repeat. */
export function repeatedLines(lines: string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const key = normaliseForMatch(line);
    if (key.length < 4) continue;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n > 1).map(([k]) => k));
}

export function isFurniture(line: string, repeated: Set<string>): boolean {
  const key = normaliseForMatch(line);
  return PAGE_NUMBER.test(line) || REVISION.test(line) || repeated.has(key);
}
