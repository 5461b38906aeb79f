/** Every word the side panel shows, in Spanish (Mexico) and English. */
export type Lang = 'es' | 'en';

export const langOf = (locale: string | null | undefined): Lang => (locale && /^en\b/i.test(locale) ? 'en' : 'es');

export const T = {
  es: {
    orderOfDay: 'Orden del día', quorum: 'Quórum', quorumReached: 'Hay quórum', quorumMissing: 'No hay quórum',
    present: 'presentes', required: 'se requieren', attendance: 'Asistencia', currentItem: 'Punto en curso',
    openVote: 'Votación en curso', voted: 'han votado', of: 'de', votedList: 'Han votado', result: 'Resultado',
    agreements: 'Acuerdos', noAgreements: 'Sin acuerdos registrados', recess: 'La sesión está en receso.',
    closed: 'La sesión fue clausurada.', connecting: 'Conectando…', live: 'En vivo', reconnecting: 'Conexión perdida; reconectando…',
    shareToStage: 'Compartir en la pantalla de la reunión', sharing: 'Compartido en la pantalla', item: 'Punto',
    noSessionTitle: 'Todavía no hay una sesión en esta reunión',
    noSessionText: 'La Secretaría Técnica puede crearla en el chat de la reunión escribiendo «@Sesiona orden del día» y pegando el orden del día (o adjuntando el documento). Este panel se actualizará solo.',
    notFoundTitle: 'No encontramos esa sesión', notFoundText: 'Revisa el enlace o pide a la Secretaría Técnica el enlace correcto.',
    tokenTitle: 'No pudimos confirmar tu identidad', tokenText: 'Teams no entregó un inicio de sesión válido para Sesiona. Cierra y vuelve a abrir el panel; si sigue igual, avisa a la persona administradora de Teams.',
    forbiddenTitle: 'No formas parte de esta sesión',
    forbiddenText: 'Solo la siguen las personas de su reunión de Teams: su integración y quienes participan en la reunión. Si debes verla, pide a la Secretaría Técnica que te agregue a la reunión o a la integración.',
    noLinkTitle: 'Falta la sesión', noLinkText: 'Abre Sesiona desde una reunión de Teams, o agrega ?session=IDENTIFICADOR a la dirección.',
    errorTitle: 'Algo salió mal', errorText: 'No pudimos cargar la sesión. Vuelve a intentarlo en un momento.',
    noQuorum: 'Sin quórum', noQuorumText: 'No se puede votar hasta recuperar el quórum.',
    notForQuorum: 'no cuenta para el quórum', leftAt: 'se retiró a las', notRecorded: 'sin registrar',
    quorumCheck: 'Verificación de quórum en curso', quorumCheckText: 'Confirma tu presencia con el botón «Presente» de la tarjeta en el chat de la reunión.',
    confirmed: 'confirmaron', agendaNotApproved: 'El orden del día aún no se aprueba.',
    followUp: 'Seguimiento de acuerdos', done: 'Cumplido', open: 'Pendiente', responsible: 'Responsable', due: 'Plazo', from: 'de',
  },
  en: {
    orderOfDay: 'Order of the day', quorum: 'Quorum', quorumReached: 'Quorum reached', quorumMissing: 'No quorum',
    present: 'present', required: 'required', attendance: 'Attendance', currentItem: 'Current item',
    openVote: 'Vote in progress', voted: 'have voted', of: 'of', votedList: 'Voted', result: 'Result',
    agreements: 'Agreements', noAgreements: 'No agreements recorded', recess: 'The session is in recess.',
    closed: 'The session has been closed.', connecting: 'Connecting…', live: 'Live', reconnecting: 'Connection lost; reconnecting…',
    shareToStage: 'Share to the meeting stage', sharing: 'Shared on the stage', item: 'Item',
    noSessionTitle: 'There is no session in this meeting yet',
    noSessionText: 'The technical secretary can create one in the meeting chat by typing "@Sesiona agenda" and pasting the order of the day (or attaching the document). This panel will update by itself.',
    notFoundTitle: 'We could not find that session', notFoundText: 'Check the link or ask the technical secretary for the right one.',
    tokenTitle: 'We could not confirm who you are', tokenText: 'Teams did not provide a valid sign-in for Sesiona. Close and reopen the panel; if it persists, tell your Teams administrator.',
    forbiddenTitle: 'You are not part of this session',
    forbiddenText: 'Only the people of its Teams meeting follow it: its roster and the meeting\'s participants. If you should see it, ask the technical secretary to add you to the meeting or to the roster.',
    noLinkTitle: 'The session is missing', noLinkText: 'Open Sesiona from a Teams meeting, or add ?session=ID to the address.',
    errorTitle: 'Something went wrong', errorText: 'We could not load the session. Try again in a moment.',
    noQuorum: 'No quorum', noQuorumText: 'No vote can open until quorum is restored.',
    notForQuorum: 'does not count for quorum', leftAt: 'left at', notRecorded: 'not recorded',
    quorumCheck: 'Quorum check under way', quorumCheckText: 'Confirm your presence with the "Present" button of the card in the meeting chat.',
    confirmed: 'confirmed', agendaNotApproved: 'The order of the day is not approved yet.',
    followUp: 'Follow-up of agreements', done: 'Done', open: 'Open', responsible: 'Responsible', due: 'Due', from: 'from',
  },
} as const;

export type Texts = (typeof T)[Lang];
