/**
 * The sentences of the minutes that are not about one concept of their own (debate, votes in parts, agenda changes…):
 * the header, quorum, what became of each item, the votes on procedure, recesses and the closing, in Spanish and
 * English, as a commission's minuta says them.
 */
import type { QuorumMoment, QuorumSnapshot } from '../domain';

export const MINUTES_WORDS = {
  es: {
    minutes: (title: string) => `Proyecto de minuta de la ${title}`, session: 'Sesión',
    date: 'Fecha', start: 'Hora de inicio', end: 'Hora de término', modality: 'Modalidad', platform: 'Plataforma',
    quorumOf: (q: QuorumSnapshot) => `${q.present} de ${q.total} integrantes con derecho a voto (se requerían ${q.required})`,
    quorumAt: (m: QuorumMoment, at: string, of: string) => ({
      start: `Al iniciar (${at}) se declaró quórum con ${of}.`,
      resume: `Al reanudar (${at}) se declaró quórum con ${of}.`,
      lost: `A las ${at} se perdió el quórum: quedaron ${of}.`,
      restored: `A las ${at} se recuperó el quórum: ${of}.`,
      check: `En la verificación de quórum de las ${at} se encontraron ${of}.`,
      close: `Al clausurar (${at}) estaban presentes ${of}.`,
    })[m.when],
    left: (at: string) => `se retiró a las ${at}`, returned: (at: string) => `se reincorporó a las ${at}`,
    presented: 'Se tuvo por presentado.', inSubItems: 'Se desahogó en los subpuntos siguientes.', dealtWith: 'Se desahogó el punto.', notPutToVote: 'No se sometió a votación.',
    generalMatter: 'Se dio cuenta del asunto.', noGeneralMatters: 'No se registraron asuntos generales.',
    generalMattersRaised: (list: string[]) => `${list.length > 1 ? 'Se registraron los asuntos generales siguientes' : 'Se registró el asunto general siguiente'}: ${list.join('; ')}.`,
    withdrawn: 'Se retiró del orden del día.', deferred: 'Se difirió.', pending: 'No se trató.',
    voted: (method: string, resolved: string) => `En ${method.toLowerCase()}, ${resolved}.`,
    count: (f: number, a: number, ab: number) => `A favor ${f} · En contra ${a} · Abstención ${ab}`,
    quorumAtVote: (q: QuorumSnapshot) => `Quórum al votar: ${q.present} de ${q.total} (se requerían ${q.required}).`,
    notVoted: 'No votó', excused: 'Se excusó',
    agendaSubject: 'el orden del día', waiverSubject: 'la dispensa de la lectura de los documentos',
    procedureVote: (at: string, method: string, subject: string, resolved: string) => `A las ${at} se sometió a ${method.toLowerCase()} ${subject}, que ${resolved}.`,
    agendaByFiat: (at: string) => `El orden del día se dio por aprobado a las ${at} (registro anterior a su votación).`,
    agendaNotApproved: 'El orden del día no se sometió a votación.',
    changes: (parts: string[]) => `Con las modificaciones propuestas antes de la votación: ${parts.join('; ')}.`,
    withdrawnItems: (n: string[]) => `se retira${n.length > 1 ? 'n los puntos' : ' el punto'} ${n.join(', ')}`,
    deferredItems: (n: string[]) => `se difiere${n.length > 1 ? 'n los puntos' : ' el punto'} ${n.join(', ')}`,
    addedItems: (n: { number: string; title: string }[]) => `se agrega${n.length > 1 ? 'n' : ''} ${n.map((a) => `${a.number}. ${a.title}`).join(', ')}`,
    recess: (from: string, to: string | null, reason: string | null) => `Receso de ${from} a ${to ?? '—'}${reason ? ` (${reason})` : ''}.`,
    closed: (at: string | null, allTaken: boolean) =>
      (at ? `${allTaken ? 'No habiendo más asuntos que tratar, se' : 'Se'} clausuró la sesión a las ${at}.` : 'La sesión no se clausuró.'),
    notHeld: 'La sesión no se celebró por falta de quórum.',
    itemWord: 'punto', done: 'Cumplido a las', open: 'En proceso',
  },
  en: {
    minutes: (title: string) => `Draft minutes of the ${title}`, session: 'Session',
    date: 'Date', start: 'Start time', end: 'End time', modality: 'Modality', platform: 'Platform',
    quorumOf: (q: QuorumSnapshot) => `${q.present} of ${q.total} voting members (${q.required} required)`,
    quorumAt: (m: QuorumMoment, at: string, of: string) => ({
      start: `At the start (${at}) quorum was declared with ${of}.`,
      resume: `On resuming (${at}) quorum was declared with ${of}.`,
      lost: `At ${at} quorum was lost: ${of} remained.`,
      restored: `At ${at} quorum was restored: ${of}.`,
      check: `The quorum check of ${at} found ${of}.`,
      close: `At the close (${at}) ${of} were present.`,
    })[m.when],
    left: (at: string) => `left at ${at}`, returned: (at: string) => `came back at ${at}`,
    presented: 'It was received as presented.', inSubItems: 'It was taken up in the sub-items below.', dealtWith: 'The item was dealt with.', notPutToVote: 'It was not put to the vote.',
    generalMatter: 'The matter was raised.', noGeneralMatters: 'No general matters were raised.',
    generalMattersRaised: (list: string[]) => `${list.length > 1 ? 'These general matters were raised' : 'This general matter was raised'}: ${list.join('; ')}.`,
    withdrawn: 'Withdrawn from the order of the day.', deferred: 'Deferred.', pending: 'Not taken up.',
    voted: (method: string, resolved: string) => `In a ${method.toLowerCase()}, ${resolved}.`,
    count: (f: number, a: number, ab: number) => `In favour ${f} · Against ${a} · Abstain ${ab}`,
    quorumAtVote: (q: QuorumSnapshot) => `Quorum at the vote: ${q.present} of ${q.total} (${q.required} required).`,
    notVoted: 'Did not vote', excused: 'Excused',
    agendaSubject: 'the order of the day', waiverSubject: 'the waiver of the reading of the documents',
    procedureVote: (at: string, method: string, subject: string, resolved: string) => `At ${at} ${subject} was put to a ${method.toLowerCase()}, and ${resolved}.`,
    agendaByFiat: (at: string) => `The order of the day was taken as approved at ${at} (recorded before it was voted).`,
    agendaNotApproved: 'The order of the day was not put to the vote.',
    changes: (parts: string[]) => `With the changes proposed before the vote: ${parts.join('; ')}.`,
    withdrawnItems: (n: string[]) => `item${n.length > 1 ? 's' : ''} ${n.join(', ')} withdrawn`,
    deferredItems: (n: string[]) => `item${n.length > 1 ? 's' : ''} ${n.join(', ')} deferred`,
    addedItems: (n: { number: string; title: string }[]) => `${n.map((a) => `${a.number}. ${a.title}`).join(', ')} added`,
    recess: (from: string, to: string | null, reason: string | null) => `Recess from ${from} to ${to ?? '—'}${reason ? ` (${reason})` : ''}.`,
    closed: (at: string | null, allTaken: boolean) =>
      (at ? `${allTaken ? 'There being no further business, the' : 'The'} session was closed at ${at}.` : 'The session was not closed.'),
    notHeld: 'The session was not held for lack of quorum.',
    itemWord: 'item', done: 'Done at', open: 'Open',
  },
};
