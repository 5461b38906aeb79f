/**
 * The votos particulares, concurrentes and razonados announced on a vote, as the minutes list them: who, which kind,
 * on what, the date by which it is to be filed (in the body's time zone) and, once filed, when and the link to the
 * document. Pure.
 */
import type { Reservation, SeparateOpinion, SeparateOpinionKind, Vote } from '../domain';
import { writtenDate } from '../i18n/dates';
import { subjectWords } from '../i18n/vote-result';
import type { Language } from '../i18n/words';
import { dayInZone, inSentence } from './result-phrases';

const KINDS: Record<SeparateOpinionKind, Record<Language, string>> = {
  particular: { es: 'voto particular', en: 'a dissenting opinion' },
  concurrente: { es: 'voto concurrente', en: 'a concurring opinion' },
  razonado: { es: 'voto razonado', en: 'a reasoned opinion' },
};

const W = {
  es: {
    announced: (who: string, kind: string, on: string) => `${who} anunció ${kind} sobre ${on}`,
    due: (date: string) => `, a presentar a más tardar el ${date}`,
    filed: (date: string) => `; lo presentó el ${date}:`,
  },
  en: {
    announced: (who: string, kind: string, on: string) => `${who} announced ${kind} on ${on}`,
    due: (date: string) => `, to be filed by ${date}`,
    filed: (date: string) => `; filed on ${date}:`,
  },
};

/** A separate opinion in the minutes: the sentence and, once filed, the document's link (which ends the sentence). */
export interface OpinionLine {
  text: string;
  url: string | null;
}

/** What the vote was on, with its article: "el punto 3.b, en lo general", "el orden del día", "item 3.b". */
function voteSubject(vote: Vote, reservations: readonly Reservation[], lang: Language): string {
  const reserved = reservations.find((r) => r.id === vote.reservationId)?.part ?? null;
  const words = inSentence(subjectWords(vote.subject, vote.item, lang, { stage: vote.stage, reserved: reserved ? inSentence(reserved) : null, target: vote.target }));
  if (lang === 'es') return `${vote.subject === 'reading-waiver' ? 'la' : 'el'} ${words}`;
  return vote.subject === 'item' ? words : `the ${words}`;
}

export function opinionLines(
  opinions: readonly SeparateOpinion[], votes: readonly Vote[], reservations: readonly Reservation[],
  name: (id: string) => string, timeZone: string, lang: Language,
): OpinionLine[] {
  const w = W[lang];
  return opinions.flatMap((o): OpinionLine[] => {
    const vote = votes.find((v) => v.id === o.voteId);
    if (!vote) return [];
    const date = (iso: string) => writtenDate(dayInZone(iso, timeZone), lang);
    const text = `${w.announced(name(o.memberId), KINDS[o.kind][lang], voteSubject(vote, reservations, lang))}${o.dueBy ? w.due(date(o.dueBy)) : ''}`;
    return o.url && o.filedAt ? [{ text: `${text}${w.filed(date(o.filedAt))}`, url: o.url }] : [{ text: `${text}.`, url: null }];
  });
}
