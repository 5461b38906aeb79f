/**
 * The order of the day card: posted when the session starts, updated in place as items progress. Each item shows
 * a status mark and word (never colour alone), the current item stands out, voted items show their result.
 */
import type { ItemView, SessionView } from '../../src/app/session-view';
import { sessionDateTime } from '../../src/i18n/dates';
import { resultWords } from '../../src/i18n/vote-result';
import type { Language } from '../i18n/language';
import { PHASE_NAMES, STATUS_MARKS, STATUS_NAMES } from '../../src/i18n/words';
import { type AdaptiveCardJson, adaptiveCard, type CardElement, container, button, facts, heading, refreshFor, shorten, text } from './card-kit';
import { sessionControls } from './session-controls';
import type { Viewer } from './viewer';

const TITLE_MAX = 160;

function itemLine(view: SessionView, item: ItemView, depth: number, lang: Language): CardElement {
  const status = STATUS_NAMES[item.status][lang];
  const result = item.vote?.status === 'closed' && item.vote.tally
    ? ` (${item.vote.tally.inFavour}-${item.vote.tally.against}-${item.vote.tally.abstain})`
    : '';
  const label = item.vote?.outcome ? resultWords({ ...item.vote, outcome: item.vote.outcome }, view.rules.majority, lang) + result : status;
  const current = item.current ? (lang === 'es' ? ' ◀ en curso' : ' ◀ current') : '';
  return text(`${STATUS_MARKS[item.status]} **${item.number}.** ${shorten(item.title, TITLE_MAX)} — _${label}_${current}`, {
    spacing: depth > 0 ? 'None' : 'Small',
    ...(depth > 0 ? { size: 'Small' } : {}),
    ...(item.current ? { color: 'Accent', weight: 'Bolder' } : {}),
  });
}

function itemLines(view: SessionView, items: ItemView[], depth: number, lang: Language): CardElement[] {
  return items.flatMap((item) => [itemLine(view, item, depth, lang), ...(item.items.length ? [container(itemLines(view, item.items, depth + 1, lang), { spacing: 'None', style: 'default', bleed: false })] : [])]);
}

/** Whether the session is under way without quorum (said prominently on every card and the panel). */
export const withoutQuorum = (view: SessionView): boolean => (view.phase === 'in-session' || view.phase === 'recess') && !view.quorum.reached;

export function headerFacts(view: SessionView, lang: Language): CardElement {
  const es = lang === 'es';
  const q = view.quorum;
  return facts([
    [es ? 'Estado' : 'State', PHASE_NAMES[view.phase][lang]],
    ...(view.date ? [[es ? 'Fecha' : 'Date', sessionDateTime(view.date, view.time, lang)] as [string, string]] : []),
    [es ? 'Quórum' : 'Quorum', `${q.present}/${q.total} (${es ? 'se requieren' : 'required'} ${q.required}) ${q.reached ? '✔' : '✘'}${withoutQuorum(view) ? (es ? ' SIN QUÓRUM' : ' NO QUORUM') : ''}`],
  ]);
}

export function agendaCard(view: SessionView, viewer: Viewer, lang: Language, refreshUserIds: string[] = []): AdaptiveCardJson {
  const es = lang === 'es';
  const body: CardElement[] = [
    text(view.body, { size: 'Small', isSubtle: true, spacing: 'None' }),
    heading(`${es ? 'Orden del día' : 'Order of the day'} · ${view.title}`),
    headerFacts(view, lang),
    ...(withoutQuorum(view) ? [text(es ? '⚠ Sin quórum: no se puede votar.' : '⚠ No quorum: no vote can open.', { weight: 'Bolder', color: 'Attention' })] : []),
    ...(view.agendaApproved ? [] : view.phase === 'in-session' ? [text(es ? 'El orden del día aún no se aprueba.' : 'The order of the day is not approved yet.', { isSubtle: true, size: 'Small' })] : []),
    container(itemLines(view, view.agenda, 0, lang), { spacing: 'Medium' }),
  ];
  if (view.agreements.length) {
    body.push(text(es ? `Acuerdos registrados: ${view.agreements.length}` : `Agreements recorded: ${view.agreements.length}`, { size: 'Small', isSubtle: true }));
  }
  const actions = viewer.can.conducts
    ? sessionControls(view, { card: 'agenda' }, lang)
    : [button(es ? 'Actualizar' : 'Refresh', { verb: 'refresh', ref: { card: 'agenda' } })];
  return adaptiveCard(body, actions, viewer.id === null ? refreshFor({ card: 'agenda' }, refreshUserIds) : undefined);
}
