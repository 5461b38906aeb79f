/**
 * A roster file (CSV): one person per line — name, email or Entra ID object id, role — with an optional header
 * line. Roles in Spanish or English. Problems name the line and what to write instead.
 */
import type { SessionRole } from '../src/domain';
import type { Bilingual } from './i18n/language';
import { normalise } from './commands/parse-command';

export interface RosterLine {
  line: number;
  name: string;
  /** An email (to look up in Teams) or an Entra ID object id. */
  who: string;
  role: SessionRole;
}

const ROLE_WORDS: [RegExp, SessionRole][] = [
  [/^(presidencia|president[ea]|chair|chairperson)$/, 'chair'],
  [/^(integrante|consejer[oa]|consejeria|consejero electoral|consejera electoral|voting member|member|vocal)$/, 'voting-member'],
  [/^(secretaria|secretaria tecnica|secretari[oa]|secretary|technical secretary)$/, 'secretary'],
  [/^(representante|representacion|representative)$/, 'representative'],
  [/^(invitad[oa]|guest)$/, 'guest'],
];

export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function cells(line: string): string[] {
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') { cell += '"'; i++; } else if (ch === '"') quoted = false; else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',' || ch === ';' || ch === '\t') { out.push(cell.trim()); cell = ''; } else cell += ch;
  }
  out.push(cell.trim());
  return out;
}

export function parseRosterFile(content: string): { ok: true; people: RosterLine[] } | { ok: false; message: Bilingual } {
  const fail = (line: number, es: string, en: string) => ({ ok: false as const, message: { es: `Línea ${line}: ${es}`, en: `Line ${line}: ${en}` } });
  const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/);
  const people: RosterLine[] = [];
  for (const [index, raw] of lines.entries()) {
    const n = index + 1;
    if (!raw.trim()) continue;
    const [name = '', who = '', roleText = '', ...extra] = cells(raw);
    if (n === 1 && /^(nombre|name)$/i.test(normalise(name))) continue;
    if (extra.some((e) => e)) return fail(n, 'hay más de tres columnas; usa «nombre, correo o id, rol».', 'there are more than three columns; use "name, email or id, role".');
    if (!name) return fail(n, 'falta el nombre.', 'the name is missing.');
    if (!EMAIL.test(who) && !GUID.test(who)) return fail(n, `«${who}» no es un correo ni un id de Entra ID (GUID).`, `"${who}" is neither an email nor an Entra ID object id (GUID).`);
    const role = ROLE_WORDS.find(([p]) => p.test(normalise(roleText)))?.[1];
    if (!role) return fail(n, `«${roleText}» no es un rol: usa presidencia, integrante, secretaría, representante o invitado.`, `"${roleText}" is not a role: use chair, member, secretary, representative or guest.`);
    people.push({ line: n, name, who, role });
  }
  if (people.length === 0) return { ok: false, message: { es: 'El archivo de integrantes está vacío.', en: 'The roster file is empty.' } };
  return { ok: true, people };
}
