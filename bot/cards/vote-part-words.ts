/**
 * The words of votes in parts on the cards and in the chat: the kinds of separate opinion, what became of a
 * reservation, the members excused, and what "in favour" means in a vote en lo particular.
 */
import type { ReservationOutcome, SeparateOpinionKind } from '../../src/domain';
import type { Language } from '../i18n/language';

type Words = Record<Language, string>;

/** The kind of opinion as a name ("Voto particular" / "Dissenting opinion"): buttons and lists. */
export const OPINION_NAMES: Record<SeparateOpinionKind, Words> = {
  particular: { es: 'Voto particular', en: 'Dissenting opinion' },
  concurrente: { es: 'Voto concurrente', en: 'Concurring opinion' },
  razonado: { es: 'Voto razonado', en: 'Reasoned opinion' },
};

/** What the vote en lo particular decided, in a few words. */
export const OUTCOME_WORDS: Record<ReservationOutcome, Words> = {
  'proposal-adopted': { es: 'se aprobó la propuesta de modificación (engrose)', en: 'the proposed change was adopted (final text to be amended)' },
  'draft-kept': { es: 'no se aprobó la propuesta; queda la redacción del proyecto', en: 'the proposal was not adopted; the draft\'s wording stands' },
  'part-approved': { es: 'aprobada en los términos del proyecto', en: 'approved as drafted' },
  'part-rejected': { es: 'no se aprobó; no forma parte del acuerdo', en: 'not approved; it is not part of the agreement' },
};

/** "Excusado(a): Sofía Consejera" / "Excusados(as): Sofía Consejera, Luis Consejero" / "Excused: …". */
export function excusedWords(names: string[], lang: Language): string {
  if (lang === 'en') return `Excused: ${names.join(', ')}`;
  return `${names.length === 1 ? 'Excusado(a)' : 'Excusados(as)'}: ${names.join(', ')}`;
}

/** What a ballot means in a vote en lo particular: with a proposal, the proposal against the draft; without, the part as drafted. */
export function particularChoiceWords(withProposal: boolean, lang: Language): string {
  if (withProposal) {
    return lang === 'es'
      ? 'A favor: la propuesta de modificación; en contra: la redacción del proyecto.'
      : 'In favour: the proposed change; against: the draft\'s wording.';
  }
  return lang === 'es'
    ? 'A favor: la parte reservada en los términos del proyecto; en contra: se suprime del acuerdo.'
    : 'In favour: the reserved part as drafted; against: it is removed from the agreement.';
}
