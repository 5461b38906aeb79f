/**
 * The order of the day card: posted when the session starts, updated in place as items progress. Each item shows
 * a status mark and word (never colour alone), the current item stands out, voted items show their result.
 */
import type { ItemView, SessionView } from '../../src/app/session-view';
import type { Language } from '../i18n/language';
import { OUTCOME_NAMES, PHASE_NAMES, STATUS_MARKS, STATUS_NAMES } from '../i18n/words';
import { type AdaptiveCardJson, adaptiveCard, type CardElement, container, execute, facts, heading, refreshFor, shorten, text } from './card-kit';
import { sessionControls } from './session-controls';
import { conducts, type Viewer } from './viewer';

const TITLE_MAX = 160;

function itemLine(item: ItemView, depth: number, lang: Language): CardElement {
  const status = STATUS_NAMES[item.status][lang];
  const result = item.vote?.status === 'closed' && item.vote.tally
    ? ` (${item.vote.tally.inFavour}-${item.vote.tally.against}-${item.vote.tally.abstain})`
    : '';
  const label = item.vote?.outcome ? OUTCOME_NAMES[item.vote.outcome][lang] + result : status;
  const current = item.current ? (lang === 'es' ? ' ◀ en curso' : ' ◀ current') : '';
  return text(`${STATUS_MARKS[item.status]} **${item.number}.** ${shorten(item.title, TITLE_MAX)} — _${label}_${current}`, {
    spacing: depth > 0 ? 'None' : 'Small',
    ...(depth > 0 ? { size: 'Small' } : {}),
    ...(item.current ? { color: 'Accent', weight: 'Bolder' } : {}),
  });
}

function itemLines(items: ItemView[], depth: number, lang: Language): CardElement[] {
  return items.flatMap((item) => [itemLine(item, depth, lang), ...(item.items.length ? [container(itemLines(item.items, depth + 1, lang), { spacing: 'None', style: 'default', bleed: false })] : [])]);
}

export function headerFacts(view: SessionView, lang: Language): CardElement {
  const es = lang === 'es';
  const q = view.quorum;
  return facts([
    [es ? 'Estado' : 'State', PHASE_NAMES[view.phase][lang]],
    ...(view.date ? [[es ? 'Fecha' : 'Date', [view.date, view.time].filter(Boolean).join(' ')] as [string, string]] : []),
    [es ? 'Quórum' : 'Quorum', `${q.present}/${q.total} (${es ? 'se requieren' : 'required'} ${q.required}) ${q.reached ? '✔' : '✘'}`],
  ]);
}

export function agendaCard(view: SessionView, viewer: Viewer, lang: Language, refreshUserIds: string[] = []): AdaptiveCardJson {
  const es = lang === 'es';
  const body: CardElement[] = [
    text(view.body, { size: 'Small', isSubtle: true, spacing: 'None' }),
    heading(`${es ? 'Orden del día' : 'Order of the day'} · ${view.title}`),
    headerFacts(view, lang),
    container(itemLines(view.agenda, 0, lang), { spacing: 'Medium' }),
  ];
  if (view.agreements.length) {
    body.push(text(es ? `Acuerdos registrados: ${view.agreements.length}` : `Agreements recorded: ${view.agreements.length}`, { size: 'Small', isSubtle: true }));
  }
  const actions = conducts(view, viewer)
    ? sessionControls(view, 'agenda', lang)
    : [execute(es ? 'Actualizar' : 'Refresh', 'refresh', 'agenda')];
  return adaptiveCard(body, actions, viewer.id === null ? refreshFor('agenda', refreshUserIds) : undefined);
}
