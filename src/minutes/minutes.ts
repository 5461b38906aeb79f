/**
 * The draft minutes (minuta) of a session, built from its recorded state: a document model that the Markdown and
 * .docx renderers lay out. Spanish (the institute's language) or English. Pure: no IO. Every time is told in the
 * body's time zone; the minutes say only what the record says happened.
 */
import type { AgendaItem, SessionState, Vote } from '../domain';
import { flattenAgenda } from '../domain';
import { clockTime, sessionDateTime, writtenDate } from '../i18n/dates';
import { subjectWords } from '../i18n/vote-result';
import { CHOICE_NAMES, METHOD_NAMES, MODALITY_NAMES, ROLE_NAMES, SESSION_KIND_NAMES } from '../i18n/words';
import { type AttendanceGroup, type AttendanceRow, type Signature, attendanceGroups, openingParagraph, presidencyOffice, signatures } from './attendance-minutes';
import { notMadeSentence, proposalWords, withdrawalVoteSentence } from './agenda-changes-minutes';
import { debateParagraphs, sessionDebateParagraph } from './debate-minutes';
import { excusalSentences } from './excusals-minutes';
import { MINUTES_WORDS } from './minutes-words';
import { inSentence, resolvedWords } from './result-phrases';
import { minutesApprovedLine, previousMinutesSentence } from './previous-minutes-minutes';
import { type OpinionLine, opinionLines } from './separate-opinions-minutes';
import { votedInPartsSentences } from './vote-parts-minutes';

export type Lang = 'es' | 'en';

export type { AttendanceGroup, AttendanceRow, Signature } from './attendance-minutes';
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
  /** The agreements adopted on the item, with their number in the session ("Acuerdo 2"). */
  agreements: { number: number; text: string }[];
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
  /** Body, session, date, start and end times, modality. */
  headerLines: string[];
  /** "Siendo las 18:35 h del lunes 24 de junio de 2024, de manera virtual …, se reunieron …, con la asistencia siguiente:". */
  opening: string;
  /** The attendance by group: consejerías with voice and vote, representations, Secretaría Técnica, guests. */
  attendance: AttendanceGroup[];
  quorum: string[];
  /** How the order of the day (and the waiver of the reading) was approved, with counts. */
  agendaApproval: string[];
  agenda: { number: string; title: string; depth: number }[];
  items: ItemRecord[];
  /** The body's use of the floor in the whole session, in all and per round; null when nobody spoke. */
  debateTime: string | null;
  agreements: { number: number; item: string; text: string; responsible: string | null; dueDate: string | null }[];
  followUp: FollowUpRecord | null;
  recesses: string[];
  closing: string;
  /** Once a later session approved these minutes: where and when (with the corrections noted). */
  approvedIn: string | null;
  annex: ReconciliationAnnex | null;
  /** Who signs: the presidency and the Secretaría Técnica, with their names from the roster. */
  signatures: Signature[];
}

