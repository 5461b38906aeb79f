/**
 * The draft minutes (minuta) of a session, built from its recorded state: a document model that the Markdown and
 * .docx renderers lay out. Spanish (the institute's language) or English. Pure: no IO. Every time is told in the
 * body's time zone; the minutes say only what the record says happened.
 */
import type { AgendaItem, QuorumMoment, QuorumSnapshot, SessionState, Vote } from '../domain';
import { basisOf, flattenAgenda } from '../domain';
import { clockTime, sessionDateTime, writtenDate } from '../i18n/dates';
import { resultWords, subjectWords } from '../i18n/vote-result';
import { CHOICE_NAMES, METHOD_NAMES, MODALITY_NAMES, ROLE_NAMES, SESSION_KIND_NAMES } from '../i18n/words';
import { notMadeSentence, proposalWords, withdrawalVoteSentence } from './agenda-changes-minutes';
import { debateParagraphs, sessionDebateParagraph } from './debate-minutes';
import { excusalSentences } from './excusals-minutes';
import { inSentence } from './result-phrases';
import { minutesApprovedLine, previousMinutesSentence } from './previous-minutes-minutes';
import { type OpinionLine, opinionLines } from './separate-opinions-minutes';
import { votedInPartsSentences } from './vote-parts-minutes';

export type Lang = 'es' | 'en';

export interface AttendanceRow {
  name: string;
  role: string;
  /** Was present at some moment of the session. */
  present: boolean;
  arrivedAt: string | null;
  /** "se retiró a las 13:45 h; se reincorporó a las 14:02 h". */
  movements: string | null;
}
export interface NominalRow { name: string; choice: string }
/** A vote en lo particular on a reserved part: "Punto 3.b, en lo particular: … (votación nominal): A favor 2 · …". */
export interface PartVoteRecord {
  count: string;
  nominal: NominalRow[] | null;
}
export type { OpinionLine } from './separate-opinions-minutes';
export interface ItemRecord {
  number: string;
  title: string;
  depth: number;
  /** The debate on the item, paragraph by paragraph (rounds, speakers, motions, its time); empty when none. */
  debate: string[];
  /** The members excused from the item: "Sofía Consejera se excusó de conocer el punto 3.b (…) y no participó en su votación." */
  excusals: string[];
  /** What happened, in a sentence (for an item voted in parts: en lo general, en lo particular and the engrose). */
  outcome: string;
  /** More of what happened: the approval of an earlier session's minutes with the corrections noted. */
  notes: string[];
  /** For votes: "A favor 2 · En contra 1 · Abstención 0" (the item voted as one, or en lo general). */
  count: string | null;
  /** For votes: the quorum when it was put to the vote. */
  quorum: string | null;
  /** For nominal votes: each member's vote (the excused said so). */
  nominal: NominalRow[] | null;
  /** The votes en lo particular, in order. */
  parts: PartVoteRecord[];
  /** Votos particulares, concurrentes and razonados announced on the item's votes. */
  opinions: OpinionLine[];
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
  /** How the order of the day (and the waiver of the reading) was approved, with counts. */
  agendaApproval: string[];
  agenda: { number: string; title: string; depth: number }[];
  items: ItemRecord[];
  /** The body's use of the floor in the whole session, in all and per round; null when nobody spoke. */
  debateTime: string | null;
  agreements: { item: string; text: string; responsible: string | null; dueDate: string | null }[];
  followUp: FollowUpRecord | null;
  generalMatters: string[];
  recesses: string[];
  closing: string;
  /** Once a later session approved these minutes: where and when (with the corrections noted). */
  approvedIn: string | null;
  annex: ReconciliationAnnex | null;
}

