/**
 * Typed commands, in Spanish or English, accents and case optional: "siguiente", "punto 5.b", "votación nominal",
 * "acuerdo: …". The text arrives with the bot's mention already removed.
 */
import type { ItemKind, SessionRole } from '../../src/domain';
import type { BotCommand } from './bot-command';
import { parseDebateCommand } from './parse-debate-command';
import { parseVotePartCommand } from './parse-vote-part-command';
import { parseAgendaChangeCommand } from './parse-agenda-change-command';

/** Lower case, no accents, single spaces: what the patterns match against. */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[¿¡]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const ITEM = '(?:punto|item|tema)\\s*(?:no\\.?\\s*)?([0-9ivxlc]+(?:[.)]?\\s*[a-z0-9]{1,3})?)';

/** "5", "5.b", "5 b", "5b", "v" → "5", "5.b". */
export function itemNumberOf(raw: string): string {
  const m = raw.trim().replace(/[)]/g, '').match(/^([0-9]+|[ivxlc]+)\s*\.?\s*([a-z]{1,2}|[0-9]{1,3})?$/i);
  if (!m) return raw.trim();
  const top = /^[0-9]+$/.test(m[1]!) ? String(Number(m[1])) : String(romanToNumber(m[1]!));
  return m[2] ? `${top}.${m[2].toLowerCase()}` : top;
}

