/**
 * What to tell a person whose command named something Sesiona knows but not in its form: what is wrong, and the
 * right form to type (or what to choose on the card).
 */
import type { Bilingual } from '../i18n/language';
import type { MalformedProblem } from './bot-command';

const WORDS: Record<MalformedProblem, Bilingual> = {
  'extend-time-without-number': {
    es: 'Falta cuánto tiempo se amplía. Escribe los minutos (se admiten decimales) o los segundos con «s», por ejemplo «@Sesiona ampliar tiempo 2», «@Sesiona ampliar tiempo 1.5» o «@Sesiona ampliar tiempo 90 s».',
    en: 'Say how much time to add: minutes (decimals allowed) or seconds with "s", for example "@Sesiona extend time 2", "@Sesiona extend time 1.5" or "@Sesiona extend time 90 s".',
  },
  'extend-time-bad-number': {
    es: 'El tiempo que se amplía debe ser un número mayor que cero: minutos (como 2 o 1.5) o segundos con «s» (como 90 s). Por ejemplo «@Sesiona ampliar tiempo 1.5».',
    en: 'The time to add must be a number above zero: minutes (like 2 or 1.5) or seconds with "s" (like 90 s). For example "@Sesiona extend time 1.5".',
  },
  'ask-floor-for-without-mention': {
    es: 'Menciona a quien inscribes en la lista de oradores: «@Sesiona inscribir a @Nombre». Para pedir la palabra tú, escribe «@Sesiona pido la palabra».',
    en: 'Mention whom to add to the list of speakers: "@Sesiona add @Name to speakers". To ask for the floor yourself, say "@Sesiona ask for the floor".',
  },
  'withdraw-floor-for-without-mention': {
    es: 'Menciona a quien retiras de la lista de oradores: «@Sesiona retirar a @Nombre». Para retirar tu propia solicitud, escribe «@Sesiona retiro mi palabra».',
    en: 'Mention whom to remove from the list of speakers: "@Sesiona remove @Name from speakers". To withdraw your own request, say "@Sesiona withdraw".',
  },
  'give-floor-without-mention': {
    es: 'Menciona a quien das la palabra: «@Sesiona ceder la palabra a @Nombre», y si alguien espera antes, el motivo: «… por alusiones personales». Para dársela a quien sigue en la lista: «@Sesiona siguiente orador».',
    en: 'Mention whom to give the floor to: "@Sesiona give the floor to @Name", and if someone waits ahead, the reason: "… for personal allusions". To give it to the next on the list: "@Sesiona next speaker".',
  },
  'give-floor-one-person': {
    es: 'La palabra se da a una sola persona: menciona solo a una, «@Sesiona ceder la palabra a @Nombre».',
    en: 'The floor goes to one person: mention only one, "@Sesiona give the floor to @Name".',
  },
  'give-floor-choose-member': {
    es: 'Elige en la lista a quién das la palabra (y escribe el motivo si alguien espera antes).',
    en: 'Choose in the list whom to give the floor to (and write the reason if someone waits ahead).',
  },
};

export const malformedWords = (problem: MalformedProblem): Bilingual => WORDS[problem];
