/**
 * The roll-call card: who is present, the live quorum, a "Presente" button for members, and for the secretary a
 * way to mark someone present.
 */
import type { MemberView, SessionView } from '../../src/app/session-view';
import { clockTime } from '../../src/i18n/dates';
import type { Language } from '../i18n/language';
import { ROLE_NAMES } from '../../src/i18n/words';
import { type AdaptiveCardJson, adaptiveCard, type CardElement, button, heading, refreshFor, text } from './card-kit';
import { headerFacts } from './agenda-card';
import { sessionControls } from './session-controls';
import type { Viewer } from './viewer';

/** One member's line: present, gone (with the time), or not recorded; whether they count for quorum. */
function memberLine(m: MemberView, view: SessionView, lang: Language): string {
  const es = lang === 'es';
  const gone = !m.present && m.leftAt !== null;
  const mark = m.present ? '✔' : gone ? '⇠' : '○';
  const state = m.present ? '' : gone
    ? (es ? ` (se retiró a las ${clockTime(m.leftAt, view.rules.timeZone, lang)})` : ` (left at ${clockTime(m.leftAt, view.rules.timeZone, lang)})`)
    : (es ? ' (sin registrar)' : ' (not recorded)');
  const quorum = m.countsForQuorum ? '' : es ? ' · no cuenta para el quórum' : ' · does not count for quorum';
  return `${mark} ${m.name} — _${ROLE_NAMES[m.role][lang]}${quorum}_${state}`;
}

export function rollCallCard(view: SessionView, viewer: Viewer, lang: Language, refreshUserIds: string[] = []): AdaptiveCardJson {
  const es = lang === 'es';
  const members = view.members;
  const lines = members.map((m) => text(memberLine(m, view, lang), { spacing: 'None' }));
  const body: CardElement[] = [
    heading(`${es ? 'Pase de lista' : 'Roll call'} · ${view.title}`),
    headerFacts(view, lang),
    ...lines,
  ];
  const open = view.phase !== 'closed' && view.phase !== 'not-started';
  const actions: CardElement[] = [];
  const me = view.members.find((m) => m.id === viewer.id);
  if (open && (viewer.id === null || (me && !me.present))) actions.push(button(es ? 'Presente' : 'Present', { verb: 'present', ref: { card: 'roll-call' } }, 'positive'));
  if (viewer.id !== null && me?.present) body.push(text(es ? 'Tu asistencia está registrada ✔' : 'Your attendance is recorded ✔', { weight: 'Bolder' }));
  if (open && viewer.can.conducts) {
    const absent = members.filter((m) => !m.present);
    if (absent.length) {
      body.push({
        type: 'Input.ChoiceSet', id: 'memberId', label: es ? 'Registrar asistencia de' : 'Record attendance of', style: 'compact',
        choices: absent.map((m) => ({ title: m.name, value: m.id })),
      });
      actions.push(button(es ? 'Marcar presente' : 'Mark present', { verb: 'mark-present', ref: { card: 'roll-call' } }));
    }
    if (view.phase === 'roll-call') actions.push(...sessionControls(view, { card: 'roll-call' }, lang));
  }
  return adaptiveCard(body, actions, viewer.id === null ? refreshFor({ card: 'roll-call' }, refreshUserIds) : undefined);
}
