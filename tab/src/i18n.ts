/** Every word the side panel shows, in Spanish (Mexico) and English. */
import type { ReservationOutcome, SeparateOpinionKind } from '../../src/domain';
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
    noSessionText: 'La Secretaría Técnica puede crearla en el chat de la reunión escribiendo «@Sesiona orden del día» y pegando el orden del día, o con «Cargar orden del día» (el botón de arriba, en el panel de la reunión) eligiendo el documento. Este panel se actualizará solo.',
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
    speakers: 'Lista de oradores', hasFloor: 'Tiene la palabra', nobodyHasFloor: 'Nadie tiene la palabra.', waiting: 'En espera',
    nobodyWaiting: 'Nadie está en espera.', perIntervention: 'por intervención', roundOpen: 'abierta', roundClosed: 'cerrada', limit: 'límite',
    pausedByMotion: 'en pausa (moción)', timeUp: 'se acabó el tiempo', by: 'de', spoken: 'Han intervenido', outOfOrder: 'fuera de turno',
    lastResult: 'Último resultado', next: 'Siguen', recessTitle: 'Receso', closedTitle: 'Sesión clausurada', voteTally: 'Votos',
    roundsLeft: 'rondas más', oneRoundLeft: 'una ronda más', noRoundsLeft: 'no quedan rondas',
    votes: 'Votaciones', reservations: 'Reservas', reservedBy: 'reservó', proposal: 'Propuesta', toBeVoted: 'por votarse en lo particular',
    notVotedParticular: 'no se vota en lo particular: el punto no se aprobó en lo general',
    excusals: 'Excusas', excusedHimself: 'se excusó', reason: 'motivo', excused: 'Se excusa', excusedMany: 'Se excusan',
    opinionDue: 'a presentarse a más tardar el', opinionFiled: 'documento presentado', opinionBy: 'de',
    agendaProposals: 'Propuestas de modificación al orden del día', agendaProposalsApproved: 'Modificaciones al orden del día',
    agendaProposalsNote: 'Se votan con el orden del día.', proposes: 'propone', requests: 'solicita',
    changeWithdraw: 'retirar el punto', changeDefer: 'diferir el punto', changeAdd: 'agregar', changeMove: 'mover el punto', changeAfter: 'después del punto', changeToTop: 'al inicio',
    withdrawalVote: 'Votación del retiro', approvesMinutesOf: 'Aprueba la minuta de la', corrections: 'Observaciones a la minuta',
    downloadMinutes: 'Descargar la minuta (Word)', minutesApprovedIn: 'Minuta aprobada en la', minutesApprovedOn: 'del',
    minutes: 'Minuta', downloadFailed: 'No se pudo descargar la minuta. Vuelve a intentarlo; si sigue igual, pídela en el chat con «@Sesiona minuta».',
    openQuote: '«', closeQuote: '»',
  },
  en: {
    orderOfDay: 'Order of the day', quorum: 'Quorum', quorumReached: 'Quorum reached', quorumMissing: 'No quorum',
    present: 'present', required: 'required', attendance: 'Attendance', currentItem: 'Current item',
    openVote: 'Vote in progress', voted: 'have voted', of: 'of', votedList: 'Voted', result: 'Result',
    agreements: 'Agreements', noAgreements: 'No agreements recorded', recess: 'The session is in recess.',
    closed: 'The session has been closed.', connecting: 'Connecting…', live: 'Live', reconnecting: 'Connection lost; reconnecting…',
    shareToStage: 'Share to the meeting stage', sharing: 'Shared on the stage', item: 'Item',
    noSessionTitle: 'There is no session in this meeting yet',
    noSessionText: 'The technical secretary can create one in the meeting chat by typing "@Sesiona agenda" and pasting the order of the day, or with "Upload the order of the day" (the button above, in the meeting panel) choosing the document. This panel will update by itself.',
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
    speakers: 'List of speakers', hasFloor: 'Has the floor', nobodyHasFloor: 'Nobody has the floor.', waiting: 'Waiting',
    nobodyWaiting: 'Nobody is waiting.', perIntervention: 'per intervention', roundOpen: 'open', roundClosed: 'closed', limit: 'limit',
    pausedByMotion: 'paused (motion)', timeUp: 'time is up', by: 'by', spoken: 'Have spoken', outOfOrder: 'out of turn',
    lastResult: 'Last result', next: 'Next', recessTitle: 'Recess', closedTitle: 'Session closed', voteTally: 'Votes',
    roundsLeft: 'more rounds', oneRoundLeft: 'one more round', noRoundsLeft: 'no rounds left',
    votes: 'Votes', reservations: 'Reserved parts', reservedBy: 'reserved', proposal: 'Proposed wording', toBeVoted: 'to be voted separately',
    notVotedParticular: 'not voted separately: the item was not approved in general',
    excusals: 'Excusals', excusedHimself: 'was excused', reason: 'reason', excused: 'Excused', excusedMany: 'Excused',
    opinionDue: 'to be filed by', opinionFiled: 'filed document', opinionBy: 'by',
    agendaProposals: 'Proposed changes to the order of the day', agendaProposalsApproved: 'Changes to the order of the day',
    agendaProposalsNote: 'They are voted with the order of the day.', proposes: 'proposes', requests: 'requests',
    changeWithdraw: 'withdrawing item', changeDefer: 'deferring item', changeAdd: 'adding', changeMove: 'moving item', changeAfter: 'after item', changeToTop: 'to the top',
    withdrawalVote: 'Withdrawal vote', approvesMinutesOf: 'Approves the minutes of the', corrections: 'Corrections to the minutes',
    downloadMinutes: 'Download the minutes (Word)', minutesApprovedIn: 'Minutes approved at the', minutesApprovedOn: 'on',
    minutes: 'Minutes', downloadFailed: 'The minutes could not be downloaded. Try again; if it persists, ask for them in the chat with "@Sesiona minutes".',
    openQuote: '“', closeQuote: '”',
  },
} as const;

export type Texts = (typeof T)[Lang];

/** What a vote en lo particular decided about a reserved part. */
export const RESERVATION_OUTCOMES: Record<ReservationOutcome, Record<Lang, string>> = {
  'proposal-adopted': { es: 'Se aprobó la propuesta de modificación', en: 'The proposed change was approved' },
  'draft-kept': { es: 'Se mantiene la redacción del proyecto', en: 'The draft\'s wording stands' },
  'part-approved': { es: 'Se aprobó la parte reservada', en: 'The reserved part was approved' },
  'part-rejected': { es: 'Se rechazó la parte reservada', en: 'The reserved part was rejected' },
};

/** Votos particulares, concurrentes and razonados. */
export const OPINION_KINDS: Record<SeparateOpinionKind, Record<Lang, string>> = {
  particular: { es: 'Voto particular', en: 'Dissenting opinion' },
  concurrente: { es: 'Voto concurrente', en: 'Concurring opinion' },
  razonado: { es: 'Voto razonado', en: 'Reasoned opinion' },
};
