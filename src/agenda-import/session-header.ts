/**
 * The header of an order of the day: the body (Comisión…, Consejo General…), the session title, kind and number,
 * the date, the time (and "o, en su caso, al término de…" as a note), the modality and the platform named, read
 * from the lines before the item list, and the date, time and modality from the lines after it when the top has
 * none. What cannot be read stays null, with a warning in Spanish and English: never guessed.
 */
import type { Modality, SessionKind } from '../domain';
import type { Bilingual } from './bilingual';
import { dateIn, timeIn } from './header-dates';
import type { ImportedHeader } from './imported-agenda';
import { normaliseForMatch } from './matching';
import { ORDINAL_WORDS, ordinalOf } from './spanish-numbers';

const BODY = /^(comision|comite|consejo|junta|pleno|camara|council|committee|board)\b/;
/** "…a los integrantes del Consejo General del Instituto…, conforme…", "se convoca al Consejo General … a sesión". */
const BODY_IN_PROSE = /\b(?:integrantes del|integrantes de la|convoca al|convoca a la)\s+((?:consejo|comisi[oó]n|comit[eé]|junta)\b.*?)(?=\s+a\s+(?:la\s+)?sesi[oó]n\b|\s+para\s|[,.;:]|$)/i;
/** A line ending "…A LOS INTEGRANTES DEL" goes on in the next one: "CONSEJO GENERAL…" there is not a heading. */
const WRAPS_ON = /\b(de|del|la|el|los|las|al|a|y|e|en|por|para|con|que)$/i;
const SESSION = /\b(sesion|session|reunion|meeting)\b/;
/** A title is a line, not the paragraph of a convocation. */
const TITLE_LENGTH = 120;
const ORDINAL_SESSION = new RegExp(`\\b(${ORDINAL_WORDS})\\s+(?:sesion|reunion)\\b`);
const NUMBERED_SESSION = /\b(?:sesion|reunion)\s+(?:numero|num\.|no\.)\s*(\d{1,3})\b|\b(\d{1,2})\s*(?:a|ª|°|º)\.?\s+(?:sesion|reunion)\b/;
/** "Hermosillo, Sonora, a jueves 20 de enero de 2022": when the convocation was signed, not when the session is. */
const SIGNATURE = /,\s*a\s+(?:(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)\s+)?\d{1,2}\s+de\s+[a-z]+\s+(?:de|del)\s+\d{4}/g;
const NOTE = /\bo,?\s+(?:en su caso,?\s+)?al t[eé]rmino de[^.;]*/i;
const PLATFORMS = /\b(microsoft teams|teams|zoom|webex|google meet|jitsi|telmex)\b/i;

function kindIn(t: string): SessionKind | null {
  if (/\bextraordinaria\b|\bextraordinary\b|\bspecial session\b/.test(t)) return 'extraordinaria';
  if (/\burgente\b|\burgent\b/.test(t)) return 'urgente';
  if (/\bordinaria\b|\bordinary\b|\bregular session\b/.test(t)) return 'ordinaria';
  return null;
}

function modalityIn(t: string): Modality | null {
  if (/\bhibrid[ao]\b|(?<!\b(?:comision|comite|junta|consejo) )\bmixt[ao]\b|\bsemipresencial\b|\bhybrid\b|\bpresencial y (virtual|a distancia|remota)\b|\b(virtual|a distancia|remota) y presencial\b/.test(t)) return 'hibrida';
  if (/\bvirtual\b|\ba distancia\b|\bremota\b|\bvideoconferencias?\b|\bmicrosoft teams\b|\bzoom\b|\bwebex\b|\bgoogle meet\b|\bonline\b|\bherramientas tecnologicas\b/.test(t)) return 'virtual';
  if (/\bpresencial\b|\bin person\b|\bsala de sesiones\b|\bsala del pleno\b/.test(t)) return 'presencial';
  return null;
}

function numberIn(t: string): number | null {
  const ordinal = ORDINAL_SESSION.exec(t);
  if (ordinal) return ordinalOf(ordinal[1]!);
  const numbered = NUMBERED_SESSION.exec(t);
  return numbered ? Number(numbered[1] ?? numbered[2]) : null;
}

/** "Convocatoria a Sesión Virtual Extraordinaria" → "Sesión Virtual Extraordinaria"; a date on the same line goes. */
const titleOf = (line: string) => line
  .replace(/^convocatoria\s+a\s+(la\s+)?/i, '')
  .replace(/\s+\d{1,2}\s+de\s+[a-záéíóú]+\s+de\s+\d{4}.*$/i, '')
  .trim();

const MISSING: Record<'body' | 'title' | 'kind' | 'date' | 'time' | 'modality', { es: string; en: string }> = {
  body: { es: 'el órgano', en: 'the body' },
  title: { es: 'el título de la sesión', en: "the session's title" },
  kind: { es: 'el tipo de sesión', en: 'the kind of session' },
  date: { es: 'la fecha', en: 'the date' },
  time: { es: 'la hora', en: 'the time' },
  modality: { es: 'la modalidad', en: 'the modality' },
};

/** Consecutive lines joined: a convocation's paragraph wrapped across lines (a PDF) reads as one. */
function paragraphsOf(lines: string[]): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const line of [...lines, '']) {
    if (line) current.push(line);
    else if (current.length) {
      paragraphs.push(current.join(' '));
      current = [];
    }
  }
  return paragraphs;
}

/** `before`: the lines above the items, '' between paragraphs; `after`: the lines below them. */
export function headerOf(before: string[], after: string[] = []): { header: ImportedHeader; warnings: Bilingual[] } {
  const header: ImportedHeader = { body: null, title: null, kind: null, number: null, date: null, time: null, note: null, modality: null, platform: null };
  before.forEach((line, i) => {
    if (!line) return;
    const t = normaliseForMatch(line);
    const short = line.length <= TITLE_LENGTH;
    if (!header.body && BODY.test(t) && short && !WRAPS_ON.test(before[i - 1] ?? '')) header.body = line;
    if (!header.title && short && SESSION.test(t) && (kindIn(t) || numberIn(t) !== null)) header.title = titleOf(line);
    if (SESSION.test(t)) {
      header.kind ??= kindIn(t);
      header.number ??= numberIn(t);
    }
  });
  const paragraphs = paragraphsOf(before);
  for (const paragraph of paragraphs) header.body ??= BODY_IN_PROSE.exec(paragraph)?.[1]?.trim() ?? null;
  for (const text of [...paragraphs, ...after]) {
    const t = normaliseForMatch(text);
    header.date ??= dateIn(t.replace(SIGNATURE, ''));
    header.time ??= timeIn(t);
    header.note ??= NOTE.exec(text)?.[0].trim() ?? null;
    header.modality ??= modalityIn(t);
    header.platform ??= PLATFORMS.exec(text)?.[1] ?? null;
  }
  const missing = (Object.keys(MISSING) as (keyof typeof MISSING)[]).filter((field) => header[field] === null);
  const es = missing.map((f) => MISSING[f].es).join(', ');
  const en = missing.map((f) => MISSING[f].en).join(', ');
  const warnings = missing.length === 0 ? [] : [{ es: `No pude leer del encabezado: ${es}. Se deja en blanco, sin adivinar.`, en: `I could not read from the header: ${en}. Left blank, not guessed.` }];
  return { header, warnings };
}