function romanToNumber(roman: string): number {
  const values: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
  let total = 0;
  const r = roman.toLowerCase();
  for (let i = 0; i < r.length; i++) {
    const v = values[r[i]!]!;
    const next = values[r[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

const ROSTER_WORDS: [RegExp, SessionRole][] = [
  [/^(integrantes|consejer[oa]s?|consejerias?|members|voting members?|vocales)\b/, 'voting-member'],
  [/^(presidencia|president[ea]|chair|chairperson)\b/, 'chair'],
  [/^(secretaria( tecnica)?|secretari[oa]|secretary)\b/, 'secretary'],
  [/^(representantes?|representaciones?|representatives?)\b/, 'representative'],
  [/^(invitad[oa]s?|guests?)\b/, 'guest'],
];

const KIND_WORDS: [RegExp, ItemKind][] = [
  [/^(votacion|voto|vote|votar|aprobacion)$/, 'vote'],
  [/^(informe|presentacion|report|presented|se presenta)$/, 'report'],
  [/^(tramite|procedural|procedimiento)$/, 'procedural'],
  [/^(asuntos generales|asunto general|general|general matters)$/, 'general'],
];

/** The words after a keyword and a colon or space, keeping the original accents and case. */
function rest(original: string, keywordLength: number): string {
  return original.trim().slice(keywordLength).replace(/^\s*[:\-–—]?\s*/, '').trim();
}

/** Where the details of an agreement start: "Responsable:", "Plazo:", "Responsible:", "Due:" after a separator. */
const DETAILS = /(?:^|[.;|\n]\s*)(?=(?:responsable|[áa]rea responsable|responsible(?: area)?|plazo|fecha l[íi]mite|fecha|due(?: date)?|deadline)\s*:)/i;
const RESPONSIBLE = /(?:responsable|[áa]rea responsable|responsible(?: area)?)\s*:\s*([^;|\n]+?)\s*(?=$|[;|\n]|\.(?:\s|$))/i;
const DUE = /(?:plazo|fecha l[íi]mite|fecha|due(?: date)?|deadline)\s*:\s*([^;|\n]+?)\s*(?=$|[;|\n]|\.(?:\s|$))/i;

/** "AAAA-MM-DD" stays; "DD/MM/AAAA" (how Mexico writes dates) becomes AAAA-MM-DD; anything else goes on as typed. */
function isoDateOf(text: string): string {
  const t = text.trim();
  const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  return dmy ? `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}` : t;
}

/** "acuerdo: Publicar el programa. Responsable: UTCS. Plazo: 15/07/2024" → the text, the area and the due date. */
function agreementOf(body: string): BotCommand {
  const split = DETAILS.exec(body);
  const cut = split ? split.index + (split[0].match(/^\./) ? 1 : 0) : body.length;
  const text = body.slice(0, cut).replace(/[\s;|]+$/, '').trim();
  const details = body.slice(cut);
  const responsible = RESPONSIBLE.exec(details);
  const due = DUE.exec(details);
  return {
    kind: 'agreement', text,
    ...(responsible ? { responsible: responsible[1]!.trim() } : {}),
    ...(due ? { dueDate: isoDateOf(due[1]!) } : {}),
  };
}

/** The command in a message; `mentioned` are the names of the people it mentions (the bot's mention already removed). */
export function parseCommand(text: string, mentioned: readonly string[] = []): BotCommand {
  const original = text.replace(/\u00a0/g, ' ').trim();
  const firstLine = original.split(/\r?\n/)[0] ?? '';
  const t = normalise(firstLine);

  // the order of the day: the keyword on the first line, the document below it (or after it)
  const agenda = /^(orden del dia|agenda|order of (the )?day)\b/.exec(t);
  if (agenda && !/^(aprobar|approve)/.test(t)) {
    const body = original.split(/\r?\n/).slice(1).join('\n');
    const sameLine = rest(firstLine, agenda[0].length);
    return { kind: 'agenda', text: [sameLine, body].filter((s) => s.trim()).join('\n') };
  }

  for (const [pattern, role] of ROSTER_WORDS) if (pattern.test(t)) return { kind: 'roster', role };

  const debate = parseDebateCommand(firstLine, mentioned, normalise);
  if (debate) return debate;
  const votePart = parseVotePartCommand(original, mentioned, normalise, itemNumberOf);
  if (votePart) return votePart;
  const agendaChange = parseAgendaChangeCommand(original, normalise, itemNumberOf);
  if (agendaChange) return agendaChange;

  if (/^(ayuda|help|comandos|commands|\?)$/.test(t)) return { kind: 'help' };
  if (/^(estado|status|como vamos|situacion)$/.test(t)) return { kind: 'status' };
  if (/^(pase de lista|pasar lista|lista de asistencia|roll call|take (the )?roll call|attendance)$/.test(t)) return { kind: 'roll-call' };
  if (/^(presente|present|aqui|here)$/.test(t)) return { kind: 'present' };
  if (/^(verificar( el)? quorum|verificacion de(l)? quorum|check( the)? quorum|quorum check)$/.test(t)) return { kind: 'quorum-check' };
  if (/^(cerrar( la)? verificacion( de(l)? quorum)?|terminar( la)? verificacion( de(l)? quorum)?|close( the)? quorum check)$/.test(t)) return { kind: 'close-quorum-check' };
  if (/^(dispensa de (la )?lectura|dispensar (la )?lectura|dispensa( de la lectura de los documentos)?|waive( the)? reading|reading waiver)$/.test(t)) return { kind: 'waive-reading' };
  if (/^(me retiro|me voy|me desconecto|i(')?m leaving|i am leaving|leaving)$/.test(t)) return { kind: 'leave' };
  // "salida @Luis" / "regresa @Luis": the people come as mentions (removed from the text or left as names)
  if (/^(salida|salio|se retira|se retiro|registrar salida|departure|left|has left)\b/.test(t)) return { kind: 'presence', present: false };
  if (/^(regresa|regreso|se reincorpora|reincorporacion|reincorpora|volvio|registrar regreso|returned|return|is back|back)\b/.test(t)) return { kind: 'presence', present: true };
  if (/^(iniciar( la)? sesion|inicio de sesion|declarar quorum|declaratoria de quorum|start( the)? session|begin( the)? session)$/.test(t)) return { kind: 'start-session' };
  if (/^(aprobar( el)? orden del dia|aprobacion del orden del dia|approve( the)? agenda|approve( the)? order of (the )?day)$/.test(t)) return { kind: 'approve-agenda' };
  if (/^(siguiente|siguiente punto|next|next item)$/.test(t)) return { kind: 'next' };
  // "done" is the end of an intervention (the debate's commands above)
  if (/^(concluir|terminar|desahogado|concluir punto|terminar punto|complete( item)?|finish( item)?)$/.test(t)) return { kind: 'complete-item' };
  if (/^(cerrar( la)? votacion|cierre de votacion|close( the)? vote|end( the)? vote)$/.test(t)) return { kind: 'close-vote' };
  const vote = /^(?:abrir |open )?(?:la )?(votacion|vote|voto)(?: (nominal|economica|roll[- ]call|show of hands|economic))?$/.exec(t);
  if (vote) return { kind: 'open-vote', method: vote[2] && /nominal|roll/.test(vote[2]) ? 'nominal' : 'economica' };
  if (/^(reanudar|reanudar( la)? sesion|resume|continue)$/.test(t)) return { kind: 'resume' };
  const recess = /^(receso|recess|decretar receso)\b/.exec(t);
  if (recess) return { kind: 'recess', reason: rest(firstLine, recess[0].length) };
  if (/^(clausura|clausurar( la)? sesion|cerrar( la)? sesion|close( the)? session|adjourn)$/.test(t)) return { kind: 'close-session' };
  if (/^(minuta|acta|minutes)$/.test(t)) return { kind: 'minutes' };
  if (/^(asistencia (de|en|segun) teams|reporte de asistencia|conciliar asistencia|teams attendance|attendance report)$/.test(t)) return { kind: 'attendance-report' };

  const done = /^(?:cumplido|acuerdo cumplido|se cumplio(?: el)?(?: acuerdo)?|fulfilled|agreement done)\s*(?:no\.?\s*)?#?(\d{1,3})\b/.exec(t);
  if (done) return { kind: 'agreement-done', position: Number(done[1]), note: rest(original, done[0].length) };
  const followUp = new RegExp(`^(?:seguimiento(?: de acuerdos)?|follow[- ]?up(?: of agreements)?)(?: (?:en |on |al? )?${ITEM}| ([0-9]+(?:\\.[a-z]{1,2})?))?$`).exec(t);
  if (followUp) {
    const number = followUp[1] ?? followUp[2];
    return number ? { kind: 'follow-up', number: itemNumberOf(number) } : { kind: 'follow-up' };
  }
  const agreement = /^(acuerdo|agreement)\b/.exec(t);
  if (agreement) return agreementOf(rest(original, agreement[0].length));
  const matter = /^(asunto general|asuntos generales|general matter)\b/.exec(t);
  if (matter) return { kind: 'general-matter', title: rest(original, matter[0].length) };

  const withdraw = new RegExp(`^(?:retirar|retira|withdraw)(?: el)? ${ITEM}$`).exec(t);
  if (withdraw) return { kind: 'withdraw', number: itemNumberOf(withdraw[1]!) };
  const defer = new RegExp(`^(?:diferir|posponer|aplazar|defer|postpone)(?: el)? ${ITEM}$`).exec(t);
  if (defer) return { kind: 'defer', number: itemNumberOf(defer[1]!) };
  const kind = new RegExp(`^(?:tipo|kind)(?: del?)? ${ITEM}\\s*[:=]?\\s*(.+)$`).exec(t);
  if (kind) {
    const found = KIND_WORDS.find(([p]) => p.test(kind[2]!.trim()));
    if (found) return { kind: 'correct-kind', number: itemNumberOf(kind[1]!), itemKind: found[1] };
  }
  const item = new RegExp(`^(?:ir al? |go to |pasar al? )?${ITEM}$`).exec(t);
  if (item) return { kind: 'item', number: itemNumberOf(item[1]!) };

  return { kind: 'unknown', text: firstLine.slice(0, 200) };
}
