/** Every word of the "Cargar orden del día" dialog (and the panel's button that opens it), in Spanish and English. */
import type { Lang } from './i18n';

/** The most the server reads of an uploaded order of the day (bot/file-download.ts's DOWNLOAD_LIMITS). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export const UPLOAD_WORDS = {
  es: {
    title: 'Cargar orden del día',
    intro: 'Elige el orden del día de la sesión (Word .docx, PDF, .txt o .md; hasta 10 MB). Sesiona lo lee y publica el borrador en el chat de la reunión, donde revisas el tipo de cada punto y lo confirmas.',
    file: 'Elegir el archivo del orden del día…',
    noneChosen: 'Todavía no eliges un archivo.',
    send: 'Cargar',
    chosen: (name: string, kb: string) => `Elegiste «${name}» (${kb} KB).`,
    noFile: 'Primero elige un archivo.',
    tooLarge: (name: string) => `«${name}» pesa más de 10 MB, el máximo. Elige solo el orden del día (sin anexos).`,
    signingIn: 'Confirmando tu inicio de sesión de Teams…',
    noToken: 'Teams no entregó tu inicio de sesión para Sesiona, así que no puedo enviar el archivo. Cierra este cuadro y vuelve a abrirlo desde la reunión; si sigue igual, avisa a la persona administradora de Teams.',
    sending: (name: string) => `Enviando «${name}» y leyéndolo…`,
    failed: 'No se pudo enviar el archivo (sin conexión con Sesiona). Revisa tu conexión y vuelve a intentarlo.',
    close: 'Cerrar',
    openFromPanel: 'Cargar orden del día',
  },
  en: {
    title: 'Upload the order of the day',
    intro: 'Choose the session\'s order of the day (Word .docx, PDF, .txt or .md; up to 10 MB). Sesiona reads it and posts the draft in the meeting chat, where you check each item\'s kind and confirm it.',
    file: 'Choose the order of the day file…',
    noneChosen: 'No file chosen yet.',
    send: 'Upload',
    chosen: (name: string, kb: string) => `You chose "${name}" (${kb} KB).`,
    noFile: 'Choose a file first.',
    tooLarge: (name: string) => `"${name}" is over 10 MB, the limit. Choose only the order of the day (without annexes).`,
    signingIn: 'Checking your Teams sign-in…',
    noToken: 'Teams did not give your sign-in for Sesiona, so the file cannot be sent. Close this dialog and open it again from the meeting; if it persists, tell your Teams administrator.',
    sending: (name: string) => `Sending "${name}" and reading it…`,
    failed: 'The file could not be sent (no connection to Sesiona). Check your connection and try again.',
    close: 'Close',
    openFromPanel: 'Upload the order of the day',
  },
} satisfies Record<Lang, unknown>;
