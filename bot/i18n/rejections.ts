/**
 * The domain's typed rejections, said to a person in Spanish or English: what went wrong and what to do.
 */
import type { Rejection } from '../../src/domain';
import type { Language } from './language';
import { listOf, ROLE_NAMES, STATUS_NAMES } from '../../src/i18n/words';

type Details = NonNullable<Rejection['details']>;
type Say = (d: Details, lang: Language) => string;

const roles = (d: Details, lang: Language) => listOf((d.allowedRoles ?? []).map((r) => ROLE_NAMES[r][lang]), lang);
const both = (es: string, en: string): Say => (_d, lang) => (lang === 'es' ? es : en);

const FIELD_PROBLEMS: Record<string, { es: string; en: string }> = {
  empty: { es: 'está vacío', en: 'is empty' },
  'too-long': { es: 'es demasiado largo', en: 'is too long' },
  'invalid-date': { es: 'no es una fecha AAAA-MM-DD', en: 'is not a YYYY-MM-DD date' },
  'invalid-time': { es: 'no es una hora HH:MM', en: 'is not an HH:MM time' },
  'invalid-kind': { es: 'no es un tipo válido (votación, informe, trámite, asuntos generales)', en: 'is not a valid kind (vote, report, procedural, general)' },
  'invalid-number': { es: 'no es un número de punto válido (como 5 o 5.a)', en: 'is not a valid item number (like 5 or 5.a)' },
  'duplicate-number': { es: 'está repetido', en: 'is repeated' },
  'invalid-role': { es: 'no es un rol válido', en: 'is not a valid role' },
  'invalid-choice': { es: 'no es una opción de voto', en: 'is not a ballot choice' },
  'invalid-method': { es: 'no es un método de votación (económica o nominal)', en: 'is not a voting method (show of hands or roll call)' },
  'same-session': { es: 'es un acuerdo de esta misma sesión', en: 'is an agreement of this same session' },
  duplicate: { es: 'repite un acuerdo', en: 'repeats an agreement' },
  'too-many-items': { es: 'tiene demasiados puntos (máximo 500)', en: 'has too many items (at most 500)' },
  'invalid-subject': { es: 'no es algo que se vote (un punto, el orden del día o la dispensa de la lectura)', en: 'is not something put to a vote (an item, the order of the day or the reading waiver)' },
  'invalid-extension': { es: 'debe ser de 1 segundo a 60 minutos', en: 'must be from 1 second to 60 minutes' },
  self: { es: 'es quien formula la moción: no se formula una moción a uno mismo', en: 'is who asks the question: a question to oneself is not a motion' },
  'not-sibling': { es: 'no es un punto del mismo nivel', en: 'is not an item at the same level' },
  'invalid-url': { es: 'no es una dirección https://', en: 'is not an https:// address' },
  'invalid-time-zone': { es: 'no es una zona horaria (por ejemplo America/Mexico_City)', en: 'is not a time zone (for example America/Mexico_City)' },
};

/** How a field is called in each language (the domain names fields in code). */
const FIELD_NAMES: Record<string, { es: string; en: string }> = {
  dueDate: { es: 'plazo', en: 'due date' },
  text: { es: 'texto', en: 'text' },
  note: { es: 'nota', en: 'note' },
  title: { es: 'título', en: 'title' },
  seconds: { es: 'ampliación de tiempo', en: 'time extension' },
  reason: { es: 'motivo', en: 'reason' },
  speaker: { es: 'orador', en: 'speaker' },
  part: { es: 'parte reservada', en: 'reserved part' },
  proposal: { es: 'propuesta de redacción', en: 'proposed wording' },
  url: { es: 'liga del documento', en: 'document link' },
  after: { es: 'después del punto', en: 'after item' },
  kind: { es: 'tipo', en: 'kind' },
};