const W = {
  es: {
    minutes: 'Proyecto de minuta', session: 'Sesión',
    date: 'Fecha', start: 'Inicio', end: 'Término', modality: 'Modalidad', platform: 'Plataforma',
    quorumOf: (q: QuorumSnapshot) => `${q.present} de ${q.total} integrantes con derecho a voto (se requerían ${q.required})`,
    quorumAt: (m: QuorumMoment, at: string, of: string) => ({
      start: `Al iniciar (${at}) se declaró quórum con ${of}.`,
      resume: `Al reanudar (${at}) se declaró quórum con ${of}.`,
      lost: `A las ${at} se perdió el quórum: quedaron ${of}.`,
      restored: `A las ${at} se recuperó el quórum: ${of}.`,
      check: `En la verificación de quórum de las ${at} se encontraron ${of}.`,
      close: `Al clausurar (${at}) estaban presentes ${of}.`,
    })[m.when],
    left: (at: string) => `se retiró a las ${at}`, returned: (at: string) => `se reincorporó a las ${at}`,
    presented: 'Se presentó.', withdrawn: 'Se retiró del orden del día.', deferred: 'Se difirió.', pending: 'No se trató.',
    count: (f: number, a: number, ab: number) => `A favor ${f} · En contra ${a} · Abstención ${ab}`,
    quorumAtVote: (q: QuorumSnapshot) => `Quórum al votar: ${q.present} de ${q.total} (se requerían ${q.required}).`,
    notVoted: 'No votó', excused: 'Se excusó',
    procedureVote: (subject: string, result: string, method: string, count: string, at: string) => `${subject}: ${result} en ${method.toLowerCase()} (${count}) a las ${at}.`,
    agendaByFiat: (at: string) => `El orden del día se dio por aprobado a las ${at} (registro anterior a su votación).`,
    agendaNotApproved: 'El orden del día no se sometió a votación.',
    changes: (parts: string[]) => `Con las modificaciones propuestas antes de la votación: ${parts.join('; ')}.`,
    withdrawnItems: (n: string[]) => `se retira${n.length > 1 ? 'n los puntos' : ' el punto'} ${n.join(', ')}`,
    deferredItems: (n: string[]) => `se difiere${n.length > 1 ? 'n los puntos' : ' el punto'} ${n.join(', ')}`,
    addedItems: (n: { number: string; title: string }[]) => `se agrega${n.length > 1 ? 'n' : ''} ${n.map((a) => `${a.number}. ${a.title}`).join(', ')}`,
    recess: (from: string, to: string | null, reason: string | null) => `Receso de ${from} a ${to ?? '—'}${reason ? ` (${reason})` : ''}.`,
    closed: (at: string | null) => (at ? `Se clausuró la sesión a las ${at}.` : 'La sesión no se clausuró.'),
    notHeld: 'La sesión no se celebró por falta de quórum.',
    itemWord: 'punto', done: 'Cumplido a las', open: 'En proceso',
  },
  en: {
    minutes: 'Draft minutes', session: 'Session',
    date: 'Date', start: 'Start', end: 'End', modality: 'Modality', platform: 'Platform',
    quorumOf: (q: QuorumSnapshot) => `${q.present} of ${q.total} voting members (${q.required} required)`,
    quorumAt: (m: QuorumMoment, at: string, of: string) => ({
      start: `At the start (${at}) quorum was declared with ${of}.`,
      resume: `On resuming (${at}) quorum was declared with ${of}.`,
      lost: `At ${at} quorum was lost: ${of} remained.`,
      restored: `At ${at} quorum was restored: ${of}.`,
      check: `The quorum check of ${at} found ${of}.`,
      close: `At the close (${at}) ${of} were present.`,
    })[m.when],
    left: (at: string) => `left at ${at}`, returned: (at: string) => `came back at ${at}`,
    presented: 'Presented.', withdrawn: 'Withdrawn from the order of the day.', deferred: 'Deferred.', pending: 'Not taken up.',
    count: (f: number, a: number, ab: number) => `In favour ${f} · Against ${a} · Abstain ${ab}`,
    quorumAtVote: (q: QuorumSnapshot) => `Quorum at the vote: ${q.present} of ${q.total} (${q.required} required).`,
    notVoted: 'Did not vote', excused: 'Excused',
    procedureVote: (subject: string, result: string, method: string, count: string, at: string) => `${subject}: ${result} in a ${method.toLowerCase()} (${count}) at ${at}.`,
    agendaByFiat: (at: string) => `The order of the day was taken as approved at ${at} (recorded before it was voted).`,
    agendaNotApproved: 'The order of the day was not put to the vote.',
    changes: (parts: string[]) => `With the changes proposed before the vote: ${parts.join('; ')}.`,
    withdrawnItems: (n: string[]) => `item${n.length > 1 ? 's' : ''} ${n.join(', ')} withdrawn`,
    deferredItems: (n: string[]) => `item${n.length > 1 ? 's' : ''} ${n.join(', ')} deferred`,
    addedItems: (n: { number: string; title: string }[]) => `${n.map((a) => `${a.number}. ${a.title}`).join(', ')} added`,
    recess: (from: string, to: string | null, reason: string | null) => `Recess from ${from} to ${to ?? '—'}${reason ? ` (${reason})` : ''}.`,
    closed: (at: string | null) => (at ? `The session was closed at ${at}.` : 'The session was not closed.'),
    notHeld: 'The session was not held for lack of quorum.',
    itemWord: 'item', done: 'Done at', open: 'Open',
  },
};

