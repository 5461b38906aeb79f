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
    phases: { 'not-started': 'Sin iniciar', 'roll-call': 'Pase de lista', 'in-session': 'En sesión', recess: 'En receso', closed: 'Clausurada' },
    statuses: { pending: 'Pendiente', 'in-progress': 'En curso', voting: 'En votación', approved: 'Aprobado', rejected: 'No aprobado', presented: 'Presentado', withdrawn: 'Retirado', deferred: 'Diferido' },
    kinds: { vote: 'para votación', report: 'se presenta', procedural: 'trámite', general: 'asuntos generales' },
    methods: { economica: 'Votación económica', nominal: 'Votación nominal' },
    outcomes: { 'approved-unanimously': 'Aprobado por unanimidad', 'approved-by-majority': 'Aprobado por mayoría', 'not-approved': 'No aprobado' },
    choices: { 'in-favour': 'A favor', against: 'En contra', abstain: 'Abstención' },
    roles: { chair: 'Presidencia', 'voting-member': 'Consejería', secretary: 'Secretaría Técnica', representative: 'Representación', guest: 'Invitada/o' },
    castingVote: 'empate decidido por voto de calidad',
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
    phases: { 'not-started': 'Not started', 'roll-call': 'Roll call', 'in-session': 'In session', recess: 'In recess', closed: 'Closed' },
    statuses: { pending: 'Pending', 'in-progress': 'In progress', voting: 'Being voted', approved: 'Approved', rejected: 'Not approved', presented: 'Presented', withdrawn: 'Withdrawn', deferred: 'Deferred' },
    kinds: { vote: 'put to a vote', report: 'presented', procedural: 'procedural', general: 'general matters' },
    methods: { economica: 'Show-of-hands vote', nominal: 'Roll-call vote' },
    outcomes: { 'approved-unanimously': 'Approved unanimously', 'approved-by-majority': 'Approved by majority', 'not-approved': 'Not approved' },
    choices: { 'in-favour': 'In favour', against: 'Against', abstain: 'Abstain' },
    roles: { chair: 'Chair', 'voting-member': 'Voting member', secretary: 'Technical secretary', representative: 'Representative', guest: 'Guest' },
    castingVote: "tie decided by the chair's casting vote",
    followUp: 'Follow-up of agreements', done: 'Done', open: 'Open', responsible: 'Responsible', due: 'Due', from: 'from',
  },
} as const;

export type Texts = (typeof T)[Lang];
