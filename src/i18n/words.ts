/**
 * Every word Sesiona shows that is a name of something in the domain: roles, item kinds and statuses, choices,
 * methods, phases, modalities and kinds of session. One table per concept, Spanish (Mexico) and English,
 * used alike by the bot's cards, the side panel and the minutes.
 */
import type { BallotChoice, ItemKind, ItemStatus, Modality, SessionKind, SessionPhase, SessionRole, VoteMethod } from '../domain';

export type Language = 'es' | 'en';

type Table<K extends string> = Record<K, Record<Language, string>>;

export const ROLE_NAMES: Table<SessionRole> = {
  chair: { es: 'Presidencia', en: 'Chair' },
  'voting-member': { es: 'Consejería con voz y voto', en: 'Voting member' },
  secretary: { es: 'Secretaría Técnica', en: 'Technical secretary' },
  representative: { es: 'Representación', en: 'Representative' },
  guest: { es: 'Persona invitada', en: 'Guest' },
};

export const KIND_NAMES: Table<ItemKind> = {
  vote: { es: 'Para votación', en: 'Put to a vote' },
  report: { es: 'Se presenta', en: 'Presented' },
  procedural: { es: 'Trámite', en: 'Procedural' },
  general: { es: 'Asuntos generales', en: 'General matters' },
};

export const STATUS_NAMES: Table<ItemStatus> = {
  pending: { es: 'Pendiente', en: 'Pending' },
  'in-progress': { es: 'En curso', en: 'In progress' },
  voting: { es: 'En votación', en: 'Being voted' },
  approved: { es: 'Aprobado', en: 'Approved' },
  rejected: { es: 'No aprobado', en: 'Not approved' },
  presented: { es: 'Presentado', en: 'Presented' },
  withdrawn: { es: 'Retirado', en: 'Withdrawn' },
  deferred: { es: 'Diferido', en: 'Deferred' },
};

/** A mark beside each status, so colour is never the only signal. */
export const STATUS_MARKS: Record<ItemStatus, string> = {
  pending: '○',
  'in-progress': '▶',
  voting: '🗳',
  approved: '✔',
  rejected: '✘',
  presented: '✔',
  withdrawn: '⊘',
  deferred: '⏸',
};

export const CHOICE_NAMES: Table<BallotChoice> = {
  'in-favour': { es: 'A favor', en: 'In favour' },
  against: { es: 'En contra', en: 'Against' },
  abstain: { es: 'Abstención', en: 'Abstain' },
};

export const METHOD_NAMES: Table<VoteMethod> = {
  economica: { es: 'Votación económica', en: 'Show-of-hands vote' },
  nominal: { es: 'Votación nominal', en: 'Roll-call vote' },
};

export const MODALITY_NAMES: Table<Modality> = {
  virtual: { es: 'virtual (a distancia)', en: 'virtual (remote)' },
  presencial: { es: 'presencial', en: 'in person' },
  hibrida: { es: 'híbrida', en: 'hybrid' },
};

export const SESSION_KIND_NAMES: Table<SessionKind> = {
  ordinaria: { es: 'ordinaria', en: 'ordinary' },
  extraordinaria: { es: 'extraordinaria', en: 'extraordinary' },
  urgente: { es: 'urgente', en: 'urgent' },
};

export const PHASE_NAMES: Table<SessionPhase> = {
  'not-started': { es: 'Sin iniciar', en: 'Not started' },
  'roll-call': { es: 'Pase de lista', en: 'Roll call' },
  'in-session': { es: 'En sesión', en: 'In session' },
  recess: { es: 'En receso', en: 'In recess' },
  closed: { es: 'Sesión clausurada', en: 'Session closed' },
};

export const listOf = (names: string[], lang: Language): string => {
  if (names.length <= 1) return names.join('');
  const and = lang === 'es' ? ' o ' : ' or ';
  return `${names.slice(0, -1).join(', ')}${and}${names[names.length - 1]}`;
};

/** "Luis y Rosa", "Ana, Luis y Rosa" / "Luis and Rosa". */
export const andList = (names: string[], lang: Language): string => {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')}${lang === 'es' ? ' y ' : ' and '}${names[names.length - 1]}`;
};

/** "Quórum: 1 de 3 (se requieren 2)" / "Quorum: 1 of 3 (2 required)". */
export const quorumLine = (q: { present: number; total: number; required: number }, lang: Language): string =>
  lang === 'es' ? `Quórum: ${q.present} de ${q.total} (se requieren ${q.required})` : `Quorum: ${q.present} of ${q.total} (${q.required} required)`;
