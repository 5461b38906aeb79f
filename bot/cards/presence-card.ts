/**
 * The notice to those who conduct when Teams says members left (or came back to) the meeting: who, and the quorum
 * if it is so. Under the `ask` rule the secretary records the departures or keeps them present with its buttons;
 * under `record` it says what was recorded. Built from the card's own list of people and the session as it is now,
 * so it can be drawn again at any time (a refresh, a repair).
 */
import type { SessionView } from '../../src/app/session-view';
import { quorumReached } from '../../src/domain';
import type { PresenceNotice } from '../card-action';
import type { Language } from '../i18n/language';
import { andList, quorumLine } from '../../src/i18n/words';
import { type AdaptiveCardJson, adaptiveCard, type CardElement, button, heading, refreshFor, text } from './card-kit';
import type { Viewer } from './viewer';

export function presenceCard(view: SessionView, notice: PresenceNotice, viewer: Viewer, lang: Language, refreshUserIds: string[] = []): AdaptiveCardJson {
  const es = lang === 'es';
  const leaving = notice.change === 'left';
  const people = notice.memberIds.map((id) => view.members.find((m) => m.id === id)).filter((m): m is SessionView['members'][number] => Boolean(m));
  const pending = people.filter((m) => view.presenceNotices.some((n) => n.id === m.id && n.change === notice.change));
  const recorded = people.filter((m) => m.present !== leaving);
  const kept = people.filter((m) => !pending.includes(m) && !recorded.includes(m));
  const names = (list: typeof people) => andList(list.map((m) => m.name), lang);
  const plural = people.length > 1;

  const what = leaving
    ? (es ? `${names(people)} ${plural ? 'salieron' : 'salió'} de la reunión.` : `${names(people)} left the meeting.`)
    : (es ? `${names(people)} ${plural ? 'volvieron' : 'volvió'} a la reunión.` : `${names(people)} came back to the meeting.`);
  // the quorum as it would be with what Teams said, while it waits for the secretary; else as recorded
  const voting = view.members.filter((m) => m.countsForQuorum);
  const wouldBePresent = voting.filter((m) => (pending.some((p) => p.id === m.id) ? !leaving : m.present)).length;
  const quorum = { present: wouldBePresent, total: view.quorum.total, required: view.quorum.required };
  const reached = quorumReached(quorum);

  const body: CardElement[] = [
    text(view.title, { size: 'Small', isSubtle: true, spacing: 'None' }),
    heading(leaving ? (es ? 'Salidas de la reunión' : 'Left the meeting') : (es ? 'Regresos a la reunión' : 'Back in the meeting')),
    text(what, { weight: 'Bolder' }),
    text(`${quorumLine(quorum, lang)}.${reached ? '' : es ? ' Sin quórum.' : ' No quorum.'}`, { color: reached ? 'Default' : 'Attention', weight: reached ? 'Default' : 'Bolder' }),
  ];
  if (recorded.length) {
    body.push(text(leaving
      ? (es ? `✔ Salida registrada: ${names(recorded)}.` : `✔ Departure recorded: ${names(recorded)}.`)
      : (es ? `✔ Regreso registrado: ${names(recorded)}.` : `✔ Return recorded: ${names(recorded)}.`), { spacing: 'Small' }));
  }
  if (kept.length) {
    body.push(text(leaving
      ? (es ? `Siguen registrados como presentes: ${names(kept)}.` : `Still recorded as present: ${names(kept)}.`)
      : (es ? `Siguen registrados como ausentes: ${names(kept)}.` : `Still recorded as absent: ${names(kept)}.`), { spacing: 'Small' }));
  }
  if (pending.length) {
    body.push(text(es ? 'La Secretaría Técnica certifica la asistencia: registra el cambio o mantén el registro como está.' : 'The technical secretary certifies attendance: record the change or keep the record as it is.', { isSubtle: true, size: 'Small' }));
  }

  const actions: CardElement[] = [];
  if (pending.length && view.phase !== 'closed' && viewer.can.conducts) {
    // the secretary certifies: the two answers look alike, and both fit one row of a phone
    const memberIds = pending.map((m) => m.id);
    const ref = { card: 'presence' as const, notice };
    actions.push(
      button(leaving ? (es ? (pending.length > 1 ? 'Registrar salidas' : 'Registrar salida') : 'Record departure') : (es ? 'Registrar regreso' : 'Record return'), { verb: 'command', ref, command: 'record-presence', memberIds }),
      button(es ? 'No registrar' : leaving ? 'Keep present' : 'Keep absent', { verb: 'command', ref, command: 'dismiss-presence', memberIds }),
    );
  }
  return adaptiveCard(body, actions, viewer.id === null && pending.length ? refreshFor({ card: 'presence', notice }, refreshUserIds) : undefined);
}
