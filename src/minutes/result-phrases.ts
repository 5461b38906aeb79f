/**
 * A vote's result inside a sentence of the minutes: "por unanimidad (3 votos a favor)", "por mayoría (2 a favor, 1
 * en contra)", "(1 a favor, 2 en contra)". The manner is taken from `resultWords` (the same words as the cards and
 * the side panel) without its leading "Aprobado" / "No aprobado", which the sentence says with its own verb.
 */
import { type MajorityRule, type Tally, type VoteResult, basisOf } from '../domain';
import { resultWords } from '../i18n/vote-result';
import type { Language } from '../i18n/words';

/** "3 votos a favor" when nobody voted otherwise; else "2 a favor, 1 en contra, 1 abstención". */
export function tallyWords(t: Tally, lang: Language): string {
  const es = lang === 'es';
  if (t.against === 0 && t.abstain === 0) {
    return es ? `${t.inFavour} ${t.inFavour === 1 ? 'voto' : 'votos'} a favor` : `${t.inFavour} ${t.inFavour === 1 ? 'vote' : 'votes'} in favour`;
  }
  const parts = [es ? `${t.inFavour} a favor` : `${t.inFavour} in favour`];
  if (t.against > 0) parts.push(es ? `${t.against} en contra` : `${t.against} against`);
  if (t.abstain > 0) parts.push(es ? `${t.abstain} ${t.abstain === 1 ? 'abstención' : 'abstenciones'}` : `${t.abstain} ${t.abstain === 1 ? 'abstention' : 'abstentions'}`);
  return parts.join(', ');
}

const VERB = { es: /^(No aprobado|Aprobado):?\s*/, en: /^(Not approved|Approved):?\s*/ };
/** Manners that read after the verb ("se aprobó por mayoría"); the others follow the count ("…: no alcanzó …"). */
const AFTER_VERB = /^(por|by|unanimously)\b/;

/**
 * How the vote decided, to follow "se aprobó" / "no se aprobó": "por unanimidad (3 votos a favor)", "por empate (1
 * a favor, 1 en contra)", "(1 a favor, 2 en contra): no alcanzó la mayoría absoluta (se requerían 2 votos a favor)".
 */
export function howDecided(result: VoteResult, majority: MajorityRule, lang: Language): string {
  const words = resultWords({ outcome: result.outcome, basis: basisOf(result), required: result.required ?? null }, majority, lang);
  const manner = words.replace(VERB[lang], '');
  const count = `(${tallyWords(result.tally, lang)})`;
  if (!manner) return count;
  return AFTER_VERB.test(manner) ? `${manner} ${count}` : `${count}: ${manner}`;
}

/** A text as written inside a sentence: its first letter in lower case, unless it starts an acronym ("DVOE"). */
export function inSentence(text: string): string {
  const [first, second] = [text.charAt(0), text.charAt(1)];
  return second && second === second.toLowerCase() && second !== second.toUpperCase() ? first.toLowerCase() + text.slice(1) : text;
}

/** The calendar day (YYYY-MM-DD) of an instant in the body's time zone. */
export function dayInZone(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
}

/**
 * How a commission's minuta says a vote decided, as the verb and its manner: "se aprobó por unanimidad de votos de
 * las consejerías presentes (3 votos a favor)", "se aprobó por mayoría de votos (2 a favor, 1 en contra)", "no se
 * aprobó, por empate (1 a favor, 1 en contra)". Lower case: it follows "En votación nominal, ".
 */
export function resolvedWords(result: VoteResult, majority: MajorityRule, lang: Language): string {
  const es = lang === 'es';
  const count = `(${tallyWords(result.tally, lang)})`;
  const approved = result.outcome !== 'not-approved';
  switch (basisOf(result)) {
    case 'casting-vote':
      return es
        ? `${approved ? 'se aprobó' : 'no se aprobó'} por el voto de calidad de la Presidencia, al haber empate ${count}`
        : `${approved ? 'it was approved' : 'it was not approved'} by the chair's casting vote, the vote being tied ${count}`;
    case 'tie':
      return es ? `no se aprobó, por empate ${count}` : `it was not approved, the vote being tied ${count}`;
    case 'required-majority': {
      const words = resultWords({ outcome: result.outcome, basis: 'required-majority', required: result.required ?? null }, majority, lang).replace(VERB[lang], '');
      return es ? `no se aprobó ${count}: ${words}` : `it was not approved ${count}: ${words}`;
    }
    default:
      if (result.outcome === 'approved-unanimously') {
        return es ? `se aprobó por unanimidad de votos de las consejerías presentes ${count}` : `it was approved unanimously by the voting members present ${count}`;
      }
      if (result.outcome === 'approved-by-majority') return es ? `se aprobó por mayoría de votos ${count}` : `it was approved by a majority of votes ${count}`;
      return es ? `no se aprobó ${count}` : `it was not approved ${count}`;
  }
}
