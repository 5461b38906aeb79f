/**
 * The conversation around the session: the greeting when Sesiona joins a chat, the list of commands, where the
 * session stands («estado»), and what to say when a message is not a command.
 */
import { sessionStream } from '../../src/app/session-service';
import { PHASE_NAMES } from '../../src/i18n/words';
import { streams } from '../../src/store/streams';
import { helpCard } from '../cards/help-card';
import { welcomeCard } from '../cards/welcome-card';
import type { Language } from '../i18n/language';
import type { Turn } from '../turn';
import type { TurnFacts } from '../turn-context-facts';
import type { BotKit } from './kit';

export class Conversation {
  constructor(private readonly kit: BotKit) {}

  /** Once per conversation, whoever added Sesiona. */
  async welcome(facts: TurnFacts): Promise<void> {
    const first = await this.kit.store.append(streams.welcome(facts.conversationId), 0, [{ type: 'Welcomed', data: { at: this.kit.clock() } }]);
    if (first.ok) this.kit.replies.card(facts, welcomeCard(facts.lang));
  }

  help(turn: Turn): void {
    this.kit.replies.card(turn.facts, helpCard(turn.facts.lang));
  }

  async status(turn: Turn): Promise<void> {
    const session = await this.kit.path.sessionOf(turn);
    if (!session.ok) {
      this.kit.replies.text(turn.facts, session.message);
      return;
    }
    const view = this.kit.service.viewOf(sessionStream(session.sessionId), await this.kit.service.load(session.sessionId))!;
    const say = (lang: Language) => {
      const es = lang === 'es';
      const q = view.quorum;
      return [
        `${view.title}: ${PHASE_NAMES[view.phase][lang]}.`,
        es ? `Quórum: ${q.present} de ${q.total} (se requieren ${q.required}) ${q.reached ? '✔' : '✘'}.` : `Quorum: ${q.present} of ${q.total} (${q.required} required) ${q.reached ? '✔' : '✘'}.`,
        view.currentItem ? (es ? `Punto en curso: ${view.currentItem}.` : `Current item: ${view.currentItem}.`) : '',
        view.openVote ? (es ? `Votación abierta: ${view.openVote.ballots.length} de ${view.openVote.eligible.length} han votado.` : `Vote open: ${view.openVote.ballots.length} of ${view.openVote.eligible.length} have voted.`) : '',
      ].filter(Boolean).join(' ');
    };
    this.kit.replies.say(turn.facts, { es: say('es'), en: say('en') });
  }

  notUnderstood(turn: Turn, what: string): void {
    this.kit.replies.say(turn.facts, {
      es: turn.text ? `No entendí «${what}». Escribe «@Sesiona ayuda» para ver los comandos.` : 'Escribe un comando después de mencionarme, por ejemplo «@Sesiona ayuda».',
      en: turn.text ? `I did not understand "${what}". Type "@Sesiona help" to see the commands.` : 'Type a command after mentioning me, for example "@Sesiona help".',
    });
  }
}
