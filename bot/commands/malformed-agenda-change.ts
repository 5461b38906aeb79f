/**
 * What to tell a person whose command about the order of the day or the minutes was not in its form: what is
 * missing, and the right form to type.
 */
import type { Bilingual } from '../i18n/language';
import type { AgendaChangeProblem } from './bot-command';

const WORDS: Record<AgendaChangeProblem, Bilingual> = {
  'proposal-form': {
    es: 'Di qué modificación del orden del día propones: «@Sesiona propongo retirar el punto 3», «… propongo diferir el punto 3», «… propongo agregar: título del punto» o «… propongo mover el punto 4 después del punto 2» (o «al inicio»).',
    en: 'Say which change to the order of the day you propose: "@Sesiona propose withdrawing item 3", "… propose deferring item 3", "… propose adding: title of the item" or "… propose moving item 4 after item 2" (or "to the top").',
  },
  'add-without-title': {
    es: 'Falta el título del punto que propones agregar: «@Sesiona propongo agregar: Informe sobre …».',
    en: 'Say the title of the item you propose to add: "@Sesiona propose adding: Report on …".',
  },
  'withdraw-proposal-without-number': {
    es: 'Di qué propuesta retiras por su número en la lista: «@Sesiona retirar propuesta 1». La lista está en la respuesta a cada propuesta y en la tarjeta de la votación del orden del día.',
    en: 'Say which proposal to withdraw by its number on the list: "@Sesiona withdraw proposal 1". The list is in the answer to each proposal and on the card of the vote on the order of the day.',
  },
  'vote-withdrawal-without-item': {
    es: 'Di qué punto se somete a votación para retirarlo: «@Sesiona votar retiro del punto 3».',
    en: 'Say which item to put to the vote for its withdrawal: "@Sesiona vote to withdraw item 3".',
  },
  'corrections-without-text': {
    es: 'Escribe las observaciones después de los dos puntos: «@Sesiona observaciones a la minuta: en la página 2 dice … y debe decir …».',
    en: 'Write the corrections after the colon: "@Sesiona corrections to the minutes: on page 2 it says … and should say …".',
  },
};

export const malformedAgendaChangeWords = (problem: AgendaChangeProblem): Bilingual => WORDS[problem];
