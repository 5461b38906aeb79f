/**
 * Dates and times as people write them: "lunes 24 de junio de 2024, 12:30 horas" in Spanish (Mexico), "Monday, June
 * 24, 2024, 12:30" in English. Times of the record (ISO instants) are told in the body's time zone, never in UTC.
 * Pure: the names are tables here; Intl only converts an instant to the zone's calendar date and clock.
 */
import type { Language } from './words';

const MONTHS = {
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
const WEEKDAYS = {
  es: ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

interface CalendarDay { year: number; month: number; day: number }

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

function dayOf(text: string): CalendarDay | null {
  const m = DAY.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  return check.getUTCMonth() === month - 1 && check.getUTCDate() === day ? { year, month, day } : null;
}

function weekdayOf({ year, month, day }: CalendarDay): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

function writeDay(d: CalendarDay, lang: Language, withWeekday: boolean): string {
  const weekday = WEEKDAYS[lang][weekdayOf(d)]!;
  const month = MONTHS[lang][d.month - 1]!;
  if (lang === 'es') return `${withWeekday ? `${weekday} ` : ''}${d.day} de ${month} de ${d.year}`;
  return `${withWeekday ? `${weekday}, ` : ''}${month} ${d.day}, ${d.year}`;
}

const clockWords = (hhmm: string, lang: Language) => (lang === 'es' ? `${hhmm} horas` : hhmm);

/** "24 de junio de 2024" / "June 24, 2024" (a due date); the text as given when it is not YYYY-MM-DD. */
export function writtenDate(date: string, lang: Language): string {
  const d = dayOf(date);
  return d ? writeDay(d, lang, false) : date;
}

/** The session's date and time as published: "lunes 24 de junio de 2024, 12:30 horas" / "Monday, June 24, 2024, 12:30". */
export function sessionDateTime(date: string | null, time: string | null, lang: Language): string {
  const d = date ? dayOf(date) : null;
  const t = time && TIME.test(time) ? time : null;
  if (!d) return t ? clockWords(t, lang) : '';
  return t ? `${writeDay(d, lang, true)}, ${clockWords(t, lang)}` : writeDay(d, lang, true);
}

/** An instant in the zone: its calendar day and "HH:MM". */
function inZone(iso: string, timeZone: string): { day: CalendarDay; clock: string } | null {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return null;
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-US', {
      timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    }).formatToParts(instant);
  } catch {
    return null;
  }
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    day: { year: Number(part('year')), month: Number(part('month')), day: Number(part('day')) },
    clock: `${part('hour').padStart(2, '0')}:${part('minute')}`,
  };
}

/** The clock time of a moment of the record in the body's zone: "13:45 h" / "13:45"; "—" when there is none. */
export function clockTime(iso: string | null, timeZone: string, lang: Language): string {
  if (!iso) return '—';
  const z = inZone(iso, timeZone);
  if (!z) return iso;
  return lang === 'es' ? `${z.clock} h` : z.clock;
}

/** A moment of the record in full: "lunes 24 de junio de 2024, 12:31 horas" / "Monday, June 24, 2024, 12:31". */
export function writtenDateTime(iso: string | null, timeZone: string, lang: Language): string {
  if (!iso) return '—';
  const z = inZone(iso, timeZone);
  if (!z) return iso;
  return `${writeDay(z.day, lang, true)}, ${clockWords(z.clock, lang)}`;
}

