/** What a click gets back at once, for the person who clicked: a card (usually the one clicked, redrawn) or words. */
import type { AdaptiveCardJson } from './cards/card-kit';

export type InvokeAnswer = { card: AdaptiveCardJson } | { message: string };

export const answerCard = (card: AdaptiveCardJson): InvokeAnswer => ({ card });
export const answerMessage = (message: string): InvokeAnswer => ({ message });
