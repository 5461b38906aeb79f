/**
 * The header of an order of the day: the body (Comisión…, Consejo General…), the session title and kind, the date,
 * the time and the modality, read from the lines before the item list.
 */
import type { Modality, SessionKind } from '../domain';
import type { ImportedHeader } from './imported-agenda';
import { normaliseForMatch } from './matching';

const MONTHS: Record<string, number> = {
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
};

const BODY = /^(comision|comite|consejo|junta|pleno|camara|council|committee|board)\b/;
const SESSION_TITLE = /\b(sesion|session|reunion|meeting)\b/;
const pad = (n: number) => String(n).padStart(2, '0');

function dateIn(t: string): string | null {
  const es = /(\d{1,2})\s+de\s+([a-z]+)\s+(?:de|del)\s+(\d{4})/.exec(t);
  if (es && MONTHS[es[2]!]) return `${es[3]}-${pad(MONTHS[es[2]!]!)}-${pad(Number(es[1]))}`;
  const en = /([a-z]+)\s+(\d{1,2}),?\s+(\d{4})/.exec(t);
  if (en && MONTHS[en[1]!]) return `${en[3]}-${pad(MONTHS[en[1]!]!)}-${pad(Number(en[2]))}`;
  const en2 = /(\d{1,2})\s+([a-z]+)\s+(\d{4})/.exec(t);
  if (en2 && MONTHS[en2[2]!]) return `${en2[3]}-${pad(MONTHS[en2[2]!]!)}-${pad(Number(en2[1]))}`;
  const numeric = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(t);
  if (numeric && Number(numeric[2]) <= 12) return `${numeric[3]}-${pad(Number(numeric[2]))}-${pad(Number(numeric[1]))}`;
  return null;
}

function timeIn(t: string): string | null {
  const m = /\b(\d{1,2})[:.](\d{2})\s*(horas|hrs?\.?|h\b|a\.?\s?m\.?|p\.?\s?m\.?)?/.exec(t);
  if (!m) return null;
  let hours = Number(m[1]);
  const minutes = Number(m[2]);
  if (hours > 23 || minutes > 59) return null;
  const suffix = (m[3] ?? '').replace(/[.\s]/g, '');
  if (!suffix && !/\b(horas|hrs|a las|at)\b/.test(t)) return null;
  if (suffix === 'pm' && hours < 12) hours += 12;
  if (suffix === 'am' && hours === 12) hours = 0;
  return `${pad(hours)}:${pad(minutes)}`;
}

function kindIn(t: string): SessionKind | null {
  if (/\bextraordinaria\b|\bextraordinary\b|\bspecial session\b/.test(t)) return 'extraordinaria';
  if (/\burgente\b|\burgent\b/.test(t)) return 'urgente';
  if (/\bordinaria\b|\bordinary\b|\bregular session\b/.test(t)) return 'ordinaria';
  return null;
}

function modalityIn(t: string): Modality | null {
  if (/\bhibrid[ao]\b|\bsemipresencial\b|\bhybrid\b/.test(t)) return 'hibrida';
  if (/\bvirtual\b|\ba distancia\b|\bremota\b|\bvideoconferencia\b|\bmicrosoft teams\b|\bzoom\b|\bonline\b|\bherramientas tecnologicas\b/.test(t)) return 'virtual';
  if (/\bpresencial\b|\bin person\b|\bsala de sesiones\b/.test(t)) return 'presencial';
  return null;
}

export function headerOf(lines: string[]): ImportedHeader {
  const header: ImportedHeader = { body: null, title: null, kind: null, date: null, time: null, modality: null };
  for (const line of lines) {
    const t = normaliseForMatch(line);
    if (!header.body && BODY.test(t)) header.body = line;
    if (!header.title && SESSION_TITLE.test(t) && kindIn(t)) {
      // "SEXTA SESIÓN ORDINARIA DE 2024 24 DE JUNIO DE 2024 12:30 HORAS" → keep the title part only
      header.title = line.replace(/\s+\d{1,2}\s+de\s+[a-záéíóú]+\s+de\s+\d{4}.*$/i, '').trim();
    }
    header.kind ??= SESSION_TITLE.test(t) ? kindIn(t) : null;
    header.date ??= dateIn(t);
    header.time ??= timeIn(t);
    header.modality ??= modalityIn(t);
  }
  return header;
}
