/**
 * Who attended, as a commission's minuta lists them: the consejerías with voice and vote (the presidency first), the
 * representations of the parties, the Secretaría Técnica and the guests, each group under its own heading; the
 * opening paragraph that says when, how and who met; and the signature block of the presidency and the Secretaría
 * Técnica with their names from the roster. Pure.
 */
import type { Member, Modality, SessionRole } from '../domain';
import type { Language } from '../i18n/words';

export interface AttendanceRow {
  name: string;
  role: string;
  /** Was present at some moment of the session. */
  present: boolean;
  arrivedAt: string | null;
  /** "se retiró a las 13:45 h; se reincorporó a las 14:02 h". */
  movements: string | null;
}
/** One group of the attendance list: "Consejerías electorales con voz y voto" and its rows. */
export interface AttendanceGroup { title: string; rows: AttendanceRow[] }
/** A signature line: the office ("Presidencia de la Comisión") and the name of whoever holds it (empty when none). */
export interface Signature { office: string; name: string }

const GROUPS: { roles: SessionRole[]; title: Record<Language, string> }[] = [
  { roles: ['chair', 'voting-member'], title: { es: 'Consejerías electorales con voz y voto', en: 'Electoral councillors with voice and vote' } },
  { roles: ['representative'], title: { es: 'Representaciones de los partidos políticos, con voz', en: 'Representatives of the political parties, with voice' } },
  { roles: ['secretary'], title: { es: 'Secretaría Técnica', en: 'Technical Secretariat' } },
  { roles: ['guest'], title: { es: 'Personas invitadas', en: 'Guests' } },
];

/** The roster in the groups of a minuta, in roster order within each (the presidency first); empty groups left out. */
export function attendanceGroups(roster: readonly Member[], row: (m: Member) => AttendanceRow, lang: Language): AttendanceGroup[] {
  return GROUPS.map((g) => ({
    title: g.title[lang],
    rows: [...roster.filter((m) => m.role === g.roles[0]), ...roster.filter((m) => g.roles.slice(1).includes(m.role))].map(row),
  })).filter((g) => g.rows.length > 0);
}

/** "de la Comisión" / "del Comité" after "Presidencia", from the body's name; empty when it is neither. */
function ofBody(body: string, lang: Language): string {
  const first = body.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  if (first.startsWith('comisi')) return lang === 'es' ? ' de la Comisión' : ' of the Commission';
  if (first.startsWith('comit')) return lang === 'es' ? ' del Comité' : ' of the Committee';
  return '';
}

/** "de la COMISIÓN …", "del Comité …", "of the …": the body after "integrantes". */
function ofTheBody(body: string, lang: Language): string {
  if (lang === 'en') return `of the ${body}`;
  const noun = ofBody(body, lang);
  return noun === ' del Comité' ? `del ${body}` : noun ? `de la ${body}` : `de ${body}`;
}

/** The presidency's office as the minuta names it: "Presidencia de la Comisión". */
export const presidencyOffice = (body: string, lang: Language): string => `${lang === 'es' ? 'Presidencia' : 'Chair'}${ofBody(body, lang)}`;

/** The signature block: the presidency and the Secretaría Técnica, each with the first of the roster in that role. */
export function signatures(roster: readonly Member[], body: string, lang: Language): Signature[] {
  const holder = (role: SessionRole) => roster.find((m) => m.role === role)?.name ?? '';
  return [
    { office: presidencyOffice(body, lang), name: holder('chair') },
    { office: lang === 'es' ? `Secretaría Técnica${ofBody(body, lang)}` : `Technical Secretary${ofBody(body, lang)}`, name: holder('secretary') },
  ];
}

const HOW: Record<Modality, Record<Language, string>> = {
  virtual: { es: 'de manera virtual (a distancia), a través de la plataforma Microsoft Teams', en: 'remotely through Microsoft Teams' },
  presencial: { es: 'de manera presencial', en: 'in person' },
  hibrida: { es: 'de manera híbrida, en forma presencial y a través de la plataforma Microsoft Teams', en: 'in person and through Microsoft Teams' },
};

/**
 * The opening paragraph: "Siendo las 18:35 h del lunes 24 de junio de 2024, de manera virtual (a distancia), a
 * través de la plataforma Microsoft Teams, se reunieron las personas integrantes de la Comisión … para celebrar la
 * Sexta Sesión Ordinaria, con la asistencia siguiente:". `start`: the time it started, or null when it never did.
 */
export function openingParagraph(
  o: { body: string; title: string; date: string | null; start: string | null; convenedAt: string | null; modality: Modality | null }, lang: Language,
): string {
  if (lang === 'es') {
    const how = o.modality ? `, ${HOW[o.modality][lang]}` : '';
    const when = [o.start ? `Siendo las ${o.start}` : null, o.date ? `${o.start ? 'del' : 'El'} ${o.date}` : null].filter(Boolean).join(' ');
    if (!o.start) return `${when ? `${when}, ` : ''}se convocó a las personas integrantes ${ofTheBody(o.body, lang)}${o.convenedAt ? ` a las ${o.convenedAt}` : ''}${how}, para celebrar la ${o.title}, con la asistencia siguiente:`;
    return `${when}${how}, se reunieron las personas integrantes ${ofTheBody(o.body, lang)} para celebrar la ${o.title}, con la asistencia siguiente:`;
  }
  const when = [o.start ? `At ${o.start}` : null, o.date ? `${o.start ? 'on' : 'On'} ${o.date}` : null].filter(Boolean).join(' ');
  const means = o.modality ? ` ${HOW[o.modality][lang]}` : '';
  if (!o.start) return `${when ? `${when}, ` : ''}the members ${ofTheBody(o.body, lang)} were convened${o.convenedAt ? ` at ${o.convenedAt}` : ''}${means} for the ${o.title}, with this attendance:`;
  return `${when}, the members ${ofTheBody(o.body, lang)} met${means} for the ${o.title}, with this attendance:`;
}
