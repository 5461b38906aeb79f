/** A card as the message activity Teams shows in the chat. */
import type { Activity, Attachment } from 'botbuilder';
import type { AdaptiveCardJson } from './card-kit';

export const cardAttachment = (card: AdaptiveCardJson): Attachment => ({ contentType: 'application/vnd.microsoft.card.adaptive', content: card });
export const cardActivity = (card: AdaptiveCardJson): Partial<Activity> => ({ type: 'message', attachments: [cardAttachment(card)] });
