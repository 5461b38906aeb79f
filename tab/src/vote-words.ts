/**
 * A vote said in words, the same on the side panel and the stage: which vote it is ("Punto 3.b, en lo general",
 * "Punto 3.b, en lo particular: Punto resolutivo tercero", "Retiro del punto 2") and its result with the count.
 */
import type { SessionView, VoteView } from '../../src/app/session-view';
import { resultWords, subjectWords } from '../../src/i18n/vote-result';
import type { Lang } from './i18n';

/** Which vote it is: the item as one, en lo general, a reserved part en lo particular, the order of the day, a withdrawal. */
export function voteSubject(vote: VoteView, lang: Lang): string {
  return subjectWords(vote.subject, vote.item, lang, { stage: vote.stage, reserved: vote.reservation?.part ?? null, target: vote.target });
}

/** The result as the cards and the minutes say it, with the count: "Aprobado por unanimidad (3–0–0)". */
export function voteSummary(vote: VoteView, view: SessionView, lang: Lang): string {
  const tally = vote.tally ? ` (${vote.tally.inFavour}–${vote.tally.against}–${vote.tally.abstain})` : '';
  return vote.outcome ? `${resultWords({ ...vote, outcome: vote.outcome }, view.rules.majority, lang)}${tally}` : '';
}