const W = MINUTES_WORDS;

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

  /** What became of an item without a vote: presented, dealt with, the general matters raised, withdrawn… */
  function unvotedOutcome(item: AgendaItem): string {
    if (item.status === 'withdrawn') return w.withdrawn;
    if (item.status === 'deferred') return w.deferred;
    if (item.status === 'pending') return w.pending;
    if (item.kind === 'general') {
      if (item.number.includes('.')) return w.generalMatter;
      const raised = flat.filter((i) => i.kind === 'general' && i.number.startsWith(`${item.number}.`));
      return raised.length ? w.generalMattersRaised(raised.map((i) => `${i.number}. ${i.title.replace(/\.$/, '')}`)) : w.noGeneralMatters;
    }
    if (item.items.length) return w.inSubItems;
    if (item.kind === 'report') return w.presented;
    if (item.kind === 'procedural') return w.dealtWith;
    return w.notPutToVote;
  }
  // numbered in the order adopted: "Acuerdo 1", "Acuerdo 2"…
  const agreements = state.agreements.map((a, i) => ({ ...a, number: i + 1 }));

  const items: ItemRecord[] = flat.map((item: AgendaItem) => {
    const closed = state.votes.filter((v) => v.item === item.number && v.status === 'closed' && v.result);
    // the item voted as one, or en lo general: the votes en lo particular are told part by part
    const vote = [...closed].reverse().find((v) => v.stage !== 'particular');
    const inParts = vote?.stage === 'general';
    let outcome = unvotedOutcome(item);
    if (vote?.result) outcome = w.voted(methodOf(vote), resolvedWords(vote.result, state.rules.majority, lang));
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
      agreements: agreements.filter((a) => a.item === item.number).map((a) => ({ number: a.number, text: a.text })),
    };
  });

  function withdrawalLine(v: Vote): string {
    return withdrawalVoteSentence({
      target: v.target ?? '', approved: v.result!.outcome !== 'not-approved', method: methodOf(v), at: t(v.closedAt), resolved: resolvedWords(v.result!, state.rules.majority, lang),
    }, lang);
  }

  function procedureLines(votes: Vote[]): string[] {
    return votes.map((v) => {
      if (v.subject === 'item-withdrawal') return withdrawalLine(v);
      const subject = v.subject === 'reading-waiver' ? w.waiverSubject : w.agendaSubject;
      const line = w.procedureVote(t(v.closedAt), methodOf(v), subject, resolvedWords(v.result!, state.rules.majority, lang));
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
    title: w.minutes(`${h.title}${kind && !h.title.toLowerCase().includes(h.kind ?? '') ? ` (${kind})` : ''}`),
    headerLines: [
      h.body,
      `${w.session}: ${h.title}${kind ? ` · ${kind}` : ''}`,
      `${w.date}: ${h.date ? sessionDateTime(h.date, null, lang) : '—'}`,
      `${w.start}: ${state.startedAt ? t(state.startedAt) : h.time ?? '—'} · ${w.end}: ${state.closedAt ? t(state.closedAt) : '—'}`,
      `${w.modality}: ${h.modality ? MODALITY_NAMES[h.modality][lang] : '—'}${h.modality === 'virtual' || h.modality === 'hibrida' ? ` · ${w.platform}: Microsoft Teams` : ''}`,
    ].filter(Boolean),
    opening: openingParagraph({
      body: h.body, title: h.title, date: h.date ? sessionDateTime(h.date, null, lang) : null, start: state.startedAt ? t(state.startedAt) : null,
      convenedAt: h.time ? `${h.time} h` : null, modality: h.modality,
    }, lang),
    attendance: attendanceGroups(state.roster, (m): AttendanceRow => {
      const a = state.attendance[m.id];
      return {
        name: m.name, role: m.role === 'chair' ? presidencyOffice(h.body, lang) : ROLE_NAMES[m.role][lang],
        present: Boolean(a?.present || a?.arrivedAt), arrivedAt: a?.arrivedAt ? t(a.arrivedAt) : null, movements: movementsOf(m.id),
      };
    }, lang),
    quorum: state.startedAt ? state.quorumRecord.map((q) => w.quorumAt(q, t(q.at), w.quorumOf(q))) : [w.notHeld],
    agendaApproval,
    agenda: flat.map((i) => ({ number: i.number, title: i.title, depth: depthOf(i.number) })),
    items,
    debateTime: sessionDebateParagraph(state.debates, lang),
    agreements: agreements.map((a) => ({ number: a.number, item: a.item, text: a.text, responsible: a.responsible, dueDate: a.dueDate ? writtenDate(a.dueDate, lang) : null })),
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
    recesses: state.recesses.map((r) => w.recess(t(r.startedAt), r.endedAt ? t(r.endedAt) : null, r.reason)),
    closing: w.closed(state.closedAt ? t(state.closedAt) : null, flat.every((i) => i.status !== 'pending')),
    approvedIn: state.minutesApproval ? minutesApprovedLine(state.minutesApproval, lang) : null,
    annex,
    signatures: signatures(state.roster, h.body, lang),
  };
}
