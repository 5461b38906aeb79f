/**
 * Numbers written in words, the way convocations write dates and hours ("catorce de mayo de dos mil veintiuno a las
 * diecisiete horas con quince minutos") and session numbers ("tercera sesión extraordinaria"). Works on text already
 * normalised for matching (lower case, no accents). Answers null for anything it does not know: never a guess.
 */
const UNITS: Record<string, number> = {
  cero: 0, un: 1, uno: 1, una: 1, primero: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9,
  diez: 10, once: 11, doce: 12, trece: 13, catorce: 14, quince: 15, dieciseis: 16, diecisiete: 17, dieciocho: 18, diecinueve: 19,
  veinte: 20, veintiun: 21, veintiuno: 21, veintiuna: 21, veintidos: 22, veintitres: 23, veinticuatro: 24, veinticinco: 25,
  veintiseis: 26, veintisiete: 27, veintiocho: 28, veintinueve: 29,
};
const TENS: Record<string, number> = { treinta: 30, cuarenta: 40, cincuenta: 50 };

/** A word pattern for 0–59 written out: "quince", "veintiuno", "treinta y uno", "cuarenta y cinco". */
export const NUMBER_WORDS = `(?:(?:${Object.keys(TENS).join('|')})(?: y (?:${Object.keys(UNITS).join('|')}))?|${Object.keys(UNITS).sort((a, b) => b.length - a.length).join('|')})`;

/** 0–59 in words ("treinta y uno") or digits ("31"). */
export function smallNumber(text: string): number | null {
  const t = text.trim();
  if (/^\d{1,2}$/.test(t)) return Number(t);
  if (t in UNITS) return UNITS[t]!;
  const m = /^(treinta|cuarenta|cincuenta)(?: y (\w+))?$/.exec(t);
  if (!m) return null;
  const unit = m[2] === undefined ? 0 : UNITS[m[2]];
  return unit === undefined || unit > 9 ? null : TENS[m[1]!]! + unit;
}

/** A year written "dos mil veintiuno" or "dos mil doce": 2000–2059, what a convocation of these years says. */
export const YEAR_WORDS = `dos mil(?: ${NUMBER_WORDS})?`;

export function yearOf(text: string): number | null {
  const t = text.trim();
  if (/^\d{4}$/.test(t)) return Number(t);
  const m = /^dos mil(?: (.+))?$/.exec(t);
  if (!m) return null;
  const rest = m[1] === undefined ? 0 : smallNumber(m[1]);
  return rest === null ? null : 2000 + rest;
}

const ORDINALS: Record<string, number> = {
  primera: 1, primer: 1, primero: 1, segunda: 2, segundo: 2, tercera: 3, tercer: 3, tercero: 3, cuarta: 4, cuarto: 4,
  quinta: 5, quinto: 5, sexta: 6, sexto: 6, septima: 7, septimo: 7, setima: 7, octava: 8, octavo: 8, novena: 9, noveno: 9,
  decima: 10, decimo: 10, undecima: 11, duodecima: 12, vigesima: 20, vigesimo: 20, trigesima: 30, trigesimo: 30,
};

/** The ordinal words a session title may start with, longest first ("decima primera" before "decima"). */
export const ORDINAL_WORDS = `(?:(?:decim[ao]|vigesim[ao]|trigesim[ao])\\s?(?:${Object.keys(ORDINALS).filter((k) => ORDINALS[k]! < 10).join('|')})|${Object.keys(ORDINALS).sort((a, b) => b.length - a.length).join('|')})`;

/** "tercera" → 3, "decima primera" or "decimoprimera" → 11, "vigesima segunda" → 22. */
export function ordinalOf(text: string): number | null {
  const t = text.trim();
  if (t in ORDINALS) return ORDINALS[t]!;
  const m = /^(decim[ao]|vigesim[ao]|trigesim[ao])\s?(\w+)$/.exec(t);
  if (!m) return null;
  const unit = ORDINALS[m[2]!];
  return unit === undefined || unit >= 10 ? null : ORDINALS[m[1]!]! + unit;
}
