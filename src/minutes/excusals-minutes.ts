/**
 * The members excused from an item (a conflict of interest), as the minutes say it: who, from which item, why, and
 * that they took no part in its votes. Pure.
 */
import type { Excusal } from '../domain';
import type { Language } from '../i18n/words';
import { inSentence } from './result-phrases';

const W = {
  es: (who: string, item: string, reason: string | null, votes: number) =>
    `${who} se excusó de conocer el punto ${item}${reason ? ` (${reason})` : ''} y no participó en ${votes > 1 ? 'sus votaciones' : 'su votación'}.`,
  en: (who: string, item: string, reason: string | null, votes: number) =>
    `${who} was excused from item ${item}${reason ? ` (${reason})` : ''} and took no part in ${votes > 1 ? 'its votes' : 'its vote'}.`,
};

/** One sentence per member excused from the item, in the order recorded; `votes`: how many votes the item had. */
export function excusalSentences(excusals: readonly Excusal[], votes: number, name: (id: string) => string, lang: Language): string[] {
  return excusals.map((e) => W[lang](name(e.memberId), e.item, e.reason ? inSentence(e.reason) : null, votes));
}
