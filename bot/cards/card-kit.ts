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

/**
 * Buttons never cut their titles on a narrow screen (Teams on a phone, the meeting's side panel): a row holds only
 * the buttons that fit in a 320 px card (less its 16 px padding each side), and the others go to the next row.
 * Teams draws a card's `actions` as one row at its foot, and more rows as ActionSets in its body.
 */
const ROW_WIDTH = 288;
const BUTTON_SPACING = 8;
/** A character's width in 14 px semibold text (measured in a font wider than Teams' Segoe UI: DejaVu Sans). */
function charWidth(c: string): number {
  if ("iljtfr.,:;!|'()[] /".includes(c)) return 4.6;
  if ('mwMW@…'.includes(c)) return 12.5;
  return c !== c.toLowerCase() ? 9.4 : 7.9;
}
/** A button's width: its title, 4 % more to be safe, and 26 px of padding and border. */
const buttonWidth = (action: CardElement): number => 26 + 1.04 * [...String(action.title ?? '')].reduce((w, c) => w + charWidth(c), 0);
/** At most this many actions in one row, those in its overflow menu included (what Adaptive Cards hosts validate). */
const MAX_ACTIONS = 5;
/** The overflow button («…») that holds the actions in `mode: 'secondary'`. */
const OVERFLOW_WIDTH = 40;

/** The buttons in rows that fit the narrowest card, in order; `reserve`: room kept at the end of the last row. */
export function actionRows(actions: CardElement[], reserve = 0): CardElement[][] {
  const rows: CardElement[][] = [];
  let row: CardElement[] = [];
  let width = 0;
  for (const action of actions) {
    const w = buttonWidth(action);
    if (row.length && (width + BUTTON_SPACING + w > ROW_WIDTH || row.length === MAX_ACTIONS)) {
      rows.push(row);
      row = [];
      width = 0;
    }
    width += (row.length ? BUTTON_SPACING : 0) + w;
    row.push(action);
  }
  if (row.length) rows.push(row);
  if (reserve && row.length && width + BUTTON_SPACING + reserve > ROW_WIDTH) rows.push([]);
  return rows;
}

/** Buttons for the body of a card: as many ActionSets as rows. */
export const actionSets = (actions: CardElement[]): CardElement[] => actionRows(actions).map(actionSet);

/**
 * A card: its body, then its buttons in rows that fit (the last one at the card's foot), with the actions marked
 * `secondary` in the overflow menu («…») at the end of the last row.
 */
export function adaptiveCard(body: CardElement[], actions: CardElement[] = [], refresh?: AdaptiveCardJson['refresh']): AdaptiveCardJson {
  const overflow = actions.filter((a) => a.mode === 'secondary');
  const rows = actionRows(actions.filter((a) => a.mode !== 'secondary'), overflow.length ? OVERFLOW_WIDTH : 0);
  // the overflow menu counts among the row's actions: at most five, or the menu is a row of its own
  if ((rows[rows.length - 1]?.length ?? 0) + overflow.length > MAX_ACTIONS) rows.push([]);
  const foot = [...(rows.pop() ?? []), ...overflow];
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [...body, ...rows.map(actionSet)],
    ...(foot.length ? { actions: foot } : {}),
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

/** The same button in the card's overflow menu («…»): for what is seldom done, so the row keeps to what is next. */
export const secondary = (action: CardElement): CardElement => ({ ...action, mode: 'secondary' });

export const actionSet = (actions: CardElement[]): CardElement => ({ type: 'ActionSet', actions });

/** Teams shows each user in `userIds` their own view of the card (at most 60), by asking to refresh it. */
export function refreshFor(ref: CardRef, userIds: string[]): AdaptiveCardJson['refresh'] | undefined {
  const ids = [...new Set(userIds)].slice(0, 60);
  if (!ids.length) return undefined;
  const { verb, data } = toWire({ verb: 'refresh', ref });
  return { action: { type: 'Action.Execute', title: 'refresh', verb, data }, userIds: ids };
}

export const shorten = (value: string, max: number): string => (value.length > max ? `${value.slice(0, max - 1).trimEnd()}…` : value);
