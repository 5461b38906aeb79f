/**
 * The session's course, typed or clicked: roll call, start, the votes on the order of the day and the reading
 * waiver, items, votes, agreements, general matters, departures («me retiro»), quorum checks, recess, closing. Each
 * goes through the one command path; a refusal is said to whoever asked, and a short confirmation follows what no
 * card shows at once.
 */
import type { BotCommand } from '../commands/bot-command';
import type { Bilingual } from '../i18n/language';
import type { Turn } from '../turn';
import type { BotKit } from './kit';

const CONFIRMATIONS: Partial<Record<BotCommand['kind'], Bilingual>> = {
  agreement: { es: 'Acuerdo registrado.', en: 'Agreement recorded.' },
  'general-matter': { es: 'Asunto general agregado al orden del día.', en: 'General matter added to the order of the day.' },
  'correct-kind': { es: 'Tipo del punto corregido.', en: 'Item kind corrected.' },
  recess: { es: 'La sesión entra en receso.', en: 'The session is in recess.' },
  resume: { es: 'Se reanuda la sesión.', en: 'The session resumes.' },
  'close-session': { es: 'Se clausura la sesión. Escribe «@Sesiona minuta» para obtener el proyecto de minuta.', en: 'The session is closed. Type "@Sesiona minutes" to get the draft minutes.' },
  leave: { es: 'Se registró tu salida de la sesión.', en: 'Your departure from the session is recorded.' },
};

export class SessionFlow {
  constructor(private readonly kit: BotKit) {}

  async typed(turn: Turn, command: BotCommand): Promise<void> {
    const outcome = await this.kit.path.run(turn, command);
    if (!outcome.ok) this.kit.replies.text(turn.facts, outcome.message);
    else if (!outcome.duplicate && outcome.events.length) {
      const confirmation = CONFIRMATIONS[command.kind];
      if (confirmation) this.kit.replies.say(turn.facts, confirmation);
    }
  }
}
