/**
 * Page furniture: what a document repeats on every page (the institute's motto, "Rev. 1/2019", page numbers) and
 * footnotes; and web page furniture, when the order of the day is copied from the institute's site: navigation
 * words ("Inicio", "Acta", "Versión Estenográfica") and the page's title ("Sesiones del Consejo General | IEESONORA")
 * above the items. None of it is part of the order of the day.
 */
import { normaliseForMatch } from './matching';

const PAGE_NUMBER = /^(p[aá]gina|page|hoja)?\s*\d{1,3}(\s*(de|of|\/)\s*\d{1,3})?$/i;
const REVISION = /^rev(\.|isi[oó]n)?\s*\d+\s*\/\s*\d{2,4}$/i;
/** Footnote text: a line that starts with a superscript number or an asterisk note. */
export const FOOTNOTE = /^([¹²³⁴⁵⁶⁷⁸⁹⁰]+|\*{1,3}\s|\(\*\))/;

/**
 * Lines that appear more than once (normalised) and at least once from `listStart` on (a page's header or footer
 * comes back among the items; "CONSEJO GENERAL" twice in the header does not), except short words that may
 * legitimately repeat. Items are passed as '' so that line numbers stay.
 */
export function repeatedLines(lines: string[], listStart = 0): Set<string> {
  const counts = new Map<string, number>();
  const inList = new Set<string>();
  lines.forEach((line, i) => {
    const key = normaliseForMatch(line);
    if (key.length < 4) return;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (i >= listStart) inList.add(key);
  });
  return new Set([...counts].filter(([k, n]) => n > 1 && inList.has(k)).map(([k]) => k));
}

export function isFurniture(line: string, repeated: Set<string>): boolean {
  const key = normaliseForMatch(line);
  return PAGE_NUMBER.test(line) || REVISION.test(line) || repeated.has(key);
}

/** Whole lines a web page shows around an order of the day: its menu, its links to the session's other documents. */
const WEB_WORDS = new Set([
  'inicio', 'menu', 'buscar', 'busqueda', 'compartir', 'imprimir', 'descargar', 'regresar', 'volver', 'mapa del sitio',
  'ir a la navegacion', 'ir a la busqueda', 'saltar al contenido', 'acta', 'actas', 'version estenografica', 'estenografica',
  'convocatoria', 'video', 'videos', 'transmision en vivo', 'documentos', 'proyectos de acuerdo', 'acuerdos', 'resoluciones',
  'home', 'search', 'share', 'print', 'download', 'skip to content', 'minutes', 'transcript',
]);

/** A navigation word alone on its line, or a page title "Sección | SITIO". */
export function isWebFurniture(line: string): boolean {
  const key = normaliseForMatch(line).replace(/[.:]$/, '');
  return WEB_WORDS.has(key) || /^[^|]{2,80}\s\|\s[^|]{2,40}$/.test(line);
}
