/**
 * The draft minutes (minuta) of a session, built from its recorded state: a document model that the Markdown and
 * .docx renderers lay out. Spanish (the institute's language) or English. Pure: no IO.
 */
import type { AgendaItem, BallotChoice, SessionRole, SessionState, Vote } from '../domain';
import { flattenAgenda } from '../domain';

export type Lang = 'es' | 'en';

export interface AttendanceRow { name: string; role: string; present: boolean; arrivedAt: string | null }
export interface NominalRow { name: string; choice: string }
export interface ItemRecord {
  number: string;
  title: string;
  depth: number;
  /** What happened, in a sentence. */
  outcome: string;
  /** For votes: "A favor 2 · En contra 1 · Abstención 0". */
  count: string | null;
  /** For nominal votes: each member's vote. */
  nominal: NominalRow[] | null;
  agreements: string[];
}
/** The agreements of earlier sessions taken up in this one, and what became of each. */
export interface FollowUpRecord {
  item: string;
  rows: { text: string; source: string; responsible: string | null; dueDate: string | null; status: string }[];
}
export interface ReconciliationAnnex { joinedNotAnswered: string[]; answeredNotInReport: string[] }

export interface Minutes {
  lang: Lang;
  title: string;
  headerLines: string[];
  attendance: AttendanceRow[];
  quorum: string[];
  agenda: { number: string; title: string; depth: number }[];
  items: ItemRecord[];
  agreements: { item: string; text: string; responsible: string | null; dueDate: string | null }[];
  followUp: FollowUpRecord | null;
  generalMatters: string[];
  recesses: string[];
  closing: string;
  annex: ReconciliationAnnex | null;
}

const W = {
  es: {
    minutes: 'Proyecto de minuta', session: 'Sesión', kind: { ordinaria: 'ordinaria', extraordinaria: 'extraordinaria', urgente: 'urgente' },
    date: 'Fecha', start: 'Inicio', end: 'Término', modality: 'Modalidad', platform: 'Plataforma',
    modalities: { virtual: 'virtual (a distancia)', presencial: 'presencial', hibrida: 'híbrida' },
    roles: { chair: 'Presidencia', 'voting-member': 'Consejería (voz y voto)', secretary: 'Secretaría Técnica', representative: 'Representación', guest: 'Persona invitada' } as Record<SessionRole, string>,
    quorumAt: (at: string, present: number, total: number, required: number, when: 'start' | 'resume') =>
      `${when === 'start' ? 'Al iniciar' : 'Al reanudar'} (${at}) se declaró quórum con ${present} de ${total} integrantes con derecho a voto (se requerían ${required}).`,
    presented: 'Se presentó.', withdrawn: 'Se retiró del orden del día.', deferred: 'Se difirió.', pending: 'No se trató.',
    approvedU: 'Aprobado por unanimidad.', approvedM: 'Aprobado por mayoría.', notApproved: 'No aprobado.', casting: ' El empate se decidió con el voto de calidad de la Presidencia.',
    count: (f: number, a: number, ab: number) => `A favor ${f} · En contra ${a} · Abstención ${ab}`,
    choices: { 'in-favour': 'A favor', against: 'En contra', abstain: 'Abstención' } as Record<BallotChoice, string>,
    notVoted: 'No votó', nominal: 'Votación nominal', economica: 'Votación económica',
    recess: (from: string, to: string | null, reason: string | null) => `Receso de ${from} a ${to ?? '—'}${reason ? ` (${reason})` : ''}.`,
    closed: (at: string | null) => (at ? `Se clausuró la sesión a las ${at}.` : 'La sesión no se clausuró.'),
    notHeld: 'La sesión no se celebró por falta de quórum.',
    itemWord: 'punto', done: 'Cumplido a las', open: 'En proceso',
  },
  en: {
    minutes: 'Draft minutes', session: 'Session', kind: { ordinaria: 'ordinary', extraordinaria: 'extraordinary', urgente: 'urgent' },
    date: 'Date', start: 'Start', end: 'End', modality: 'Modality', platform: 'Platform',
    modalities: { virtual: 'virtual (remote)', presencial: 'in person', hibrida: 'hybrid' },
    roles: { chair: 'Chair', 'voting-member': 'Voting member', secretary: 'Technical secretary', representative: 'Representative', guest: 'Guest' } as Record<SessionRole, string>,
    quorumAt: (at: string, present: number, total: number, required: number, when: 'start' | 'resume') =>
      `${when === 'start' ? 'At the start' : 'On resuming'} (${at}) quorum was declared with ${present} of ${total} voting members (${required} required).`,
    presented: 'Presented.', withdrawn: 'Withdrawn from the order of the day.', deferred: 'Deferred.', pending: 'Not taken up.',
    approvedU: 'Approved unanimously.', approvedM: 'Approved by majority.', notApproved: 'Not approved.', casting: " The tie was decided by the chair's casting vote.",
    count: (f: number, a: number, ab: number) => `In favour ${f} · Against ${a} · Abstain ${ab}`,
    choices: { 'in-favour': 'In favour', against: 'Against', abstain: 'Abstain' } as Record<BallotChoice, string>,
    notVoted: 'Did not vote', nominal: 'Roll-call vote', economica: 'Show-of-hands vote',
    recess: (from: string, to: string | null, reason: string | null) => `Recess from ${from} to ${to ?? '—'}${reason ? ` (${reason})` : ''}.`,
    closed: (at: string | null) => (at ? `The session was closed at ${at}.` : 'The session was not closed.'),
    notHeld: 'The session was not held for lack of quorum.',
    itemWord: 'item', done: 'Done at', open: 'Open',
  },
};

