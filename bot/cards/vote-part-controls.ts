/**
 * The buttons of votes in parts on the card of the item under way, for one voting member: «Reservar…» (the part of
 * the draft and, optionally, the wording proposed) and «Excusarme…» (optionally, why). Who may do either now is the
 * domain's (`viewer.can.mayReservePart`, `viewer.can.mayExcuseFromItem`: a voting member, present, the item put to a
 * vote and not voted yet).
 */
import type { ItemView, SessionView } from '../../src/app/session-view';
import { type CardRef, VOTE_PART_INPUT } from '../card-action';
import type { Language } from '../i18n/language';
import { actionSets, button, type CardElement, text } from './card-kit';
import type { Viewer } from './viewer';

/** A button with inputs above it, opened from the card (Action.ShowCard). */
const form = (title: string, inputs: CardElement[], submit: CardElement): CardElement =>
  ({ type: 'Action.ShowCard', title, card: { type: 'AdaptiveCard', body: inputs, actions: [submit] } });

function reserveForm(ref: CardRef, lang: Language): CardElement {
  const es = lang === 'es';
  return form(es ? 'Reservar…' : 'Reserve…', [
    text(es
      ? 'La parte reservada se vota en lo particular después de la votación en lo general.'
      : 'The reserved part is voted separately after the vote in general.', { size: 'Small', isSubtle: true }),
    {
      type: 'Input.Text', id: VOTE_PART_INPUT.part, label: es ? 'Parte que reservas (p. ej. punto resolutivo tercero)' : 'Part you reserve (e.g. operative paragraph three)',
      isRequired: true, maxLength: 300, errorMessage: es ? 'Escribe qué parte del proyecto reservas.' : 'Write which part of the draft you reserve.',
    },
    {
      type: 'Input.Text', id: VOTE_PART_INPUT.proposal, label: es ? 'Redacción que propones (opcional)' : 'Wording you propose (optional)',
      isMultiline: true, maxLength: 2000,
    },
  ], button(es ? 'Reservar' : 'Reserve', { verb: 'vote-part', ref, act: 'reserve' }, 'positive'));
}

function excuseForm(ref: CardRef, number: string, lang: Language): CardElement {
  const es = lang === 'es';
  return form(es ? 'Excusarme…' : 'Excuse myself…', [
    text(es
      ? `Si te excusas, no votas en las votaciones del punto ${number}.`
      : `If you excuse yourself, you do not vote in the votes of item ${number}.`, { size: 'Small', isSubtle: true }),
    { type: 'Input.Text', id: VOTE_PART_INPUT.reason, label: es ? 'Motivo (opcional, p. ej. conflicto de interés)' : 'Reason (optional, e.g. conflict of interest)', maxLength: 500 },
  ], button(es ? 'Excusarme' : 'Excuse myself', { verb: 'vote-part', ref, act: 'excuse' }));
}

/** This person's buttons of votes in parts on the card of the item under way, in rows that fit (none for the shared view). */
export function votePartControlRows(view: SessionView, item: ItemView, viewer: Viewer, lang: Language): CardElement[] {
  if (!item.current || viewer.id === null || view.phase !== 'in-session') return [];
  const ref: CardRef = { card: 'item', number: item.number };
  const controls: CardElement[] = [];
  if (viewer.can.mayReservePart) controls.push(reserveForm(ref, lang));
  // a report or general matters are not voted: nothing to be excused from
  if (viewer.can.mayExcuseFromItem && (item.kind === 'vote' || item.kind === 'procedural')) controls.push(excuseForm(ref, item.number, lang));
  return actionSets(controls);
}
