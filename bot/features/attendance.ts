/**
 * Departures and returns during the session: the secretary records them by mention («salida @Luis», «regresa
 * @Luis») or with the buttons of a departure notice (record them, or keep the record as it is). The notices
 * themselves follow the event stream (session-cards.ts).
 */
import { sessionStream } from '../../src/app/session-service';
import { asAadObjectId } from '../../src/domain';
import { andList, quorumLine } from '../../src/i18n/words';
import type { Outcome } from '../command-path';
import type { BotCommand } from '../commands/bot-command';
import type { Language } from '../i18n/language';
import type { Turn } from '../turn';
import type { BotKit } from './kit';
import { mentionedPeople } from './mentioned-people';

export class Attendance {
  constructor(private readonly kit: BotKit) {}

  /** «salida @Luis @Rosa» / «regresa @Luis». */
  async fromMentions(turn: Turn, present: boolean): Promise<void> {
    const { facts } = turn;
    if (turn.mentions.length === 0) {
      this.kit.replies.say(facts, present
        ? { es: 'Menciona a quien regresa, por ejemplo «@Sesiona regresa @Luis».', en: 'Mention who came back, for example "@Sesiona returned @Luis".' }
        : { es: 'Menciona a quien salió, por ejemplo «@Sesiona salida @Luis».', en: 'Mention who left, for example "@Sesiona left @Luis".' });
      return;
    }
    const found = await mentionedPeople(this.kit, turn);
    if (!found.ok) {
      this.kit.replies.say(facts, { es: `No pude obtener el identificador de ${found.unknown} en Teams; no se registró nada.`, en: `I could not get ${found.unknown}'s Teams identity; nothing was recorded.` });
      return;
    }
    const ids = found.people.map((p) => p.id);
    const outcome = await this.settle(turn, { kind: 'settle-presence', memberIds: ids, present, keep: false });
    if (!outcome.ok) {
      this.kit.replies.text(facts, outcome.message);
      return;
    }
    const view = this.kit.service.viewOf(sessionStream(outcome.sessionId), outcome.snapshot);
    const names = (lang: Language) => andList(ids.map((id) => view?.members.find((m) => m.id === id)?.name ?? id), lang);
    const q = view?.quorum;
    const quorum = (lang: Language) => (q ? ` ${quorumLine(q, lang)}${q.reached ? '' : lang === 'es' ? '; sin quórum' : '; no quorum'}.` : '');
    this.kit.replies.say(facts, present
      ? { es: `Se registró el regreso de ${names('es')}.${quorum('es')}`, en: `Return recorded: ${names('en')}.${quorum('en')}` }
      : { es: `Se registró la salida de ${names('es')}.${quorum('es')}`, en: `Departure recorded: ${names('en')}.${quorum('en')}` });
  }

  /**
   * Records the departures or returns of several members, or keeps the record as it is for them: one command per
   * member, each under its own key; one already recorded that way is fine when settling several at once.
   */
  async settle(turn: Turn, command: Extract<BotCommand, { kind: 'settle-presence' }>): Promise<Outcome> {
    const session = await this.kit.path.sessionOf(turn);
    if (!session.ok) return session;
    const memberIds = command.memberIds.map(asAadObjectId);
    if (command.keep) return this.kit.path.execute(turn, session.sessionId, this.kit.path.command(turn, 'DismissPresenceNotice', { memberIds }));
    let last: Outcome | null = null;
    for (const [i, memberId] of memberIds.entries()) {
      const outcome = await this.kit.path.execute(turn, session.sessionId, this.kit.path.command(turn, 'MarkAttendance', { memberId, present: command.present }), `${turn.facts.activityKey}|${i}`);
      if (!outcome.ok && outcome.reason !== 'AlreadyAbsent' && outcome.reason !== 'AlreadyPresent') return outcome;
      if (outcome.ok) last = outcome;
    }
    if (last) return last;
    const snapshot = await this.kit.service.load(session.sessionId);
    return { ok: true, events: [], duplicate: false, sessionId: session.sessionId, snapshot };
  }
}
