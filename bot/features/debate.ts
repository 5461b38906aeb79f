/**
 * The debate of the item under way, typed: asking for the floor (or putting someone on the list), giving it, ending
 * an intervention, closing a round, extending the time, a moción al orador and its answer, a moción de orden and
 * its decision. The people named come as mentions. Each command takes the one command path; a refusal is said to
 * whoever asked, and what was recorded is said back in a sentence. The buttons of the item's card run the same
 * commands (app.ts); the cards follow the events (session-cards.ts).
 */
import { sessionStream } from '../../src/app/session-service';
import type { Outcome } from '../command-path';
import type { BotCommand, DebateMember } from '../commands/bot-command';
import { malformedWords } from '../commands/malformed-command';
import { toSessionCommand } from '../commands/to-session-command';
import type { Turn } from '../turn';
import { debateNews } from './debate-news';
import type { BotKit } from './kit';
import { mentionedPeople } from './mentioned-people';

export type DebateCommand = Extract<BotCommand, {
  kind: 'ask-floor' | 'withdraw-floor' | 'give-floor' | 'end-intervention' | 'close-round' | 'extend-time' | 'motion-to-speaker'
    | 'answer-motion' | 'point-of-order' | 'decide-point-of-order';
}>;

/** The command once the people it mentions are known: one per person put on (or taken off) the list. */
function forEach(command: DebateCommand, ids: string[]): BotCommand[] {
  const member = (id: string): DebateMember => ({ id });
  if (command.kind === 'ask-floor' && command.member === 'mentioned') return ids.map((id) => ({ ...command, member: member(id) }));
  if (command.kind === 'withdraw-floor' && command.member === 'mentioned') return ids.map((id) => ({ ...command, member: member(id) }));
  if (command.kind === 'give-floor' && command.to === 'mentioned') return ids.slice(0, 1).map((id) => ({ ...command, to: member(id) as { id: string } }));
  return [command];
}

const aboutSomeoneMentioned = (command: DebateCommand): boolean =>
  ('member' in command && command.member === 'mentioned') || (command.kind === 'give-floor' && command.to === 'mentioned');

export class Debate {
  constructor(private readonly kit: BotKit) {}

  async typed(turn: Turn, command: DebateCommand): Promise<void> {
    const { facts } = turn;
    let ids: string[] = [];
    if (aboutSomeoneMentioned(command)) {
      const found = await mentionedPeople(this.kit, turn);
      if (!found.ok) {
        this.kit.replies.say(facts, { es: `No pude obtener el identificador de ${found.unknown} en Teams; no se registró nada.`, en: `I could not get ${found.unknown}'s Teams identity; nothing was recorded.` });
        return;
      }
      ids = found.people.map((p) => p.id);
    }
    const commands = forEach(command, ids);
    const outcomes: Outcome[] = [];
    for (const [i, one] of commands.entries()) {
      const outcome = commands.length === 1 ? await this.kit.path.run(turn, one) : await this.runAs(turn, one, `${facts.activityKey}|${i}`);
      outcomes.push(outcome);
      if (!outcome.ok) break;
    }
    const said = outcomes.flatMap((outcome) => {
      if (!outcome.ok) return [outcome.message];
      if (outcome.duplicate) return [];
      const view = this.kit.service.viewOf(sessionStream(outcome.sessionId), outcome.snapshot);
      const news = view ? debateNews(outcome.events, view, facts.lang) : '';
      return news ? [news] : [];
    });
    if (said.length) this.kit.replies.text(facts, said.join('\n\n'));
  }

  /** Words that name a debate command (or another) in the wrong form: what is wrong and the right form. */
  malformed(turn: Turn, command: Extract<BotCommand, { kind: 'malformed' }>): void {
    this.kit.replies.say(turn.facts, malformedWords(command.problem));
  }

  /** One of several commands of one message, each under its own key. */
  private async runAs(turn: Turn, command: BotCommand, key: string): Promise<Outcome> {
    const session = await this.kit.path.sessionOf(turn);
    if (!session.ok) return session;
    const sessionCommand = toSessionCommand(command, turn.actor, this.kit.clock(), this.kit.newId);
    if (!sessionCommand) return { ok: false, message: turn.facts.lang === 'es' ? 'Ese comando no aplica aquí.' : 'That command does not apply here.' };
    return this.kit.path.execute(turn, session.sessionId, sessionCommand, key);
  }
}