const MESSAGES: Record<Rejection['reason'], Say> = {
  SessionNotFound: both('Todavía no hay una sesión en esta reunión. La Secretaría Técnica puede crearla con «@Sesiona orden del día» y el texto del orden del día.', 'There is no session in this meeting yet. The technical secretary can create one with "@Sesiona agenda" followed by the order of the day.'),
  SessionAlreadyExists: both('Esa sesión ya existe.', 'That session already exists.'),
  SessionClosed: both('La sesión ya fue clausurada; no se registra nada más.', 'The session has been closed; nothing more is recorded.'),
  InvalidInput: (d, lang) => {
    const problem = FIELD_PROBLEMS[d.problem ?? '']?.[lang] ?? d.problem ?? '';
    const where = d.item ? (lang === 'es' ? ` (punto ${d.item})` : ` (item ${d.item})`) : '';
    const field = FIELD_NAMES[d.field ?? '']?.[lang] ?? d.field;
    return lang === 'es' ? `El dato «${field}»${where} ${problem}. Corrígelo e inténtalo de nuevo.` : `The field "${field}"${where} ${problem}. Correct it and try again.`;
  },
  NotAuthorized: (d, lang) => (lang === 'es' ? `Solo ${roles(d, lang)} puede hacerlo.` : `Only the ${roles(d, lang)} can do that.`),
  NotInRoster: both('Esa persona no está en la lista de integrantes de la sesión. La Secretaría Técnica puede agregarla con «@Sesiona integrantes @Nombre».', 'That person is not on the session roster. The technical secretary can add them with "@Sesiona members @Name".'),
  RollCallNotOpen: both('Primero hay que abrir el pase de lista («pase de lista»).', 'The roll call must be opened first ("roll call").'),
  RollCallAlreadyStarted: (d, lang) => (d.phase === 'roll-call' || !d.phase
    ? (lang === 'es' ? 'El pase de lista ya está abierto.' : 'The roll call is already open.')
    : (lang === 'es'
      ? 'El pase de lista ya se hizo. Para verificar el quórum escribe «verificar quórum»; para registrar una salida, «salida @Nombre», y un regreso, «regresa @Nombre».'
      : 'The roll call is done. To check the quorum say "check quorum"; to record a departure, "left @Name", and a return, "returned @Name".')),
  AlreadyPresent: both('Tu asistencia ya está registrada.', 'Your attendance is already recorded.'),
  AlreadyAbsent: both('Esa persona ya está registrada como ausente.', 'That person is already recorded as absent.'),
  NoQuorum: (d, lang) => {
    const of = d.total !== undefined ? (lang === 'es' ? ` de ${d.total}` : ` of ${d.total}`) : '';
    return lang === 'es'
      ? `No hay quórum: ${d.present === 1 ? 'está presente 1' : `están presentes ${d.present}`}${of} integrantes con derecho a voto y se requieren ${d.required}. Registra los regresos («regresa @Nombre») o decreta un receso («receso»).`
      : `There is no quorum: ${d.present}${of} voting members ${d.present === 1 ? 'is' : 'are'} present and ${d.required} are required. Record who came back ("returned @Name") or call a recess ("recess").`;
  },
  SessionNotStarted: both('La sesión aún no ha iniciado. Pasa lista y escribe «iniciar sesión».', 'The session has not started yet. Take the roll call and say "start session".'),
  SessionAlreadyStarted: both('La sesión ya inició.', 'The session has already started.'),
  SessionInRecess: both('La sesión está en receso. Escribe «reanudar» para continuar.', 'The session is in recess. Say "resume" to continue.'),
  NotInRecess: both('La sesión no está en receso.', 'The session is not in recess.'),
  AgendaAlreadyApproved: both('El orden del día ya fue aprobado.', 'The order of the day is already approved.'),
  AgendaLocked: both('El orden del día ya no se puede corregir: la sesión ya inició.', 'The order of the day can no longer be corrected: the session has started.'),
  ItemNotFound: (d, lang) => (lang === 'es' ? `No hay un punto ${d.item} en el orden del día.` : `There is no item ${d.item} on the order of the day.`),
  ItemNotPending: (d, lang) => {
    const status = d.phase && d.phase in STATUS_NAMES ? STATUS_NAMES[d.phase as keyof typeof STATUS_NAMES][lang].toLowerCase() : d.phase;
    return lang === 'es' ? `El punto ${d.item} ya está ${status}.` : `Item ${d.item} is already ${status}.`;
  },
  NoCurrentItem: both('No hay un punto en curso. Escribe «siguiente» o «punto N».', 'No item is in progress. Say "next" or "item N".'),
  ItemNeedsVote: (d, lang) => (lang === 'es'
    ? `El punto ${d.item} se somete a votación: abre la votación («votación»), o retíralo o difiérelo antes de continuar.`
    : `Item ${d.item} is put to a vote: open the vote ("vote"), or withdraw or defer it before moving on.`),
  ItemNotVotable: (d, lang) => (lang === 'es' ? `El punto ${d.item} solo se presenta; no se vota.` : `Item ${d.item} is only presented; it is not put to a vote.`),
  ItemAlreadyVoted: (d, lang) => (lang === 'es' ? `El punto ${d.item} ya fue votado.` : `Item ${d.item} has already been voted.`),
  NoMoreItems: both('Ya no quedan puntos pendientes. Puedes clausurar la sesión («clausura»).', 'No items are left. You can close the session ("close session").'),
  GeneralMattersOver: (d, lang) => (lang === 'es' ? `Los asuntos generales (punto ${d.item}) ya concluyeron.` : `General matters (item ${d.item}) are already over.`),
  VoteAlreadyOpen: both('Ya hay una votación abierta; ciérrala primero («cerrar votación»).', 'A vote is already open; close it first ("close vote").'),
  VoteOpen: both('Hay una votación abierta; ciérrala primero («cerrar votación»).', 'A vote is open; close it first ("close vote").'),
  VoteNotOpen: both('No hay una votación abierta; tu voto no se registró.', 'No vote is open; your ballot was not recorded.'),
  NotAVotingMember: both('Solo las y los integrantes con derecho a voto pueden votar; tu voto no se registró.', 'Only voting members can vote; your ballot was not recorded.'),
  NotEligibleVoter: both('No estabas presente cuando se abrió esta votación, así que no puedes votar en ella.', 'You were not present when this vote opened, so you cannot vote in it.'),
  AlreadyVoted: both('Ya votaste en esta votación; tu voto registrado no cambia.', 'You have already voted in this vote; your recorded ballot stays as it is.'),
  AbstentionNotAllowed: both('Las reglas de este órgano no permiten abstenerse.', "This body's rules do not allow abstaining."),
  NoFollowUpItem: both('El orden del día no tiene un punto de «seguimiento de acuerdos». Indica el punto: «seguimiento 2».', 'The order of the day has no "follow-up of agreements" item. Name the item: "follow-up 2".'),
  FollowUpAlreadyImported: (d, lang) => (lang === 'es' ? `El seguimiento de acuerdos ya se incorporó en el punto ${d.item}.` : `The follow-up of agreements is already on item ${d.item}.`),
  NothingToFollowUp: both('La sesión anterior de este órgano no dejó acuerdos pendientes; no hay nada que dar en seguimiento.', "This body's previous session left no open agreements; there is nothing to follow up."),
  AgreementNotFound: both('No hay un acuerdo con ese número en el seguimiento de esta sesión. Escribe «seguimiento» para ver la lista.', 'There is no agreement with that number in this session\'s follow-up. Say "follow-up" to see the list.'),
  AgreementAlreadyDone: both('Ese acuerdo ya está marcado como cumplido.', 'That agreement is already marked as done.'),
  AgendaNotApproved: (d, lang) => (lang === 'es'
    ? `Antes de tratar el punto ${d.item} hay que aprobar el orden del día: escribe «aprobar orden del día» para someterlo a votación.`
    : `The order of the day must be approved before item ${d.item}: say "approve agenda" to put it to the vote.`),
  ReadingAlreadyWaived: both('La dispensa de la lectura ya fue aprobada.', 'The waiver of the reading is already approved.'),
  NotPresent: (d, lang) => (d.member
    ? (lang === 'es'
      ? `La salida de ${d.member} de la sesión está registrada, así que no puede hacer uso de la palabra. Registra su regreso («regresa @${d.member}»).`
      : `${d.member}'s departure from the session is recorded, so they cannot take the floor. Record their return ("back @${d.member}").`)
    : (lang === 'es'
      ? 'Tu salida de la sesión está registrada, así que no puedes votar. Pide a la Secretaría Técnica que registre tu regreso.'
      : 'Your departure from the session is recorded, so you cannot vote. Ask the technical secretary to record your return.')),
  QuorumCheckOpen: both('Hay una verificación de quórum en curso; ciérrala primero («cerrar verificación»).', 'A quorum check is under way; close it first ("close quorum check").'),
  NoQuorumCheck: both('No hay una verificación de quórum en curso. Para iniciarla escribe «verificar quórum».', 'No quorum check is under way. To start one say "check quorum".'),
  SessionInProgress: (d, lang) => (lang === 'es'
    ? `Ya hay una sesión en curso en esta reunión («${d.title}»). Clausúrala antes de crear otra.`
    : `A session is already under way in this meeting ("${d.title}"). Close it before creating another.`),
  DraftNotYours: both('Solo quien envió el orden del día puede confirmarlo o descartarlo.', 'Only the person who sent the order of the day can confirm or discard it.'),
  DraftElsewhere: both('Ese orden del día se envió en otra conversación; confírmalo allá o envíalo aquí.', 'That order of the day was sent in another conversation; confirm it there or send it here.'),
  NoVoice: (d, lang) => (lang === 'es'
    ? `${d.member ?? 'Esa persona'} no tiene derecho a voz en esta sesión: según las reglas del órgano, solo ${roles(d, lang)} pueden hacer uso de la palabra.`
    : `${d.member ?? 'That person'} has no voice in this session: under the body's rules only the ${roles(d, lang)} may take the floor.`),
  AlreadyOnSpeakersList: both('Ya estás en la lista de oradores de este punto; espera tu turno (o escribe «retirar palabra»).', 'You are already on the list of speakers for this item; wait for your turn (or say "withdraw").'),
  NotOnSpeakersList: both('No está en la lista de oradores de la ronda en curso, así que no hay nada que retirar.', 'Not on the list of speakers of the round under way, so there is nothing to withdraw.'),
  RoundLimitReached: (d, lang) => (lang === 'es'
    ? `Ya se hizo uso de la palabra en la ronda ${d.present} (${d.required === 1 ? 'una intervención' : `${d.required} intervenciones`} por ronda). Se podrá pedir de nuevo cuando se abra la siguiente ronda.`
    : `The floor was already taken in round ${d.present} (${d.required === 1 ? 'one intervention' : `${d.required} interventions`} per round). Ask again when the next round opens.`),
  NoMoreRounds: (d, lang) => (lang === 'es'
    ? `Ya se agotaron las ${d.present} rondas de debate de este punto. Procede a la votación («abrir votación») o al siguiente punto.`
    : `All ${d.present} rounds of debate on this item are used up. Proceed to the vote ("open vote") or to the next item.`),
  NobodyAskedForFloor: both('Nadie ha pedido la palabra. Para dársela a alguien escribe «ceder la palabra a @Nombre».', 'Nobody has asked for the floor. To give it to someone say "give the floor to @Name".'),
  FloorTaken: (d, lang) => (lang === 'es'
    ? `${d.member ?? 'Alguien'} tiene la palabra; termina primero su intervención («terminar intervención»).`
    : `${d.member ?? 'Someone'} has the floor; end their intervention first ("end intervention").`),
  NobodyHasTheFloor: both('Nadie tiene la palabra en este momento.', 'Nobody has the floor right now.'),
  ReasonRequired: (d, lang) => (lang === 'es'
    ? `${d.member ?? 'Alguien'} espera su turno antes. Para dar la palabra fuera de orden di el motivo: «ceder la palabra a @Nombre por alusiones personales».`
    : `${d.member ?? 'Someone'} is waiting ahead. To give the floor out of order give the reason: "give the floor to @Name for personal allusions".`),
  NoOpenRound: both('No hay una ronda de intervenciones abierta en este punto.', 'No round of interventions is open on this item.'),
  MotionPending: both('Hay una moción pendiente; la persona que la debe responder o quien preside tiene que resolverla primero.', 'A motion is pending; the person who must answer it, or the chair, has to settle it first.'),
  NoPendingMotion: both('No hay ninguna moción pendiente de respuesta.', 'No motion is waiting for an answer.'),
  MotionNotAllowedInRound: (d, lang) => (lang === 'es'
    ? `Las mociones al orador solo se admiten hasta la ronda ${d.required}; esta es la ronda ${d.present}.`
    : `Questions to the speaker are allowed only up to round ${d.required}; this is round ${d.present}.`),
  MotionLimitReached: (d, lang) => (lang === 'es'
    ? `Ya formulaste ${d.required === 1 ? 'la moción al orador' : `las ${d.required} mociones al orador`} que se permiten por punto.`
    : `You have already asked the ${d.required === 1 ? 'one question' : `${d.required} questions`} to the speaker allowed per item.`),
  TimeNotUp: both('El tiempo de quien tiene la palabra no se ha agotado.', 'The time of whoever has the floor is not used up yet.'),
  ReservationNotFound: both('No encontré esa reserva en el punto en curso (o ya se retiró). Revisa las reservas en la tarjeta del punto.', 'I could not find that reservation on the item under way (or it was withdrawn). Check the reservations on the item card.'),
  ReservationAlreadyVoted: both('Esa reserva ya se votó en lo particular.', 'That reservation has already been voted on separately.'),
  ReservationsPending: (d, lang) => (lang === 'es'
    ? `El punto ${d.item} se aprobó en lo general y ${d.present === 1 ? 'queda 1 reserva' : `quedan ${d.present} reservas`} por votar en lo particular («votar reserva»).`
    : `Item ${d.item} was approved in general and ${d.present === 1 ? '1 reserved part remains' : `${d.present} reserved parts remain`} to be voted separately ("vote reservation").`),
  GeneralVoteFirst: (d, lang) => (lang === 'es'
    ? `Primero se vota el punto ${d.item} en lo general («abrir votación»); después, cada reserva en lo particular.`
    : `First vote item ${d.item} in general ("open vote"); then each reserved part separately.`),
  GeneralVoteNotApproved: (d, lang) => (lang === 'es'
    ? `El punto ${d.item} no se aprobó en lo general, así que no hay votación en lo particular.`
    : `Item ${d.item} was not approved in general, so there is no separate vote on its parts.`),
  AlreadyExcused: (d, lang) => (lang === 'es' ? `Esa excusa en el punto ${d.item} ya está registrada.` : `That excusal from item ${d.item} is already recorded.`),
  ExcusedFromVote: (d, lang) => (lang === 'es'
    ? `Estás excusado(a) del punto${d.item ? ` ${d.item}` : ''}: no participas en sus votaciones ni en sus reservas. No se registró nada.`
    : `You are excused from item${d.item ? ` ${d.item}` : ''}: you take no part in its votes or reservations. Nothing was recorded.`),
  NoClosedVote: both('No hay una votación cerrada a la cual anunciar un voto particular, concurrente o razonado.', 'There is no closed vote to announce a dissenting, concurring or reasoned opinion on.'),
  DidNotVote: both('Solo quien votó puede anunciar un voto particular, concurrente o razonado sobre esa votación.', 'Only those who voted can announce a dissenting, concurring or reasoned opinion on that vote.'),
  OpinionDoesNotFitBallot: (d, lang) => (lang === 'es'
    ? (d.problem === 'particular'
      ? 'Un voto particular disiente de lo decidido, y tu voto coincidió con la decisión. Si quieres explicar tu voto, anuncia un voto concurrente o razonado.'
      : 'Un voto concurrente acompaña lo decidido, y tu voto fue en otro sentido. Si disientes, anuncia un voto particular; para explicar tu voto, uno razonado.')
    : (d.problem === 'particular'
      ? 'A dissenting opinion disagrees with the decision, and your ballot agreed with it. To explain your vote, announce a concurring or reasoned opinion.'
      : 'A concurring opinion agrees with the decision, and your ballot went the other way. If you dissent, announce a dissenting opinion; to explain your vote, a reasoned one.')),
  AlreadyAnnounced: both('Ya anunciaste ese tipo de voto sobre esta votación.', 'You have already announced that kind of opinion on this vote.'),
  OpinionNotFound: both('No encontré ese voto particular, concurrente o razonado.', 'I could not find that dissenting, concurring or reasoned opinion.'),
  AgendaChangeNotFound: both('No encontré esa propuesta de modificación del orden del día (o ya se retiró).', 'I could not find that proposed change to the order of the day (or it was withdrawn).'),
  WithdrawalNeedsVote: (d, lang) => (lang === 'es'
    ? `El orden del día ya está aprobado: retirar el punto ${d.item} lo decide el órgano por votación («votar retiro del punto ${d.item}»).`
    : `The order of the day is already approved: withdrawing item ${d.item} is decided by a vote of the body ("vote to withdraw item ${d.item}").`),
  PreviousMinutesAlreadyLinked: (d, lang) => (lang === 'es'
    ? `El punto ${d.item} ya aprueba la minuta de «${d.title}».`
    : `Item ${d.item} already approves the minutes of "${d.title}".`),
  NoPreviousMinutes: both('Ningún punto de esta sesión aprueba la minuta de una sesión anterior.', 'No item of this session approves the minutes of an earlier session.'),
  MinutesAlreadyApproved: (d, lang) => (lang === 'es' ? `Esa minuta ya se aprobó en «${d.title}».` : `Those minutes were already approved in "${d.title}".`),
  MayNotPublishRecord: (d, lang) => (lang === 'es' ? `Solo ${roles(d, lang)} puede hacerlo.` : `Only the ${roles(d, lang)} can do that.`),
  MayNotStartSession: (d, lang) => {
    const conductors = d.allowedRoles?.length ? (lang === 'es' ? `, ${roles(d, lang)} de la última sesión de esta reunión` : `, the ${roles(d, lang)} of this meeting's last session`) : '';
    const unknown = d.organizerKnown === false
      ? (lang === 'es' ? ' Teams no me dijo quién organizó la reunión (su API de reuniones no respondió).' : ' Teams did not tell me who organised the meeting (its meeting API did not answer).')
      : '';
    return lang === 'es'
      ? `Solo quien organizó la reunión${conductors} o las personas que la administración de Sesiona autorizó pueden crear una sesión aquí. No se leyó ni se guardó nada.${unknown}`
      : `Only the meeting's organizer${conductors}, or the people Sesiona's administrators allowed, can create a session here. Nothing was read or kept.${unknown}`;
  },
};

export function sayRejection(rejection: Rejection, lang: Language): string {
  return MESSAGES[rejection.reason](rejection.details ?? {}, lang);
}
