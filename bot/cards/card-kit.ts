/**
 * The few Adaptive Card 1.5 pieces the bot's cards are made of. Plain JSON: what Teams receives.
 */
import { type CardAction, type CardRef, toWire } from '../card-action';
export type CardElement = Record<string, unknown>;

export interface AdaptiveCardJson {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  body: CardElement[];
  actions?: CardElement[];
  refresh?: { action: CardElement; userIds: string[] };
  msteams?: { width: 'Full' };
}


/** Teams shows at most this many actions in a row; more go into a second row in the body. */
const MAX_ACTIONS = 5;

export function adaptiveCard(body: CardElement[], actions: CardElement[] = [], refresh?: AdaptiveCardJson['refresh']): AdaptiveCardJson {
  const rows = actions.length > MAX_ACTIONS ? [...body, actionSet(actions.slice(MAX_ACTIONS))] : body;
  const first = actions.slice(0, MAX_ACTIONS);
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: rows,
    ...(first.length ? { actions: first } : {}),
    ...(refresh ? { refresh } : {}),
    msteams: { width: 'Full' },
  };
}

export const text = (value: string, options: Record<string, unknown> = {}): CardElement => ({ type: 'TextBlock', text: value, wrap: true, ...options });

export const heading = (value: string): CardElement => text(value, { size: 'Medium', weight: 'Bolder', style: 'heading' });

export const facts = (pairs: [string, string][]): CardElement => ({ type: 'FactSet', facts: pairs.map(([title, value]) => ({ title, value })) });

export const container = (items: CardElement[], options: Record<string, unknown> = {}): CardElement => ({ type: 'Container', items, ...options });

/** A Universal Action button that asks for `action`. The actor is never in its data: it is who clicks. */
export function button(title: string, action: CardAction, style?: 'positive' | 'destructive'): CardElement {
  const { verb, data } = toWire(action);
  return { type: 'Action.Execute', title, verb, data, ...(style ? { style } : {}) };
}

export const actionSet = (actions: CardElement[]): CardElement => ({ type: 'ActionSet', actions });

/** Teams shows each user in `userIds` their own view of the card (at most 60), by asking to refresh it. */
export function refreshFor(ref: CardRef, userIds: string[]): AdaptiveCardJson['refresh'] | undefined {
  const ids = [...new Set(userIds)].slice(0, 60);
  if (!ids.length) return undefined;
  const { verb, data } = toWire({ verb: 'refresh', ref });
  return { action: { type: 'Action.Execute', title: 'refresh', verb, data }, userIds: ids };
}

export const shorten = (value: string, max: number): string => (value.length > max ? `${value.slice(0, max - 1).trimEnd()}…` : value);
