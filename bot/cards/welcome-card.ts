/**
 * What the bot says when it is added to a meeting chat: what it does and what to do next.
 */
import type { Language } from '../i18n/language';
import { agendaUploadButton } from './agenda-upload-button';
import { type AdaptiveCardJson, adaptiveCard, button, heading, text } from './card-kit';

export function welcomeCard(lang: Language): AdaptiveCardJson {
  const es = lang === 'es';
  return adaptiveCard([
    heading(es ? 'Hola, soy Sesiona' : 'Hello, I am Sesiona'),
    text(es
      ? 'Llevo la sesión formal de su órgano colegiado en esta reunión: orden del día, pase de lista y quórum, votaciones y acuerdos.'
      : 'I run the formal session of your collegiate body in this meeting: order of the day, roll call and quorum, votes and agreements.'),
    text(es ? '**Para empezar**, la Secretaría Técnica:' : '**To begin**, the technical secretary:', { spacing: 'Medium' }),
    text(es
      ? '1. Escribe «@Sesiona orden del día» y pega el texto del orden del día (o usa «Cargar orden del día» para elegir el .docx o PDF).\n2. Confirma los puntos y su tipo.\n3. Indica la integración: «@Sesiona presidencia @Nombre», «@Sesiona integrantes @Nombre @Nombre», «@Sesiona representantes @Nombre».\n4. Escribe «@Sesiona pase de lista».'
      : '1. Type "@Sesiona agenda" and paste the order of the day (or use "Upload the order of the day" to choose the .docx or PDF).\n2. Confirm the items and their kinds.\n3. Set the roster: "@Sesiona chair @Name", "@Sesiona members @Name @Name", "@Sesiona representatives @Name".\n4. Type "@Sesiona roll call".'),
  ], [agendaUploadButton(lang), button(es ? 'Ver comandos' : 'See commands', { verb: 'help', ref: { card: 'help' } })]);
}
