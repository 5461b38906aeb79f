/**
 * The list of commands (`ayuda` / `help`), with who may use each.
 */
import type { Language } from '../i18n/language';
import { type AdaptiveCardJson, adaptiveCard, heading, text } from './card-kit';

const COMMANDS: [string, string, string, string][] = [
  ['orden del día + texto o archivo', 'agenda + text or file', 'Secretaría', 'Secretary'],
  ['integrantes / presidencia / secretaría / representantes / invitados @personas', 'members / chair / secretary / representatives / guests @people', 'Secretaría u organizador', 'Secretary or organizer'],
  ['pase de lista', 'roll call', 'Secretaría o Presidencia', 'Secretary or chair'],
  ['presente', 'present', 'Integrantes', 'Members'],
  ['iniciar sesión', 'start session', 'Secretaría o Presidencia', 'Secretary or chair'],
  ['dispensa de la lectura · aprobar orden del día (se votan)', 'waive the reading · approve agenda (put to the vote)', 'Secretaría o Presidencia', 'Secretary or chair'],
  ['salida @persona · regresa @persona', 'left @person · returned @person', 'Secretaría o Presidencia', 'Secretary or chair'],
  ['me retiro', "I'm leaving", 'Integrantes', 'Members'],
  ['verificar quórum · cerrar verificación', 'check quorum · close quorum check', 'Secretaría o Presidencia', 'Secretary or chair'],
  ['siguiente · punto 5.b · concluir punto', 'next · item 5.b · complete item', 'Secretaría o Presidencia', 'Secretary or chair'],
  ['votación [nominal] · cerrar votación', 'vote [nominal] · close vote', 'Secretaría o Presidencia', 'Secretary or chair'],
  ['acuerdo: texto. Responsable: área. Plazo: DD/MM/AAAA', 'agreement: text. Responsible: area. Due: YYYY-MM-DD', 'Secretaría o Presidencia', 'Secretary or chair'],
  ['seguimiento [punto N] · cumplido N [nota]', 'follow-up [item N] · agreement done N [note]', 'Secretaría o Presidencia', 'Secretary or chair'],
  ['retirar punto N · diferir punto N', 'withdraw item N · defer item N', 'Secretaría o Presidencia', 'Secretary or chair'],
  ['tipo del punto N: votación | informe | trámite', 'kind item N: vote | report | procedural', 'Secretaría (antes de iniciar)', 'Secretary (before start)'],
  ['asunto general: tema', 'general matter: topic', 'Secretaría o Presidencia', 'Secretary or chair'],
  ['receso · reanudar · clausura', 'recess · resume · close session', 'Secretaría o Presidencia', 'Secretary or chair'],
  ['palabra · pido la palabra · retiro mi palabra · termino', 'floor · ask for the floor · withdraw · done', 'Quien tiene voz', 'Whoever has voice'],
  ['siguiente orador · ceder la palabra a @persona [por motivo] · inscribir a @persona · retirar a @persona', 'next speaker · give the floor to @person [for reason] · add @person to speakers · remove @person from speakers', 'Secretaría o Presidencia', 'Secretary or chair'],
  ['terminar intervención · ampliar tiempo 1.5 (minutos, o 90 s) · cerrar ronda', 'end intervention · extend time 1.5 (minutes, or 90 s) · close round', 'Secretaría o Presidencia', 'Secretary or chair'],
  ['moción al orador [pregunta] · acepto / no acepto la moción · moción de orden [motivo]', 'question to the speaker [text] · I accept / I decline the question · point of order [text]', 'Quien tiene voz (acepta quien tiene la palabra)', 'Whoever has voice (the speaker accepts)'],
  ['procede / no procede la moción (de orden)', 'point of order granted / denied', 'Secretaría o Presidencia', 'Secretary or chair'],
  ['reservar parte[: propuesta] · retirar reserva N · me excuso del punto N [por motivo]', 'reserve part[: proposal] · withdraw reservation N · I excuse myself from item N [because reason]', 'Integrantes con voto', 'Voting members'],
  ['votar reserva N [nominal] · excusar a @persona del punto N · reservar parte de @persona', 'vote reservation N [nominal] · excuse @person from item N · reserve part for @person', 'Secretaría o Presidencia', 'Secretary or chair'],
  ['voto particular · voto concurrente · voto razonado · documento del voto https://…', 'dissenting opinion · concurring opinion · reasoned opinion · opinion document https://…', 'Quien votó (la última votación cerrada)', 'Who voted (the last closed vote)'],
  ['propongo retirar / diferir el punto N · propongo agregar: título · propongo mover el punto N después del punto M · retirar propuesta N', 'propose withdrawing / deferring item N · propose adding: title · propose moving item N after item M · withdraw proposal N', 'Integrantes, Secretaría o Presidencia (proponen) y representantes (solicitan), antes de aprobar el orden del día', 'Members, secretary or chair (propose) and representatives (request), before the order of the day is approved'],
  ['votar retiro del punto N · observaciones a la minuta: texto', 'vote to withdraw item N · corrections to the minutes: text', 'Secretaría o Presidencia', 'Secretary or chair'],
  ['asistencia de Teams (tras la reunión)', 'attendance report (after the meeting)', 'Secretaría o Presidencia', 'Secretary or chair'],
  ['estado · minuta · ayuda', 'status · minutes · help', 'Todas las personas', 'Everyone'],
];

export function helpCard(lang: Language): AdaptiveCardJson {
  const es = lang === 'es';
  return adaptiveCard([
    heading(es ? 'Comandos de Sesiona' : 'Sesiona commands'),
    text(es ? 'Menciona a @Sesiona y escribe el comando (con o sin acentos). Votar se hace con los botones de la tarjeta de votación.' : 'Mention @Sesiona and type the command. Voting is done with the buttons on the vote card.', { isSubtle: true }),
    ...COMMANDS.map(([cmdEs, cmdEn, whoEs, whoEn]) => text(`**${es ? cmdEs : cmdEn}** — ${es ? whoEs : whoEn}`, { spacing: 'Small' })),
  ]);
}
