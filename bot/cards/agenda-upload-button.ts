/**
 * The "Cargar orden del día" button: an Adaptive Card `Action.Submit` that asks Teams for a dialog (`msteams.type:
 * task/fetch`); the bot answers the `task/fetch` invoke with the upload page (bot/features/agenda-upload.ts).
 */
import type { Bilingual, Language } from '../i18n/language';
import { type AdaptiveCardJson, adaptiveCard, type CardElement, text } from './card-kit';

/** What the button's data names, so the bot knows which dialog is asked for. */
export const AGENDA_UPLOAD_DIALOG = 'agenda-upload';

export const UPLOAD_TITLE: Bilingual = { es: 'Cargar orden del día', en: 'Upload the order of the day' };

export function agendaUploadButton(lang: Language): CardElement {
  return { type: 'Action.Submit', title: UPLOAD_TITLE[lang], data: { msteams: { type: 'task/fetch' }, dialog: AGENDA_UPLOAD_DIALOG } };
}

/** A message with the button under it: the way to bring a file the bot could not read. */
export function agendaUploadHintCard(lang: Language, message: string): AdaptiveCardJson {
  return adaptiveCard([text(message)], [agendaUploadButton(lang)]);
}
