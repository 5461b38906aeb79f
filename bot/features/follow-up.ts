/**
 * Follow-up of agreements: «seguimiento» takes up the open agreements of the body's previous closed session (then
 * shows the list); «cumplido N» marks the N-th one done in this session.
 */
import { previousSessionOf } from '../../src/app/previous-session';
import { asItemNumber, openAgreementsOf, type SessionState } from '../../src/domain';
import { writtenDate } from '../../src/i18n/dates';
import type { BotCommand } from '../commands/bot-command';
import type { Bilingual, Language } from '../i18n/language';
import { sayRejection } from '../i18n/rejections';
import type { Turn } from '../turn';
import type { BotKit } from './kit';

export class FollowUp {
  constructor(private readonly kit: BotKit) {}

  async handle(turn: Turn, command: Extract<BotCommand, { kind: 'follow-up' | 'agreement-done' }>): Promise<void> {
    const { facts } = turn;
    const session = await this.kit.path.sessionOf(turn);
    if (!session.ok) {
      this.kit.replies.text(facts, session.message);
      return;
    }
    const { state } = await this.kit.service.load(session.sessionId);
    const path = this.kit.path;
    if (command.kind === 'agreement-done') {
      const entry = state.followUps[command.position - 1];
      if (!entry) {
        this.kit.replies.text(facts, sayRejection({ reason: 'AgreementNotFound' }, facts.lang));
        return;
      }
      const outcome = await path.execute(turn, session.sessionId, path.command(turn, 'MarkAgreementDone', { agreementId: entry.agreementId, note: command.note || null }));
      if (!outcome.ok) this.kit.replies.text(facts, outcome.message);
      else this.kit.replies.say(facts, followUpList(outcome.snapshot.state));
      return;
    }
    if (state.followUpItem && !command.number) {
      this.kit.replies.say(facts, followUpList(state));
      return;
    }
    const previous = state.exists && !state.followUpItem ? await previousSessionOf(this.kit.service, this.kit.store, state) : null;
    const outcome = await path.execute(turn, session.sessionId, path.command(turn, 'ImportFollowUp', {
      entries: previous ? openAgreementsOf(previous) : [], ...(command.number ? { number: asItemNumber(command.number) } : {}),
    }));
    if (!outcome.ok && !previous && !state.followUpItem && outcome.reason === 'NothingToFollowUp') {
      this.kit.replies.say(facts, {
        es: `No encuentro una sesión clausurada anterior de «${state.header.body || state.header.title}» en Sesiona; no hay acuerdos que dar en seguimiento.`,
        en: `I find no earlier closed session of "${state.header.body || state.header.title}" in Sesiona; there are no agreements to follow up.`,
      });
      return;
    }
    if (!outcome.ok) this.kit.replies.text(facts, outcome.message);
    else this.kit.replies.say(facts, followUpList(outcome.snapshot.state));
  }
}

/** The follow-up list as a numbered message: what, who, by when, and whether it was done here. */
function followUpList(state: SessionState): Bilingual {
  const say = (lang: Language) => {
    const es = lang === 'es';
    const sourceOf = (f: (typeof state.followUps)[number]) => (es ? `«${f.sourceTitle}»` : `"${f.sourceTitle}"`) + (f.sourceDate ? ` (${writtenDate(f.sourceDate, lang)})` : '');
    const sources = [...new Set(state.followUps.map(sourceOf))];
    const single = sources.length === 1 ? sources[0] : null;
    const head = es
      ? `Seguimiento de acuerdos (punto ${state.followUpItem})${single ? `, de ${single}` : ''}:`
      : `Follow-up of agreements (item ${state.followUpItem})${single ? `, from ${single}` : ''}:`;
    const lines = state.followUps.map((f, i) => {
      const parts = [`${i + 1}. ${f.text}`];
      if (!single) parts.push(es ? `de ${sourceOf(f)}` : `from ${sourceOf(f)}`);
      if (f.responsible) parts.push(es ? `Responsable: ${f.responsible}` : `Responsible: ${f.responsible}`);
      if (f.dueDate) parts.push(es ? `Plazo: ${writtenDate(f.dueDate, lang)}` : `Due: ${writtenDate(f.dueDate, lang)}`);
      parts.push(f.doneAt ? (es ? '✔ cumplido' : '✔ done') + (f.note ? ` (${f.note})` : '') : (es ? 'pendiente' : 'open'));
      return parts.join(' · ');
    });
    const tail = state.followUps.some((f) => !f.doneAt)
      ? (es ? 'Para marcar uno como cumplido: «@Sesiona cumplido N» (y una nota, si la hay).' : 'To mark one done: "@Sesiona agreement done N" (and a note, if any).')
      : '';
    return [head, ...lines, tail].filter(Boolean).join('\n');
  };
  return { es: say('es'), en: say('en') };
}

