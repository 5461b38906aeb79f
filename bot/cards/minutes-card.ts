/**
 * The minutes published to SharePoint/OneDrive: the file and a button that opens it.
 */
import type { Language } from '../i18n/language';
import { type AdaptiveCardJson, adaptiveCard, heading, text } from './card-kit';

export function publishedMinutesCard(lang: Language, title: string, fileName: string, webUrl: string): AdaptiveCardJson {
  const es = lang === 'es';
  return adaptiveCard([
    heading(es ? 'Minuta publicada' : 'Minutes published'),
    text(es ? `El proyecto de minuta de «${title}» está en la carpeta de minutas de la comisión.` : `The draft minutes of "${title}" are in the commission's minutes folder.`),
    text(fileName, { isSubtle: true, size: 'Small' }),
  ], [{ type: 'Action.OpenUrl', title: es ? 'Abrir la minuta' : 'Open the minutes', url: webUrl }]);
}
