/**
 * How orders of the day number their items: "1.", "1)", "1.-", "Punto 1.", "PUNTO 1", "I.", "V)", and sub-items
 * "a)", "- a)", "a.", "5.1", "5.a", "Punto 5.1". "Punto 1" alone on its line is an item whose title is on the lines
 * below. Returns what a line's number is, or null for a line that is not an item.
 */
export type Numbered =
  | { level: 'top'; number: string; title: string }
  | { level: 'sub'; parent: string | null; suffix: string; title: string };

const ROMAN = /^(?=[IVXLC]+$)M{0,0}C{0,3}(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/i;

export function romanToArabic(roman: string): number {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  const r = roman.toUpperCase();
  let total = 0;
  for (let i = 0; i < r.length; i++) {
    const v = values[r[i]!]!;
    const next = values[r[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

const TOP_PATTERNS: RegExp[] = [
  // Punto 1. / PUNTO 1 / Punto número 1: / Punto I.- / "Punto 1" alone on its line (the title follows below)
  /^punto\s+(?:n[uú]mero\s+|no\.?\s*)?(\d{1,3}|[ivxlc]{1,6})(?!\w|\.\d)\s*(?:[):\-]+|\.(?!\d)-?)?\s*(.*)$/i,
  // 1. / 1) / 1.- / 1 .- / 1:  (but not 1.1, which is a sub-item, and not a date or an hour)
  /^(\d{1,3})\s*(?:\.-|\.(?!\d)|\)|:(?!\d)|-(?!\d))\s*(.+)$/,
  // I. / IV) / V.- (roman numerals followed by punctuation)
  /^([ivxlc]{1,6})\s*(?:\.-|\.|\)|-)\s+(.+)$/i,
];

const SUB_PATTERNS: RegExp[] = [
  // 5.1 / 5.1. / 5.a) / 5.a.- / Punto 5.1 (alone on its line, the title below)
  /^(?:punto\s+)?(\d{1,3})\.(\d{1,3}|[a-z])(?:\s*[.)]?-?\s+(.+)|[.)]?-?\s*$)/i,
  // a) / - a) / • a) / a. / a.- / (a)
  /^(?:[-•·*▪◦o]\s*)?\(?([a-z]{1,2})\s*(?:\)|\.-|\.(?=\s))\s*(.+)$/i,
];

/** Does the document number its items I, II, III…? Then capital roman numerals are items, not letters. */
export function usesRomanNumerals(lines: string[]): boolean {
  const starts = lines.map((l) => /^(?:punto\s+)?([IVX]{1,4})\s*(?:\.-|\.|\)|-)\s/.exec(l)?.[1]).filter(Boolean);
  return starts.includes('I') && starts.includes('II');
}

const ROMAN_TOP = /^(?:punto\s+)?([IVXLC]{1,6})\s*(?:\.-|\.|\)|-)\s*(.+)$/;

export function numberOf(line: string, romanTop = false): Numbered | null {
  if (romanTop) {
    const m = ROMAN_TOP.exec(line);
    if (m && ROMAN.test(m[1]!)) return { level: 'top', number: String(romanToArabic(m[1]!)), title: m[2]!.trim() };
  }
  for (const pattern of SUB_PATTERNS) {
    const m = pattern.exec(line);
    if (!m) continue;
    if (m.length === 4) return { level: 'sub', parent: String(Number(m[1])), suffix: m[2]!.toLowerCase(), title: (m[3] ?? '').trim() };
    const letter = m[1]!.toLowerCase();
    // a lone roman numeral written in lower case ("i.", "v)") is a top-level item only in roman-numbered lists;
    // the caller decides with the context; here letters win.
    return { level: 'sub', parent: null, suffix: letter, title: m[2]!.trim() };
  }
  for (const pattern of TOP_PATTERNS) {
    const m = pattern.exec(line);
    if (!m) continue;
    const raw = m[1]!;
    if (/^\d+$/.test(raw)) return { level: 'top', number: String(Number(raw)), title: m[2]!.trim() };
    if (ROMAN.test(raw)) return { level: 'top', number: String(romanToArabic(raw)), title: m[2]!.trim() };
  }
  return null;
}
