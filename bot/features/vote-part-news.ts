/**
 * What a typed command of votes in parts recorded, said back in a sentence: a part reserved (its place in the
 * list), a reservation withdrawn, a member excused, a separate opinion announced (due by when, in the body's time
 * zone) or its document filed. The cards show the rest.
 */
import type { SessionView, VoteView } from '../../src/app/session-view';
import type { SessionEvent } from '../../src/domain';
import { writtenDateTime } from '../../src/i18n/dates';
import { subjectWords } from '../../src/i18n/vote-result';
import { findVote } from '../cards/render-card';
import { findView } from '../cards/session-controls';
import { OPINION_NAMES } from '../cards/vote-part-words';
import type { Language } from '../i18n/language';

const voteWords = (vote: VoteView | null, lang: Language): string =>
  vote ? subjectWords(vote.subject, vote.item, lang, { stage: vote.stage, reserved: vote.reservation?.part ?? null, target: vote.target }) : '';

function sentence(event: SessionEvent, view: SessionView, lang: Language): string | null {
  const es = lang === 'es';
  const name = (id: string) => view.members.find((m) => m.id === id)?.name ?? id;
  switch (event.type) {
    case 'PartReserved': {
      const d = event.data;
      const position = (findView(view, d.number)?.reservations.findIndex((r) => r.id === d.reservationId) ?? -1) + 1;
      const place = position > 0 ? (es ? ` (reserva ${position})` : ` (reservation ${position})`) : '';
      const proposal = d.proposal ? (es ? `, con la propuesta «${d.proposal}»` : `, proposing «${d.proposal}»`) : '';
      return es
        ? `${name(d.memberId)} reserva del punto ${d.number}: ${d.part}${proposal}${place}. Se votará en lo particular si el punto se aprueba en lo general.`
        : `${name(d.memberId)} reserves in item ${d.number}: ${d.part}${proposal}${place}. It is voted separately if the item is approved in general.`;
    }
    case 'ReservationWithdrawn':
      return es ? `Se retiró una reserva del punto ${event.data.number}.` : `A reservation on item ${event.data.number} was withdrawn.`;
    case 'MemberExcused': {
      const d = event.data;
      const reason = d.reason ? ` (${d.reason})` : '';
      return es
        ? `${name(d.memberId)} queda excusado(a) del punto ${d.number}${reason}: no vota en sus votaciones.`
        : `${name(d.memberId)} is excused from item ${d.number}${reason}: they do not vote on it.`;
    }
    case 'SeparateOpinionAnnounced': {
      const d = event.data;
      const on = voteWords(findVote(view, d.voteId), lang);
      const kind = OPINION_NAMES[d.kind][lang];
      const due = d.dueBy ? writtenDateTime(d.dueBy, view.rules.timeZone, lang) : null;
      return es
        ? `${name(d.memberId)} anuncia ${kind.toLowerCase()} sobre la votación «${on}»${due ? `; lo presenta a más tardar el ${due}` : ''}. Cuando lo tengas: «@Sesiona documento del voto https://…».`
        : `${name(d.memberId)} announces a ${kind.toLowerCase()} on the vote "${on}"${due ? `, to be filed by ${due}` : ''}. When it is ready: "@Sesiona opinion document https://…".`;
    }
    case 'SeparateOpinionFiled': {
      const opinion = view.separateOpinions.find((o) => o.id === event.data.opinionId);
      if (!opinion) return null;
      const kind = OPINION_NAMES[opinion.kind][lang].toLowerCase();
      return es
        ? `Se registró el documento del ${kind} de ${opinion.member.name}: ${event.data.url}`
        : `The document of ${opinion.member.name}'s ${kind} is recorded: ${event.data.url}`;
    }
    default:
      return null;
  }
}

export function votePartNews(events: SessionEvent[], view: SessionView, lang: Language): string {
  return events.map((e) => sentence(e, view, lang)).filter((s): s is string => s !== null).join('\n\n');
}
