/**
 * Text as documents really arrive: broken accents (UTF-8 read as Windows-1252 — "SESIÃ“N" — or as GBK —
 * "SESI脫N"), Markdown emphasis, non-breaking spaces, odd dashes and bullets. Repairs only what is unambiguous:
 * a whole mis-decoded sequence of a Spanish letter, never a lone character.
 */
const SPANISH = 'áéíóúÁÉÍÓÚñÑüÜ¿¡“”‘’–—…°º';

function repairTable(): [string, string][] {
  const pairs: [string, string][] = [];
  for (const encoding of ['windows-1252', 'gbk']) {
    const decoder = new TextDecoder(encoding);
    for (const ch of SPANISH) {
      const wrong = decoder.decode(Buffer.from(ch, 'utf8'));
      if (wrong !== ch && !wrong.includes('\ufffd') && wrong.length >= 1) pairs.push([wrong, ch]);
    }
  }
  // longest first, so a three-character sequence is not half-repaired by a shorter one
  return pairs.sort((a, b) => b[0].length - a[0].length);
}

const TABLE = repairTable();
/** GBK mojibake only makes sense in a text that is otherwise Latin: a CJK ideograph beside Latin letters. */
const CJK_BESIDE_LATIN = /[A-Za-z][\u4e00-\u9fff]|[\u4e00-\u9fff][A-Za-z]/;

export interface Repaired {
  text: string;
  repairs: number;
}

export function repairMojibake(text: string): Repaired {
  let repairs = 0;
  let out = text;
  const hasCp1252 = /[ÃÂ][\u0080-\u00bf\u2018-\u203a\u0152-\u0178\u02c6\u02dc\u2122\u0161\u017e]/.test(out);
  const hasGbk = CJK_BESIDE_LATIN.test(out);
  if (!hasCp1252 && !hasGbk) return { text, repairs: 0 };
  for (const [wrong, right] of TABLE) {
    const isGbk = /[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]/.test(wrong);
    if ((isGbk && !hasGbk) || (!isGbk && !hasCp1252)) continue;
    const parts = out.split(wrong);
    if (parts.length > 1) {
      repairs += parts.length - 1;
      out = parts.join(right);
    }
  }
  return { text: out, repairs };
}

/** One line as plain text: no Markdown emphasis, ordinary spaces, ordinary dashes. */
export function cleanLine(line: string): string {
  return line
    .replace(/\u00a0|\u2007|\u202f|\t/g, ' ')
    .replace(/\*\*|__|(?<![\w*])\*(?!\s)|(?<!\s)\*(?![\w*])/g, '')
    .replace(/^#+\s+/, '')
    .replace(/(?<=\S)[¹²³⁴⁵⁶⁷⁸⁹⁰]+/g, '')
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}
