/**
 * What to tell a person whose command about a reservation, an excusal or a separate opinion was not in its form:
 * what is wrong, and the right form to type.
 */
import type { Bilingual } from '../i18n/language';
import type { VotePartProblem } from './bot-command';

const WORDS: Record<VotePartProblem, Bilingual> = {
  'reserve-without-part': {
    es: 'Di qué parte del proyecto reservas: «@Sesiona reservar punto resolutivo tercero», y si propones otra redacción, después de dos puntos: «@Sesiona reservar punto resolutivo tercero: texto propuesto».',
    en: 'Say which part of the draft you reserve: "@Sesiona reserve operative paragraph three", and if you propose another wording, after a colon: "@Sesiona reserve operative paragraph three: proposed text".',
  },
  'reserve-for-one-person': {
    es: 'Una reserva es de una sola persona: menciona solo a una, «@Sesiona reservar punto resolutivo tercero de @Nombre».',
    en: 'A reservation belongs to one person: mention only one, "@Sesiona reserve operative paragraph three for @Name".',
  },
  'withdraw-reservation-without-number': {
    es: 'Di qué reserva retiras con su número en la lista de reservas de la tarjeta del punto: «@Sesiona retirar reserva 1».',
    en: 'Say which reservation to withdraw by its number in the list of reservations on the item card: "@Sesiona withdraw reservation 1".',
  },
  'vote-reservation-without-number': {
    es: 'Di qué reserva se vota en lo particular con su número en la lista de reservas de la tarjeta del punto: «@Sesiona votar reserva 1» (o «@Sesiona votar reserva 1 nominal»).',
    en: 'Say which reservation is voted separately by its number in the list of reservations on the item card: "@Sesiona vote reservation 1" (or "@Sesiona vote reservation 1 nominal").',
  },
  'excuse-without-item': {
    es: 'Di de qué punto: «@Sesiona me excuso del punto 3», y si quieres, el motivo: «@Sesiona me excuso del punto 3 por conflicto de interés». Quien conduce: «@Sesiona excusar a @Nombre del punto 3».',
    en: 'Say from which item: "@Sesiona I excuse myself from item 3", and if you wish, the reason: "@Sesiona I excuse myself from item 3 because of a conflict of interest". Whoever conducts: "@Sesiona excuse @Name from item 3".',
  },
  'excuse-someone-without-mention': {
    es: 'Menciona a quien excusas: «@Sesiona excusar a @Nombre del punto 3 por conflicto de interés». Para excusarte tú: «@Sesiona me excuso del punto 3».',
    en: 'Mention whom to excuse: "@Sesiona excuse @Name from item 3 because of a conflict of interest". To excuse yourself: "@Sesiona I excuse myself from item 3".',
  },
  'excuse-one-person': {
    es: 'Excusa a una persona a la vez: «@Sesiona excusar a @Nombre del punto 3».',
    en: 'Excuse one person at a time: "@Sesiona excuse @Name from item 3".',
  },
  'opinion-document-without-url': {
    es: 'Falta la liga del documento: «@Sesiona documento del voto https://…» (se adjunta a tu último voto particular, concurrente o razonado anunciado sin documento).',
    en: 'The document\'s link is missing: "@Sesiona opinion document https://…" (it goes with your latest dissenting, concurring or reasoned opinion announced without one).',
  },
  'opinion-document-not-https': {
    es: 'La liga del documento debe ser una dirección https://, sin espacios: «@Sesiona documento del voto https://…».',
    en: 'The document\'s link must be an https:// address, without spaces: "@Sesiona opinion document https://…".',
  },
};

export const votePartProblemWords = (problem: VotePartProblem): Bilingual => WORDS[problem];