/** "2024-06-24T18:31:00.000Z" → "12:31" in Mexico City time (the institute's), or as given when not ISO. */
export function clock(iso: string | null, timeZone = 'America/Mexico_City'): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat('es-MX', { timeZone, hour: '2-digit', minute: '2-digit', hour12: false }).format(d);
}

function voteOutcome(vote: Vote, w: (typeof W)[Lang]): string {
  const r = vote.result!;
  const base = r.outcome === 'approved-unanimously' ? w.approvedU : r.outcome === 'approved-by-majority' ? w.approvedM : w.notApproved;
  return `${vote.method === 'nominal' ? w.nominal : w.economica}: ${base}${r.decidedByCastingVote ? w.casting : ''}`;
}

export function buildMinutes(state: SessionState, lang: Lang = 'es', annex: ReconciliationAnnex | null = null, timeZone = 'America/Mexico_City'): Minutes {
  const w = W[lang];
  const h = state.header;
  const names = new Map(state.roster.map((m) => [m.id, m.name]));
  const t = (iso: string | null) => clock(iso, timeZone);
  const depthOf = (n: string) => n.split('.').length - 1;
  const flat = flattenAgenda(state.agenda);

  const items: ItemRecord[] = flat.map((item: AgendaItem) => {
    const vote = [...state.votes].reverse().find((v) => v.item === item.number && v.status === 'closed');
    let outcome = item.status === 'withdrawn' ? w.withdrawn : item.status === 'deferred' ? w.deferred : item.status === 'pending' ? w.pending : w.presented;
    if (vote?.result) outcome = voteOutcome(vote, w);
    const tally = vote?.result?.tally;
    return {
      number: item.number,
      title: item.title,
      depth: depthOf(item.number),
      outcome,
      count: tally ? w.count(tally.inFavour, tally.against, tally.abstain) : null,
      nominal: vote?.method === 'nominal'
        ? vote.eligible.map((id) => ({ name: names.get(id) ?? id, choice: vote.ballots[id] ? w.choices[vote.ballots[id]!] : w.notVoted }))
        : null,
      agreements: state.agreements.filter((a) => a.item === item.number).map((a) => a.text),
    };
  });

  const kind = h.kind ? w.kind[h.kind] : null;
  return {
    lang,
    title: `${w.minutes} · ${h.title}${kind && !h.title.toLowerCase().includes(h.kind ?? '') ? ` (${kind})` : ''}`,
    headerLines: [
      h.body,
      `${w.session}: ${h.title}${kind ? ` · ${kind}` : ''}`,
      `${w.date}: ${h.date ?? '—'}`,
      `${w.start}: ${state.startedAt ? t(state.startedAt) : h.time ?? '—'} · ${w.end}: ${t(state.closedAt)}`,
      `${w.modality}: ${h.modality ? w.modalities[h.modality] : '—'}${h.modality === 'virtual' || h.modality === 'hibrida' ? ` · ${w.platform}: Microsoft Teams` : ''}`,
    ].filter(Boolean),
    attendance: state.roster.map((m) => ({
      name: m.name, role: w.roles[m.role], present: state.attendance[m.id]?.present || Boolean(state.attendance[m.id]?.arrivedAt), arrivedAt: state.attendance[m.id]?.arrivedAt ? t(state.attendance[m.id]!.arrivedAt) : null,
    })),
    quorum: state.startedAt
      ? state.quorumDeclarations.map((q) => w.quorumAt(t(q.at), q.present, q.total, q.required, q.when))
      : [w.notHeld],
    agenda: flat.map((i) => ({ number: i.number, title: i.title, depth: depthOf(i.number) })),
    items,
    agreements: state.agreements.map((a) => ({ item: a.item, text: a.text, responsible: a.responsible, dueDate: a.dueDate })),
    followUp: state.followUpItem
      ? {
          item: state.followUpItem,
          rows: state.followUps.map((f) => ({
            text: f.text,
            source: `${f.sourceTitle}${f.sourceDate ? ` (${f.sourceDate})` : ''}, ${w.itemWord} ${f.item}`,
            responsible: f.responsible,
            dueDate: f.dueDate,
            status: f.doneAt ? `${w.done} ${t(f.doneAt)}${f.note ? ` — ${f.note}` : ''}` : w.open,
          })),
        }
      : null,
    generalMatters: flat.filter((i) => i.kind === 'general' && i.number.includes('.')).map((i) => `${i.number}. ${i.title}`),
    recesses: state.recesses.map((r) => w.recess(t(r.startedAt), r.endedAt ? t(r.endedAt) : null, r.reason)),
    closing: w.closed(state.closedAt ? t(state.closedAt) : null),
    annex,
  };
}
