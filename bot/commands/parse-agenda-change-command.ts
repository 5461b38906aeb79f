/**
 * The typed commands about the order of the day and the previous minutes, Spanish and English: proposing a change
 * before the order of the day is approved («propongo diferir el punto 2»), withdrawing a proposal by its place in
 * the list («retirar propuesta 1»), putting the withdrawal of an item to the vote once the order of the day is
 * approved («votar retiro del punto 3»), and noting corrections to the minutes approved in the session
 * («observaciones a la minuta: …»). Words that name one of these but not in its form give its right form.
 */
import { type AgendaChange, asItemNumber, type VoteMethod } from '../../src/domain';
import type { AgendaChangeAsked, BotCommand } from './bot-command';

/** An item as typed: «el punto 2», «punto 5.b», «item 3»; the number is read by `itemNumberOf`. */
const ITEM = '(?:(?:el|del|al) )?(?:punto|item|tema) (?:no\\.? )?([0-9ivxlc]+(?:[.)]? ?[a-z0-9]{1,3})?)';

const PROPOSE = /^(?:propongo|propuesta de|solicito|pido|propose|i propose|request|i request)\b ?/;
const WITHDRAW = new RegExp(`^(?:retirar|que se retire|el retiro del?|withdrawing|to withdraw|withdrawal of|withdraw) ${ITEM}$`);
const DEFER = new RegExp(`^(?:diferir|posponer|aplazar|que se difiera|deferring|to defer|defer|postponing|to postpone) ${ITEM}$`);
const ADD = /^(?:agregar|anadir|incluir|que se agregue|adding|to add|add)\b/;
const MOVE = new RegExp(`^(?:mover|cambiar de lugar|moving|to move|move) ${ITEM} (?:(?:despues|luego) (?:de|del) ${ITEM}|after ${ITEM}|(al inicio|al principio|primero|to the top|first))$`);

const WITHDRAW_PROPOSAL = /^(?:retirar|retiro|retira|withdraw) (?:la |mi |my )?(?:propuesta|solicitud|proposal|request)(?: (?:no\.? |#)?([0-9]{1,3}))?$/;
const VOTE_WITHDRAWAL = new RegExp(`^(?:votar (?:el )?retiro|votacion (?:del|sobre el) retiro|vote to withdraw|vote on withdrawing)(?: ${ITEM})?(?: (nominal|economica|roll[- ]call))?$`);
const CORRECTIONS = /^(?:observaciones|correcciones) (?:a|al|de|del) (?:la )?(?:minuta|acta)|^corrections (?:to|of) the minutes/;

/** What follows the keyword in the original text (accents and case kept), without a leading colon or dash. */
const after = (original: string, keywordLength: number): string => original.slice(keywordLength).replace(/^\s*[:\-–—]?\s*/, '').trim();

/**
 * The change a proposal asks for, from its words after «propongo» / "propose" (`t` normalised, `original` the same
 * words as typed), or null when it is none of them.
 */
function changeOf(original: string, t: string, itemNumberOf: (raw: string) => string): AgendaChangeAsked | 'add-without-title' | null {
  const withdraw = WITHDRAW.exec(t);
  if (withdraw) return { kind: 'withdraw', number: itemNumberOf(withdraw[1]!) };
  const defer = DEFER.exec(t);
  if (defer) return { kind: 'defer', number: itemNumberOf(defer[1]!) };
  const move = MOVE.exec(t);
  if (move) {
    const afterNumber = move[2] ?? move[3];
    return { kind: 'move', number: itemNumberOf(move[1]!), after: afterNumber ? itemNumberOf(afterNumber) : null };
  }
  const add = ADD.exec(t);
  if (add) {
    const title = after(original, add[0].length).replace(/^(?:el |un |a |an )?(?:punto|item|tema)\s*[:\-–—]?\s*/i, '').trim();
    return title ? { kind: 'add', title } : 'add-without-title';
  }
  return null;
}

/**
 * The command in this message (read on its first line; corrections may go on over several lines), or null when it
 * is not one of these. `normalise` and `itemNumberOf` are the parser's (lower case without accents; «5 b» → «5.b»).
 */
export function parseAgendaChangeCommand(
  message: string, normalise: (text: string) => string, itemNumberOf: (raw: string) => string,
): BotCommand | null {
  const whole = message.normalize('NFC').trim();
  const original = (whole.split(/\r?\n/)[0] ?? '').replace(/\s+/g, ' ').trim();
  const t = normalise(original);

  const propose = PROPOSE.exec(t);
  if (propose) {
    // the words after the keyword, normalised and as typed (normalising changes nothing but accents, case and «¿¡»)
    const rest = t.slice(propose[0].length);
    const restOriginal = original.slice(original.length - rest.length);
    const change = changeOf(restOriginal, rest, itemNumberOf);
    if (change === 'add-without-title') return { kind: 'agenda-change-malformed', problem: 'add-without-title' };
    if (change) return { kind: 'propose-agenda-change', change };
    // «pido la palabra», «solicito la palabra» are the debate's; only the words of a change are read here
    if (/^(propongo|propose|i propose)\b/.test(t)) return { kind: 'agenda-change-malformed', problem: 'proposal-form' };
    return null;
  }

  const withdrawProposal = WITHDRAW_PROPOSAL.exec(t);
  if (withdrawProposal) {
    const position = Number(withdrawProposal[1]);
    return withdrawProposal[1] && position >= 1
      ? { kind: 'withdraw-agenda-change', position }
      : { kind: 'agenda-change-malformed', problem: 'withdraw-proposal-without-number' };
  }

  const voteWithdrawal = VOTE_WITHDRAWAL.exec(t);
  if (voteWithdrawal) {
    if (!voteWithdrawal[1]) return { kind: 'agenda-change-malformed', problem: 'vote-withdrawal-without-item' };
    const method: VoteMethod = voteWithdrawal[2] && /nominal|roll/.test(voteWithdrawal[2]) ? 'nominal' : 'economica';
    return { kind: 'vote-withdrawal', number: itemNumberOf(voteWithdrawal[1]), method };
  }

  const corrections = CORRECTIONS.exec(t);
  if (corrections) {
    const below = whole.split(/\r?\n/).slice(1).join('\n').trim();
    const text = [after(original, corrections[0].length), below].filter(Boolean).join('\n');
    return text ? { kind: 'minutes-corrections', text } : { kind: 'agenda-change-malformed', problem: 'corrections-without-text' };
  }
  return null;
}

/** The domain's change for what was asked (item numbers as the domain names them). */
export function agendaChangeOf(asked: AgendaChangeAsked): AgendaChange {
  const n = asItemNumber;
  switch (asked.kind) {
    case 'withdraw': return { kind: 'withdraw', number: n(asked.number) };
    case 'defer': return { kind: 'defer', number: n(asked.number) };
    case 'add': return { kind: 'add', title: asked.title };
    case 'move': return { kind: 'move', number: n(asked.number), after: asked.after === null ? null : n(asked.after) };
  }
}
