/**
 * The few Adaptive Card 1.5 pieces the bot's cards are made of. Plain JSON: what Teams receives.
 */
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

/** Which card a button belongs to, so the invoke response can answer with that card refreshed. */
export type CardName = 'agenda' | 'roll-call' | 'item' | 'vote' | 'draft' | 'help' | 'welcome' | 'presence' | 'quorum' | 'quorum-check';

/** Teams shows at most this many actions in a row; more go into a second row in the body. */
const MAX_ACTIONS = 5;

export function adaptiveCard(body: CardElement[], actions: CardElement[] = [], refresh?: AdaptiveCardJson['refresh']): AdaptiveCardJson {
  const rows = actions.length > MAX_ACTIONS ? [...body, { type: 'ActionSet', actions: actions.slice(MAX_ACTIONS) }] : body;
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

/** A Universal Action button. `data.card` says which card to answer with; the actor is never in the data. */
export function execute(title: string, verb: string, card: CardName, data: Record<string, unknown> = {}, style?: 'positive' | 'destructive'): CardElement {
  return { type: 'Action.Execute', title, verb, data: { card, ...data }, ...(style ? { style } : {}) };
}

export const actionSet = (actions: CardElement[]): CardElement => ({ type: 'ActionSet', actions });

/** Teams shows each user in `userIds` their own view of the card (at most 60), by invoking `refresh`. */
export function refreshFor(card: CardName, userIds: string[], data: Record<string, unknown> = {}): AdaptiveCardJson['refresh'] | undefined {
  const ids = [...new Set(userIds)].slice(0, 60);
  return ids.length ? { action: { type: 'Action.Execute', title: 'refresh', verb: 'refresh', data: { card, ...data } }, userIds: ids } : undefined;
}

export const shorten = (value: string, max: number): string => (value.length > max ? `${value.slice(0, max - 1).trimEnd()}…` : value);
