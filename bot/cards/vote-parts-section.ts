/**
 * Votes in parts on a vote card: what this vote is of its item (en lo general, the draft without the parts
 * reserved; en lo particular, the part, who reserved it, the wording proposed and what a ballot in favour means),
 * the members excused, and once closed the votos particulares, concurrentes and razonados announced (who, which,
 * due by when in the body's time zone, the filed document's link) with the buttons of those who may still announce
 * one (the kinds the domain would accept from them on this vote).
 */
import type { ItemView, SessionView, VoteView } from '../../src/app/session-view';
import type { SeparateOpinionKind } from '../../src/domain';
import { writtenDateTime } from '../../src/i18n/dates';
import type { Language } from '../i18n/language';
import { button, type CardElement, shorten, text } from './card-kit';
import { excusedWords, OPINION_NAMES, particularChoiceWords } from './vote-part-words';

const PART_MAX = 200;
const PROPOSAL_MAX = 600;

/** En lo general: the parts left out; en lo particular: the part, its author, the proposal and what in favour means. */
export function stageLines(vote: VoteView, item: ItemView | null, lang: Language): CardElement[] {
  const es = lang === 'es';
  if (vote.stage === 'general' && item?.reservations.length) {
    const parts = item.reservations.map((r, i) => `${i + 1}. ${shorten(r.part, PART_MAX)}`).join(' · ');
    return [text(es
      ? `Se vota el proyecto en lo general, sin las partes reservadas: ${parts}.`
      : `The draft is voted in general, without the parts reserved: ${parts}.`, { size: 'Small' })];
  }
  const r = vote.reservation;
  if (vote.stage !== 'particular' || !r) return [];
  return [
    text(`${es ? 'Reserva de' : 'Reserved by'} ${r.by.name}`, { size: 'Small', spacing: 'Small' }),
    ...(r.proposal ? [text(`${es ? 'Propuesta' : 'Proposed wording'}: «${shorten(r.proposal, PROPOSAL_MAX)}»`, { size: 'Small', spacing: 'None' })] : []),
    text(particularChoiceWords(r.proposal !== null, lang), { weight: 'Bolder', spacing: 'Small' }),
  ];
}

/** "Excusado(a): Sofía Consejera". */
export function excusedLines(vote: VoteView, lang: Language): CardElement[] {
  if (!vote.excused.length) return [];
  return [text(excusedWords(vote.excused.map((p) => p.name), lang), { isSubtle: true, spacing: 'Small' })];
}

/** A link the markdown of a TextBlock cannot break out of. */
const linkTarget = (url: string) => url.replace(/[()<>\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);

/** The opinions announced on this vote: who, which, due by when, and the document once filed. */
export function opinionLines(view: SessionView, vote: VoteView, lang: Language): CardElement[] {
  const es = lang === 'es';
  if (!vote.opinions.length) return [];
  const zone = view.rules.timeZone;
  return [
    text(es ? '**Votos particulares, concurrentes y razonados**' : '**Dissenting, concurring and reasoned opinions**', { spacing: 'Medium' }),
    ...vote.opinions.map((o) => {
      const filed = o.url ? `[${es ? 'documento presentado' : 'filed document'}](${linkTarget(o.url)})` : null;
      const due = o.dueBy ? (es ? `se presenta a más tardar el ${writtenDateTime(o.dueBy, zone, lang)}` : `to be filed by ${writtenDateTime(o.dueBy, zone, lang)}`) : null;
      return text(`• ${o.member.name} — ${OPINION_NAMES[o.kind][lang]}${filed ? ` · ${filed}` : due ? ` · ${due}` : ''}`, { spacing: 'None', size: 'Small' });
    }),
  ];
}

/** «Voto particular», «Voto concurrente», «Voto razonado»: the kinds this person may still announce on this closed vote. */
export function opinionButtons(vote: VoteView, kinds: readonly SeparateOpinionKind[], lang: Language): CardElement[] {
  if (vote.status !== 'closed') return [];
  return kinds.map((kind) => button(OPINION_NAMES[kind][lang], { verb: 'vote-part', ref: { card: 'vote', voteId: vote.id }, act: 'opinion', kind }));
}
