/**
 * Changes to the order of the day and the previous minutes, typed: a change proposed (or requested) before the order
 * of the day is approved, a proposal withdrawn by its place in the list, the withdrawal of an item of the approved
 * order of the day put to the vote, and corrections to the minutes approved in this session. Each takes the one
 * command path (the domain says who may); a refusal is said to whoever asked, and what was recorded is said back
 * (the list of proposals, so anyone may name one by its number). The vote cards follow the events.
 */
import { sessionStream } from '../../src/app/session-service';
import type { SessionView } from '../../src/app/session-view';
import { proposalWords } from '../cards/agenda-changes-section';
import type { BotCommand } from '../commands/bot-command';
import { malformedAgendaChangeWords } from '../commands/malformed-agenda-change';
import type { Outcome } from '../command-path';
import type { Bilingual, Language } from '../i18n/language';
import type { Turn } from '../turn';
import type { BotKit } from './kit';

export type AgendaChangeCommand = Extract<BotCommand, {
  kind: 'propose-agenda-change' | 'withdraw-agenda-change' | 'vote-withdrawal' | 'minutes-corrections' | 'agenda-change-malformed';
}>;

/** The proposals not withdrawn, numbered as `retirar propuesta N` names them. */
function proposalList(view: SessionView, lang: Language): string {
  const es = lang === 'es';
  if (view.agendaProposals.length === 0) return es ? 'No quedan modificaciones propuestas al orden del día.' : 'No changes to the order of the day remain proposed.';
  return [
    es ? 'Modificaciones propuestas al orden del día (se votan con él):' : 'Changes proposed to the order of the day (voted with it):',
    ...view.agendaProposals.map((p, i) => `${i + 1}. ${proposalWords(p, lang)}`),
    es ? 'Para retirar una: «@Sesiona retirar propuesta N».' : 'To withdraw one: "@Sesiona withdraw proposal N".',
  ].join('\n');
}

export class AgendaChanges {
  constructor(private readonly kit: BotKit) {}

  async typed(turn: Turn, command: AgendaChangeCommand): Promise<void> {
    const { facts } = turn;
    if (command.kind === 'agenda-change-malformed') {
      this.kit.replies.say(facts, malformedAgendaChangeWords(command.problem));
      return;
    }
    if (command.kind === 'withdraw-agenda-change' && command.changeId === undefined) {
      await this.withdrawByPosition(turn, command.position ?? 0);
      return;
    }
    const outcome = await this.kit.path.run(turn, command);
    if (!outcome.ok) {
      this.kit.replies.text(facts, outcome.message);
      return;
    }
    if (outcome.duplicate) return;
    const view = this.viewOf(outcome);
    if (!view) return;
    if (command.kind === 'propose-agenda-change' || command.kind === 'withdraw-agenda-change') this.kit.replies.text(facts, proposalList(view, facts.lang));
    if (command.kind === 'minutes-corrections' && view.previousMinutes) {
      const title = view.previousMinutes.title;
      this.kit.replies.say(facts, {
        es: `Observaciones a la minuta de «${title}» registradas (${view.previousMinutes.corrections.length}). Se votan con el punto ${view.previousMinutes.item}.`,
        en: `Corrections to the minutes of "${title}" recorded (${view.previousMinutes.corrections.length}). They are voted with item ${view.previousMinutes.item}.`,
      });
    }
  }

  /** «retirar propuesta N»: the proposal at that place of the list, withdrawn if the domain allows it. */
  private async withdrawByPosition(turn: Turn, position: number): Promise<void> {
    const { facts } = turn;
    const session = await this.kit.path.sessionOf(turn);
    if (!session.ok) {
      this.kit.replies.text(facts, session.message);
      return;
    }
    const view = await this.kit.service.view(session.sessionId);
    const proposal = view?.agendaProposals[position - 1];
    if (!view || !proposal) {
      const none: Bilingual = view?.agendaProposals.length
        ? { es: `No hay una propuesta ${position} en la lista.`, en: `There is no proposal ${position} on the list.` }
        : { es: 'No hay modificaciones propuestas al orden del día.', en: 'No changes to the order of the day are proposed.' };
      this.kit.replies.text(facts, view?.agendaProposals.length ? `${none[facts.lang]}\n${proposalList(view, facts.lang)}` : none[facts.lang]);
      return;
    }
    await this.typed(turn, { kind: 'withdraw-agenda-change', changeId: proposal.id });
  }

  private viewOf(outcome: Extract<Outcome, { ok: true }>): SessionView | null {
    return this.kit.service.viewOf(sessionStream(outcome.sessionId), outcome.snapshot);
  }
}