function outcomeOf(vote: Vote, state: SessionState, lang: Lang): string {
  const r = vote.result!;
  return resultWords({ outcome: r.outcome, basis: basisOf(r), required: r.required ?? null }, state.rules.majority, lang);
}

export function buildMinutes(state: SessionState, lang: Lang = 'es', annex: ReconciliationAnnex | null = null, timeZone = state.rules.timeZone): Minutes {
  const w = W[lang];
  const h = state.header;
  const names = new Map(state.roster.map((m) => [m.id, m.name]));
  const t = (iso: string | null) => clockTime(iso, timeZone, lang);
  const depthOf = (n: string) => n.split('.').length - 1;
  const flat = flattenAgenda(state.agenda);
  const methodOf = (vote: Vote) => METHOD_NAMES[vote.method][lang];
  const countOf = (vote: Vote) => w.count(vote.result!.tally.inFavour, vote.result!.tally.against, vote.result!.tally.abstain);

  const nominalOf = (vote: Vote): NominalRow[] | null => (vote.method === 'nominal'
    ? [
        ...vote.eligible.map((id) => ({ name: names.get(id) ?? id, choice: vote.ballots[id] ? CHOICE_NAMES[vote.ballots[id]!][lang] : w.notVoted })),
        ...vote.excused.map((id) => ({ name: names.get(id) ?? id, choice: w.excused })),
      ]
    : null);
  const name = (id: string) => names.get(id as never) ?? id;
  const partOf = (vote: Vote) => {
    const part = state.reservations.find((r) => r.id === vote.reservationId)?.part;
    return part ? inSentence(part) : null;
  };
  /** "Punto 3.b, en lo general (votación nominal): A favor 3 · …", for the votes of an item voted in parts. */
  const labelledCount = (vote: Vote) =>
    `${subjectWords(vote.subject, vote.item, lang, { stage: vote.stage, reserved: partOf(vote) })} (${methodOf(vote).toLowerCase()}): ${countOf(vote)}`;

  const items: ItemRecord[] = flat.map((item: AgendaItem) => {
    const closed = state.votes.filter((v) => v.item === item.number && v.status === 'closed' && v.result);
    // the item voted as one, or en lo general: the votes en lo particular are told part by part
    const vote = [...closed].reverse().find((v) => v.stage !== 'particular');
    const inParts = vote?.stage === 'general';
    let outcome = item.status === 'withdrawn' ? w.withdrawn : item.status === 'deferred' ? w.deferred : item.status === 'pending' ? w.pending : w.presented;
    if (vote?.result) outcome = `${methodOf(vote)}: ${outcomeOf(vote, state, lang)}.`;
    if (inParts) {
      outcome = votedInPartsSentences({
        item: item.number,
        votes: closed,
        reservations: state.reservations.filter((r) => r.item === item.number && r.withdrawnAt === null),
        responsible: state.agreements.find((a) => a.item === item.number && a.responsible)?.responsible ?? null,
      }, name, state.rules.majority, lang).join(' ');
    }
    // a vote on the order of the day (or the waiver) held while this procedural item was under way
    const held = state.votes.filter((v) => v.during === item.number && v.status === 'closed' && v.result && v.subject !== 'item-withdrawal');
    if (!vote && held.length) outcome = procedureLines(held).join(' ');
    // withdrawn by a vote of the body once the order of the day was approved
    const withdrawal = state.votes.find((v) => v.subject === 'item-withdrawal' && v.target === item.number && v.status === 'closed' && v.result?.outcome !== 'not-approved');
    if (item.status === 'withdrawn' && withdrawal) outcome = withdrawalLine(withdrawal);
    const linked = state.previousMinutes?.item === item.number ? state.previousMinutes : null;
    const approval = linked ? previousMinutesSentence(linked, vote?.result?.outcome ?? null, lang) : null;
    const itemVotes = state.votes.filter((v) => v.item === item.number);
    return {
      number: item.number,
      title: item.title,
      depth: depthOf(item.number),
      debate: debateParagraphs(state.debates.find((d) => d.item === item.number) ?? null, name, lang),
      excusals: excusalSentences(state.excusals.filter((e) => e.item === item.number), itemVotes.length, name, lang),
      outcome,
      notes: approval ? [approval] : [],
      count: vote?.result ? (inParts ? labelledCount(vote) : countOf(vote)) : null,
      quorum: vote?.quorumAtOpen ? w.quorumAtVote(vote.quorumAtOpen) : null,
      nominal: vote ? nominalOf(vote) : null,
      parts: inParts ? closed.filter((v) => v.stage === 'particular').map((v) => ({ count: labelledCount(v), nominal: nominalOf(v) })) : [],
      opinions: opinionLines(state.separateOpinions.filter((o) => o.item === item.number), state.votes, state.reservations, name, timeZone, lang),
      agreements: state.agreements.filter((a) => a.item === item.number).map((a) => a.text),
    };
  });

  function withdrawalLine(v: Vote): string {
    return withdrawalVoteSentence({
      target: v.target ?? '', approved: v.result!.outcome !== 'not-approved', method: methodOf(v), at: t(v.closedAt), result: outcomeOf(v, state, lang), count: countOf(v),
    }, lang);
  }

  function procedureLines(votes: Vote[]): string[] {
    return votes.map((v) => {
      if (v.subject === 'item-withdrawal') return withdrawalLine(v);
      const result = outcomeOf(v, state, lang);
      const line = w.procedureVote(subjectWords(v.subject, null, lang), result.charAt(0).toLowerCase() + result.slice(1), methodOf(v), countOf(v), t(v.closedAt));
      const c = v.changes;
      const made = [
        ...(c?.withdrawn.length ? [w.withdrawnItems(c.withdrawn)] : []),
        ...(c?.deferred.length ? [w.deferredItems(c.deferred)] : []),
        ...(c?.added.length ? [w.addedItems(c.added)] : []),
      ];
      // changes proposed or requested before the vote: made when it approved the order of the day
      const proposed = proposalWords(c?.proposals ?? [], flat, name, lang);
      const approved = v.result!.outcome !== 'not-approved';
      const parts = approved ? [...made, ...proposed] : made;
      const sentences = [line, ...(parts.length ? [w.changes(parts)] : []), ...(!approved && proposed.length ? [notMadeSentence(proposed, lang)] : [])];
      return sentences.join(' ');
    });
  }

  const procedureVotes = state.votes.filter((v) => v.subject !== 'item' && v.status === 'closed' && v.result);
  const agendaApproval = procedureLines(procedureVotes);
  if (state.agendaApproved && !procedureVotes.some((v) => v.subject === 'agenda')) agendaApproval.push(w.agendaByFiat(t(state.agendaApprovedAt)));
  if (!state.agendaApproved && !procedureVotes.some((v) => v.subject === 'agenda') && state.startedAt) agendaApproval.push(w.agendaNotApproved);
  // separate opinions on the votes that were not on an item (the order of the day, the waiver, a withdrawal)
  agendaApproval.push(...opinionLines(state.separateOpinions.filter((o) => o.item === null), state.votes, state.reservations, name, timeZone, lang)
    .map((o) => (o.url ? `${o.text} ${o.url}` : o.text)));

  const movementsOf = (id: string): string | null => {
    const changes = state.attendance[id as never]?.changes ?? [];
    const after = changes.slice(changes.findIndex((c) => c.present) + 1);
    if (changes.findIndex((c) => c.present) < 0 || after.length === 0) return null;
    return after.map((c) => (c.present ? w.returned(t(c.at)) : w.left(t(c.at)))).join('; ');
  };

  const kind = h.kind ? SESSION_KIND_NAMES[h.kind][lang] : null;
  return {
    lang,
    title: `${w.minutes} · ${h.title}${kind && !h.title.toLowerCase().includes(h.kind ?? '') ? ` (${kind})` : ''}`,
    headerLines: [
      h.body,
      `${w.session}: ${h.title}${kind ? ` · ${kind}` : ''}`,
      `${w.date}: ${h.date ? sessionDateTime(h.date, null, lang) : '—'}`,
      `${w.start}: ${state.startedAt ? t(state.startedAt) : h.time ?? '—'} · ${w.end}: ${t(state.closedAt)}`,
      `${w.modality}: ${h.modality ? MODALITY_NAMES[h.modality][lang] : '—'}${h.modality === 'virtual' || h.modality === 'hibrida' ? ` · ${w.platform}: Microsoft Teams` : ''}`,
    ].filter(Boolean),
    attendance: state.roster.map((m) => {
      const a = state.attendance[m.id];
      return {
        name: m.name, role: ROLE_NAMES[m.role][lang], present: Boolean(a?.present || a?.arrivedAt), arrivedAt: a?.arrivedAt ? t(a.arrivedAt) : null, movements: movementsOf(m.id),
      };
    }),
    quorum: state.startedAt ? state.quorumRecord.map((q) => w.quorumAt(q, t(q.at), w.quorumOf(q))) : [w.notHeld],
    agendaApproval,
    agenda: flat.map((i) => ({ number: i.number, title: i.title, depth: depthOf(i.number) })),
    items,
    debateTime: sessionDebateParagraph(state.debates, lang),
    agreements: state.agreements.map((a) => ({ item: a.item, text: a.text, responsible: a.responsible, dueDate: a.dueDate ? writtenDate(a.dueDate, lang) : null })),
    followUp: state.followUpItem
      ? {
          item: state.followUpItem,
          rows: state.followUps.map((f) => ({
            text: f.text,
            source: `${f.sourceTitle}${f.sourceDate ? ` (${writtenDate(f.sourceDate, lang)})` : ''}, ${w.itemWord} ${f.item}`,
            responsible: f.responsible,
            dueDate: f.dueDate ? writtenDate(f.dueDate, lang) : null,
            status: f.doneAt ? `${w.done} ${t(f.doneAt)}${f.note ? ` — ${f.note}` : ''}` : w.open,
          })),
        }
      : null,
    generalMatters: flat.filter((i) => i.kind === 'general' && i.number.includes('.')).map((i) => `${i.number}. ${i.title}`),
    recesses: state.recesses.map((r) => w.recess(t(r.startedAt), r.endedAt ? t(r.endedAt) : null, r.reason)),
    closing: w.closed(state.closedAt ? t(state.closedAt) : null),
    approvedIn: state.minutesApproval ? minutesApprovedLine(state.minutesApproval, lang) : null,
    annex,
  };
}
