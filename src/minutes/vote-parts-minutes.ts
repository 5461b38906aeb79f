/**
 * An item voted in parts, as a commission's minuta says it: approved (or not) en lo general and, if approved, each
 * reserved part en lo particular with what became of it (the proposed wording adopted, the draft's wording kept,
 * the part approved or rejected as drafted), with the count of each vote; when a proposal won, that the agreement
 * is approved with the amendment and who prepares its final text (engrose). Pure.
 */
import type { MajorityRule, Reservation, Vote } from '../domain';
import type { Language } from '../i18n/words';
import { howDecided, inSentence } from './result-phrases';

/** Who prepares the final text when nobody was named on the item's agreement. */
const DEFAULT_ENGROSE = { es: 'la Secretaría Técnica', en: 'the Technical Secretariat' };

const W = {
  es: {
    approved: (item: string, how: string, parts: string[]) =>
      `El punto ${item} se aprobó en lo general ${how}${parts.length ? ` y en lo particular: ${parts.join('; ')}` : ''}.`,
    rejected: (item: string, how: string) => `El punto ${item} no se aprobó en lo general ${how}; no hubo votación en lo particular.`,
    adopted: (part: string, by: string, proposal: string, how: string) => `${part}, con la modificación propuesta por ${by} («${proposal}»), ${how}`,
    kept: (part: string, by: string, proposal: string, how: string) =>
      `${part}, en los términos del proyecto, al no aprobarse la modificación propuesta por ${by} («${proposal}») ${how}`,
    partApproved: (part: string, how: string) => `${part}, en los términos del proyecto, ${how}`,
    partRejected: (part: string, how: string) => `${part} no se aprobó ${how}, por lo que no forma parte del acuerdo`,
    notVoted: (part: string, by: string) => `${part}, reservado por ${by}, no se votó`,
    engrose: (n: number, who: string) =>
      `El acuerdo se aprueba con ${n > 1 ? 'las modificaciones aprobadas' : 'la modificación aprobada'} en lo particular; el engrose queda a cargo de ${who}.`,
  },
  en: {
    approved: (item: string, how: string, parts: string[]) =>
      `Item ${item} was approved in general ${how}${parts.length ? ` and separately: ${parts.join('; ')}` : ''}.`,
    rejected: (item: string, how: string) => `Item ${item} was not approved in general ${how}; there was no separate vote on the parts reserved.`,
    adopted: (part: string, by: string, proposal: string, how: string) => `${part}, with the amendment proposed by ${by} («${proposal}»), ${how}`,
    kept: (part: string, by: string, proposal: string, how: string) =>
      `${part}, as drafted, the amendment proposed by ${by} («${proposal}») not being approved ${how}`,
    partApproved: (part: string, how: string) => `${part}, as drafted, ${how}`,
    partRejected: (part: string, how: string) => `${part} was not approved ${how}, so it is not part of the agreement`,
    notVoted: (part: string, by: string) => `${part}, reserved by ${by}, was not voted`,
    engrose: (n: number, who: string) =>
      `The agreement is approved with the ${n > 1 ? 'amendments' : 'amendment'} adopted separately; the final text (engrose) is in the charge of ${who}.`,
  },
};

export interface VotedInParts {
  item: string;
  /** The item's closed votes, in order: the vote en lo general and those en lo particular. */
  votes: readonly Vote[];
  /** The parts reserved and not withdrawn, in order. */
  reservations: readonly Reservation[];
  /** The area responsible named on the item's agreement, if any: it prepares the final text. */
  responsible: string | null;
}

/**
 * The sentences of an item voted en lo general (and en lo particular); none when it had no vote en lo general
 * closed (an item voted as one is told as before).
 */
export function votedInPartsSentences(v: VotedInParts, name: (id: string) => string, majority: MajorityRule, lang: Language): string[] {
  const w = W[lang];
  const general = v.votes.find((vote) => vote.stage === 'general' && vote.result);
  if (!general?.result) return [];
  const how = (vote: Vote) => howDecided(vote.result!, majority, lang);
  if (general.result.outcome === 'not-approved') return [w.rejected(v.item, how(general))];
  const parts = v.reservations.map((r) => {
    const part = inSentence(r.part);
    const by = name(r.by);
    const vote = v.votes.find((candidate) => candidate.id === r.voteId && candidate.result);
    if (!vote || !r.outcome) return w.notVoted(part, by);
    switch (r.outcome) {
      case 'proposal-adopted': return w.adopted(part, by, r.proposal ?? '', how(vote));
      case 'draft-kept': return w.kept(part, by, r.proposal ?? '', how(vote));
      case 'part-approved': return w.partApproved(part, how(vote));
      case 'part-rejected': return w.partRejected(part, how(vote));
    }
  });
  const adopted = v.reservations.filter((r) => r.outcome === 'proposal-adopted').length;
  const sentences = [w.approved(v.item, how(general), parts)];
  if (adopted > 0) sentences.push(w.engrose(adopted, v.responsible ?? DEFAULT_ENGROSE[lang]));
  return sentences;
}
