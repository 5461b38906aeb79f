/**
 * Quorum during the session: the card that says it was lost (no vote can open; those who conduct are offered a
 * recess or a quorum check) or restored (offered to resume, in recess), and the card of a quorum check
 * (verificación de quórum) in which each member confirms presence.
 */
import type { SessionView } from '../../src/app/session-view';
import { quorumReached } from '../../src/domain';
import { clockTime } from '../../src/i18n/dates';
import type { Language } from '../i18n/language';
import { andList, quorumLine, ROLE_NAMES } from '../../src/i18n/words';
import { type AdaptiveCardJson, adaptiveCard, type CardElement, button, heading, refreshFor, text } from './card-kit';
import type { Viewer } from './viewer';

/** The card for the quorum moment at this position of the record (a loss or a recovery). */
export function quorumCard(view: SessionView, index: number, viewer: Viewer, lang: Language, refreshUserIds: string[] = []): AdaptiveCardJson | null {
  const moment = view.quorumRecord[index];
  if (!moment || (moment.when !== 'lost' && moment.when !== 'restored')) return null;
  const es = lang === 'es';
  const at = clockTime(moment.at, view.rules.timeZone, lang);
  const lost = moment.when === 'lost';
  // only the latest loss or recovery offers what to do next
  const latest = index === view.quorumRecord.reduce((last, q, i) => (q.when === 'lost' || q.when === 'restored' ? i : last), -1);
  const body: CardElement[] = [
    text(view.title, { size: 'Small', isSubtle: true, spacing: 'None' }),
    heading(lost ? (es ? '⚠ Sin quórum' : '⚠ No quorum') : (es ? '✔ Quórum recuperado' : '✔ Quorum restored')),
    text(lost
      ? (es ? `A las ${at} se perdió el quórum. ${quorumLine(moment, lang)}.` : `Quorum was lost at ${at}. ${quorumLine(moment, lang)}.`)
      : (es ? `A las ${at} se recuperó el quórum. ${quorumLine(moment, lang)}.` : `Quorum was restored at ${at}. ${quorumLine(moment, lang)}.`), { weight: 'Bolder', color: lost ? 'Attention' : 'Good' }),
  ];
  if (lost) body.push(text(es ? 'No se puede abrir ninguna votación hasta recuperarlo. Una votación ya abierta sigue abierta.' : 'No vote can open until it is restored. A vote already open stays open.', { spacing: 'Small' }));
  const actions: CardElement[] = [];
  if (latest && viewer.can.conducts) {
    const ref = { card: 'quorum' as const, index };
    if (lost && view.phase === 'in-session' && !view.openVote) actions.push(button(es ? 'Decretar receso' : 'Call a recess', { verb: 'command', ref, command: 'recess' }, 'positive'));
    if (lost && (view.phase === 'in-session' || view.phase === 'recess') && !view.quorumCheck && !view.openVote) actions.push(button(es ? 'Verificar quórum' : 'Check quorum', { verb: 'command', ref, command: 'quorum-check' }));
    if (!lost && view.phase === 'recess') actions.push(button(es ? 'Reanudar' : 'Resume', { verb: 'command', ref, command: 'resume' }, 'positive'));
  }
  return adaptiveCard(body, actions, viewer.id === null ? refreshFor({ card: 'quorum', index }, refreshUserIds) : undefined);
}

/** A quorum check: who has confirmed; members confirm with the button; those who conduct close it. */
export function quorumCheckCard(view: SessionView, checkId: string, viewer: Viewer, lang: Language, refreshUserIds: string[] = []): AdaptiveCardJson | null {
  const check = view.quorumChecks.find((c) => c.id === checkId);
  if (!check) return null;
  const es = lang === 'es';
  const zone = view.rules.timeZone;
  const open = check.closedAt === null;
  const confirmed = new Set(check.confirmed.map((c) => c.id));
  const body: CardElement[] = [
    text(view.title, { size: 'Small', isSubtle: true, spacing: 'None' }),
    heading(`${es ? 'Verificación de quórum' : 'Quorum check'} · ${clockTime(check.startedAt, zone, lang)}`),
  ];
  if (open) {
    body.push(text(es
      ? 'Confirma tu presencia con el botón «Presente». Quien no confirme cuando se cierre la verificación quedará registrado como ausente.'
      : 'Confirm your presence with the "Present" button. Whoever has not confirmed when the check closes is recorded absent.', { spacing: 'Small' }));
    body.push(...view.members.map((m) => text(`${confirmed.has(m.id) ? '✔' : '○'} ${m.name} — _${ROLE_NAMES[m.role][lang]}_${confirmed.has(m.id) ? '' : es ? ' (sin confirmar)' : ' (not confirmed)'}`, { spacing: 'None' })));
  } else {
    const q = check.quorum!;
    const reached = quorumReached(q);
    body.push(text(`${es ? 'Cerrada a las' : 'Closed at'} ${clockTime(check.closedAt, zone, lang)}. ${quorumLine(q, lang)} ${reached ? '✔' : es ? '✘ Sin quórum' : '✘ No quorum'}.`, { weight: 'Bolder', color: reached ? 'Good' : 'Attention' }));
    body.push(text(`${es ? 'Confirmaron' : 'Confirmed'}: ${andList(check.confirmed.map((c) => c.name), lang) || (es ? 'nadie' : 'nobody')}.`, { spacing: 'Small' }));
    if (check.absent.length) body.push(text(`${es ? 'Registrados como ausentes' : 'Recorded absent'}: ${andList(check.absent.map((a) => a.name), lang)}.`, { spacing: 'Small' }));
  }
  const actions: CardElement[] = [];
  const me = viewer.id ? view.members.find((m) => m.id === viewer.id) : undefined;
  const ref = { card: 'quorum-check' as const, checkId };
  if (open && (viewer.id === null || (me && !confirmed.has(me.id)))) actions.push(button(es ? 'Presente' : 'Present', { verb: 'present', ref }, 'positive'));
  if (open && me && confirmed.has(me.id)) body.push(text(es ? 'Tu presencia está confirmada ✔' : 'Your presence is confirmed ✔', { weight: 'Bolder' }));
  if (open && viewer.can.conducts) actions.push(button(es ? 'Cerrar verificación' : 'Close quorum check', { verb: 'command', ref, command: 'close-quorum-check' }));
  return adaptiveCard(body, actions, viewer.id === null ? refreshFor(ref, refreshUserIds) : undefined);
}
