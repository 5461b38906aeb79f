/**
 * Votes in parts, typed: reserving a part of the draft under way (oneself, or for someone mentioned by whoever
 * conducts), withdrawing a reservation and putting one to the vote en lo particular by its place in the item card's
 * list, excusals from an item (oneself, or someone mentioned), separate opinions on the last closed vote and the link
 * of the filed document (the speaker's latest opinion without one). What the message names (a mention, a place in a
 * list, the opinion) is found here; whether it may be done is the domain's. A refusal is said to whoever asked, and
 * what was recorded is said back in a sentence. The cards' buttons run the same commands (app.ts); the cards follow
 * the events (session-cards.ts).
 */
import { sessionStream } from '../../src/app/session-service';
import type { SessionView } from '../../src/app/session-view';
import { findView } from '../cards/session-controls';
import { sayRejection } from '../i18n/rejections';
import type { BotCommand } from '../commands/bot-command';
import { votePartProblemWords } from '../commands/vote-part-problems';
import type { Turn } from '../turn';
import type { BotKit } from './kit';
import { mentionedPeople } from './mentioned-people';
import { votePartNews } from './vote-part-news';

export type VotePartCommand = Extract<BotCommand, {
  kind: 'reserve-part' | 'withdraw-reservation' | 'vote-reservation' | 'excuse' | 'separate-opinion' | 'opinion-document' | 'vote-part-malformed';
}>;

type Found = { ok: true; command: BotCommand } | { ok: false; message: string };

export class VoteParts {
  constructor(private readonly kit: BotKit) {}

  async typed(turn: Turn, command: VotePartCommand): Promise<void> {
    const { facts } = turn;
    if (command.kind === 'vote-part-malformed') {
      this.kit.replies.say(facts, votePartProblemWords(command.problem));
      return;
    }
    const found = await this.find(turn, command);
    if (!found.ok) {
      this.kit.replies.text(facts, found.message);
      return;
    }
    const outcome = await this.kit.path.run(turn, found.command);
    if (!outcome.ok) {
      this.kit.replies.text(facts, outcome.message);
      return;
    }
    if (outcome.duplicate) return;
    const view = this.kit.service.viewOf(sessionStream(outcome.sessionId), outcome.snapshot);
    const news = view ? votePartNews(outcome.events, view, facts.lang) : '';
    if (news) this.kit.replies.text(facts, news);
  }

  /** The command with what the message names found: the person mentioned, the reservation, the opinion. */
  private async find(turn: Turn, command: Exclude<VotePartCommand, { kind: 'vote-part-malformed' }>): Promise<Found> {
    const es = turn.facts.lang === 'es';
    if ((command.kind === 'reserve-part' || command.kind === 'excuse') && command.member === 'mentioned') {
      const found = await mentionedPeople(this.kit, turn);
      if (!found.ok) return { ok: false, message: es ? `No pude obtener el identificador de ${found.unknown} en Teams; no se registró nada.` : `I could not get ${found.unknown}'s Teams identity; nothing was recorded.` };
      const person = found.people[0];
      if (!person) return { ok: false, message: votePartProblemWords(command.kind === 'excuse' ? 'excuse-someone-without-mention' : 'reserve-for-one-person')[turn.facts.lang] };
      return { ok: true, command: { ...command, member: { id: person.id } } };
    }
    const byPosition = (command.kind === 'withdraw-reservation' || command.kind === 'vote-reservation') && 'position' in command.reservation;
    const byLatest = command.kind === 'opinion-document' && !command.opinionId;
    if (!byPosition && !byLatest) return { ok: true, command };

    const view = await this.viewOf(turn);
    if (!view.ok) return view;
    if (command.kind === 'opinion-document') {
      const mine = view.view.separateOpinions.filter((o) => o.member.id === turn.actor.id && o.url === null);
      const latest = mine[mine.length - 1];
      if (!latest) {
        return { ok: false, message: es
          ? 'No tienes un voto particular, concurrente o razonado anunciado sin documento. Anúncialo primero («@Sesiona voto particular», con el botón de la tarjeta de la votación cerrada) y después registra la liga.'
          : 'You have no dissenting, concurring or reasoned opinion announced without a document. Announce it first ("@Sesiona dissenting opinion", or the button on the closed vote card), then give the link.' };
      }
      return { ok: true, command: { ...command, opinionId: latest.id } };
    }
    if (command.kind !== 'withdraw-reservation' && command.kind !== 'vote-reservation') return { ok: true, command };
    const reservation = reservationAt(view.view, command.reservation, command.kind === 'withdraw-reservation' ? 'retirar reserva' : 'votar reserva', es);
    if (!reservation.ok) return reservation;
    return { ok: true, command: { ...command, reservation: { id: reservation.id } } };
  }

  private async viewOf(turn: Turn): Promise<{ ok: true; view: SessionView } | { ok: false; message: string }> {
    const session = await this.kit.path.sessionOf(turn);
    if (!session.ok) return session;
    const view = this.kit.service.viewOf(sessionStream(session.sessionId), await this.kit.service.load(session.sessionId));
    return view ? { ok: true, view } : { ok: false, message: sayRejection({ reason: 'SessionNotFound' }, turn.facts.lang) };
  }
}

/** The reservation at this place of the list of the item under way, or what to type instead. */
function reservationAt(view: SessionView, ref: { position: number } | { id: string }, words: string, es: boolean): { ok: true; id: string } | { ok: false; message: string } {
  if ('id' in ref) return { ok: true, id: ref.id };
  const item = view.currentItem ? findView(view, view.currentItem) : null;
  if (!item) return { ok: false, message: sayRejection({ reason: 'NoCurrentItem' }, es ? 'es' : 'en') };
  const found = item.reservations[ref.position - 1];
  if (found) return { ok: true, id: found.id };
  const english = words === 'retirar reserva' ? 'withdraw reservation' : 'vote reservation';
  const n = item.reservations.length;
  if (n === 0) return { ok: false, message: es ? `El punto ${item.number} no tiene reservas.` : `Item ${item.number} has no reserved parts.` };
  const list = item.reservations.map((r, i) => `${i + 1}. ${r.part} (${r.by.name})`).join('; ');
  return {
    ok: false,
    message: es
      ? `El punto ${item.number} tiene ${n === 1 ? '1 reserva' : `${n} reservas`}: ${list}. Escribe el número de la lista, por ejemplo «@Sesiona ${words} 1».`
      : `Item ${item.number} has ${n === 1 ? '1 reserved part' : `${n} reserved parts`}: ${list}. Use the number in the list, for example "@Sesiona ${english} 1".`,
  };
}
