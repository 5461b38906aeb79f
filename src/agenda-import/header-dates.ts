/**
 * The date and the hour of a session as convocations write them, read from a line normalised for matching:
 * "24 de junio de 2024", "15 DE MARZO DE 2025", "martes 3 octubre de 2023", "12 de abril del año 2016",
 * "Fecha: 2021/05/07", "07-05-2021", "catorce de mayo de dos mil veintiuno", "June 24, 2024"; "12:30 horas",
 * "17:00 hrs.", "5:30 p.m.", "a las 11 horas", "a las diecisiete horas", "a las dieciocho horas con quince minutos".
 * An impossible date (31 de febrero) or hour (25:00) is not read.
 */
import { NUMBER_WORDS, smallNumber, YEAR_WORDS, yearOf } from './spanish-numbers';

const MONTHS: Record<string, number> = {
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
};
const MONTH = Object.keys(MONTHS).join('|');
const pad = (n: number) => String(n).padStart(2, '0');

/** "14 de mayo de 2021", "catorce de mayo de dos mil veintiuno", "3 octubre de 2023", "12 de abril del ano 2016". */
const SPANISH_DATE = new RegExp(`\\b(\\d{1,2}|${NUMBER_WORDS})\\s+(?:de\\s+)?(${MONTH})\\s+(?:(?:de|del)\\s+)?(?:ano\\s+)?(\\d{4}|${YEAR_WORDS})\\b`);
const ENGLISH_DATE = new RegExp(`\\b(${MONTH})\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`);
const YEAR_FIRST = /\b(\d{4})[/-](\d{1,2})[/-](\d{1,2})\b/;
const DAY_FIRST = /\b(\d{1,2})[/-](\d{1,2})[/-](\d{4})\b/;

function isoDate(year: number | null, month: number | undefined, day: number | null): string | null {
  if (year === null || !month || day === null || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day > days ? null : `${year}-${pad(month)}-${pad(day)}`;
}

export function dateIn(t: string): string | null {
  const es = SPANISH_DATE.exec(t);
  if (es) {
    const date = isoDate(yearOf(es[3]!), MONTHS[es[2]!], smallNumber(es[1]!));
    if (date) return date;
  }
  const en = ENGLISH_DATE.exec(t);
  if (en) return isoDate(Number(en[3]), MONTHS[en[1]!], Number(en[2]));
  const yearFirst = YEAR_FIRST.exec(t);
  if (yearFirst) return isoDate(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]));
  const dayFirst = DAY_FIRST.exec(t);
  if (dayFirst) return isoDate(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]));
  return null;
}

const DIGITS_TIME = /\b(\d{1,2})[:.](\d{2})\s*(horas|hrs?\.?|h\b|a\.?\s?m\.?|p\.?\s?m\.?)?/;
const WHOLE_HOUR = /\ba las (\d{1,2}) (?:horas|hrs?)\b/;
const WORDS_TIME = new RegExp(`\\ba las (${NUMBER_WORDS}) horas(?:\\s+(?:con|y)\\s+(${NUMBER_WORDS}) minutos)?`);

const hourMinute = (hours: number | null, minutes: number | null): string | null =>
  hours === null || minutes === null || hours > 23 || minutes > 59 ? null : `${pad(hours)}:${pad(minutes)}`;

export function timeIn(t: string): string | null {
  const m = DIGITS_TIME.exec(t);
  if (m) {
    let hours = Number(m[1]);
    const suffix = (m[3] ?? '').replace(/[.\s]/g, '');
    if (suffix || /\b(horas|hrs|a las|at)\b/.test(t)) {
      if (suffix === 'pm' && hours < 12) hours += 12;
      if (suffix === 'am' && hours === 12) hours = 0;
      return hourMinute(hours, Number(m[2]));
    }
  }
  const whole = WHOLE_HOUR.exec(t);
  if (whole) return hourMinute(Number(whole[1]), 0);
  const words = WORDS_TIME.exec(t);
  if (words) return hourMinute(smallNumber(words[1]!), words[2] === undefined ? 0 : smallNumber(words[2]));
  return null;
}
