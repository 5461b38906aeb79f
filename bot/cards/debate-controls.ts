/**
 * The debate's buttons on the card of the item under way, for one person. Who may do what is the domain's
 * (`viewer.can`: has voice, may ask for the floor now, conducts); the card only shows each button where it applies
 * to what is happening: the answer to a motion while it waits, the floor's buttons while someone has it.
 *
 * Everyone with voice: ask for the floor, withdraw from the list, end their own turn, a moción al orador, a moción
 * de orden. The speaker: accept or decline a moción al orador. Whoever conducts adds: give the floor to the next
 * speaker or to someone (a choice, with the reason when others wait ahead), end the intervention, extend the time,
 * close the round, answer a moción al orador for the speaker, grant or deny a moción de orden.
 */
import type { ItemView, SessionView } from '../../src/app/session-view';
import type { FloorPart } from '../../src/domain';
import { type CardRef, type DebateAct, DEBATE_INPUT } from '../card-action';
import type { Language } from '../i18n/language';
import { actionSets, button, type CardElement, text } from './card-kit';
import type { Viewer } from './viewer';

type Words = Record<Language, string>;

const LABELS: Record<Exclude<DebateAct, 'end-intervention'>, Words> = {
  'ask-floor': { es: 'Pedir la palabra', en: 'Ask for the floor' },
  'withdraw-floor': { es: 'Retirar mi palabra', en: 'Withdraw my request' },
  'next-speaker': { es: 'Siguiente orador', en: 'Next speaker' },
  'give-floor': { es: 'Dar la palabra', en: 'Give the floor' },
  'close-round': { es: 'Cerrar ronda', en: 'Close round' },
  'extend-time': { es: 'Ampliar', en: 'Extend' },
  'accept-motion': { es: 'Acepto la moción', en: 'I accept the question' },
  'decline-motion': { es: 'No acepto la moción', en: 'I decline the question' },
  'grant-order': { es: 'Procede la moción', en: 'Point of order granted' },
  'deny-order': { es: 'No procede la moción', en: 'Point of order denied' },
  'ask-motion': { es: 'Formular la moción', en: 'Ask the question' },
  'raise-order': { es: 'Plantear la moción de orden', en: 'Raise the point of order' },
};

/** Ending the part of the floor under way: one's own, or someone's as whoever conducts. */
const END_LABELS: Record<FloorPart, { own: Words; theirs: Words }> = {
  intervention: { own: { es: 'Terminar mi intervención', en: 'End my intervention' }, theirs: { es: 'Terminar intervención', en: 'End intervention' } },
  question: { own: { es: 'Terminar mi pregunta', en: 'End my question' }, theirs: { es: 'Terminar pregunta', en: 'End question' } },
  answer: { own: { es: 'Terminar mi respuesta', en: 'End my answer' }, theirs: { es: 'Terminar respuesta', en: 'End answer' } },
};

/** The answer of a moción al orador, when whoever conducts gives it for the speaker. */
const FOR_SPEAKER: Record<'accept-motion' | 'decline-motion', Words> = {
  'accept-motion': { es: 'El orador acepta', en: 'Speaker accepts' },
  'decline-motion': { es: 'El orador no acepta', en: 'Speaker declines' },
};

/** A button with inputs above it, opened from the card (Action.ShowCard). */
function form(title: string, inputs: CardElement[], submit: CardElement): CardElement {
  return { type: 'Action.ShowCard', title, card: { type: 'AdaptiveCard', body: inputs, actions: [submit] } };
}

const input = (type: 'Input.Text' | 'Input.Number', id: string, label: string, extra: Record<string, unknown> = {}): CardElement => ({ type, id, label, ...extra });

/** "Dar la palabra a…": those waiting first, in order, then the others with voice who are present. */
function giveFloorForm(view: SessionView, item: ItemView, ref: CardRef, lang: Language): CardElement {
  const es = lang === 'es';
  const waiting = item.debate?.roundOpen ? item.debate.queue : [];
  const others = view.members.filter((m) => m.can.hasVoice && m.present && !waiting.some((w) => w.id === m.id) && m.id !== item.debate?.floor?.member.id);
  const choices = [
    ...waiting.map((p, i) => ({ title: `${p.name} (${es ? 'en espera' : 'waiting'}, ${i + 1})`, value: p.id })),
    ...others.map((m) => ({ title: m.name, value: m.id })),
  ];
  return form(es ? 'Dar la palabra a…' : 'Give the floor to…', [
    {
      type: 'Input.ChoiceSet', id: DEBATE_INPUT.member, label: es ? 'Persona' : 'Person', style: 'compact', isRequired: true,
      errorMessage: es ? 'Elige a quién das la palabra.' : 'Choose whom to give the floor to.', choices,
      ...(waiting[0] ? { value: waiting[0].id } : {}),
    },
    input('Input.Text', DEBATE_INPUT.reason, es ? 'Motivo, si alguien espera antes (p. ej. alusiones personales)' : 'Reason, if someone waits ahead (e.g. personal allusions)', { maxLength: 500 }),
  ], button(LABELS['give-floor'][lang], { verb: 'debate', ref, act: 'give-floor' }, 'positive'));
}

function extendForm(ref: CardRef, lang: Language): CardElement {
  const es = lang === 'es';
  return form(es ? 'Ampliar tiempo' : 'Extend time', [
    input('Input.Number', DEBATE_INPUT.minutes, es ? 'Minutos (1.5 = 1:30)' : 'Minutes (1.5 = 1:30)', { value: 1, isRequired: true, errorMessage: es ? 'Escribe los minutos.' : 'Write the minutes.' }),
  ], button(LABELS['extend-time'][lang], { verb: 'debate', ref, act: 'extend-time' }));
}

function motionForm(speaker: string, ref: CardRef, lang: Language): CardElement {
  const es = lang === 'es';
  return form(es ? 'Moción al orador…' : 'Question to the speaker…', [
    text(es ? `Una pregunta a ${speaker}, si acepta.` : `A question to ${speaker}, if they accept it.`, { size: 'Small', isSubtle: true }),
    input('Input.Text', DEBATE_INPUT.question, es ? 'Tu pregunta (opcional)' : 'Your question (optional)', { isMultiline: true, maxLength: 500 }),
  ], button(LABELS['ask-motion'][lang], { verb: 'debate', ref, act: 'ask-motion' }));
}

function orderForm(ref: CardRef, lang: Language): CardElement {
  const es = lang === 'es';
  return form(es ? 'Moción de orden…' : 'Point of order…', [
    input('Input.Text', DEBATE_INPUT.order, es ? 'Motivo (opcional)' : 'What it is about (optional)', { isMultiline: true, maxLength: 500 }),
  ], button(LABELS['raise-order'][lang], { verb: 'debate', ref, act: 'raise-order' }));
}

/** The debate's buttons for this person, in rows under the debate that fit a narrow screen (none for the shared view). */
export function debateControlRows(view: SessionView, item: ItemView, viewer: Viewer, lang: Language): CardElement[] {
  return actionSets(debateControls(view, item, viewer, lang));
}

/** The debate's buttons for this person on the card of the item under way (none for the shared view). */
export function debateControls(view: SessionView, item: ItemView, viewer: Viewer, lang: Language): CardElement[] {
  if (!item.current || viewer.id === null || view.phase !== 'in-session') return [];
  const ref: CardRef = { card: 'item', number: item.number };
  const act = (a: DebateAct, title: string, style?: 'positive' | 'destructive') => button(title, { verb: 'debate', ref, act: a }, style);
  const debate = item.debate;
  const floor = debate?.floor ?? null;
  const pending = debate?.pendingMotion ?? null;
  const waiting = pending !== null && pending.accepted === null;
  const conducts = viewer.can.conducts;
  const controls: CardElement[] = [];

  // a motion waiting for its answer comes first: nothing else moves until it is settled
  if (waiting && pending.kind === 'to-speaker') {
    const speaker = pending.speaker?.id === viewer.id;
    if (speaker || conducts) {
      // an answer, like a ballot: both look alike
      for (const a of ['accept-motion', 'decline-motion'] as const) controls.push(act(a, (speaker ? LABELS[a] : FOR_SPEAKER[a])[lang]));
    }
  }
  if (waiting && pending.kind === 'order' && conducts) controls.push(act('grant-order', LABELS['grant-order'][lang]), act('deny-order', LABELS['deny-order'][lang]));

  if (floor && !waiting && (floor.member.id === viewer.id || conducts)) {
    controls.push(act('end-intervention', END_LABELS[floor.part][floor.member.id === viewer.id ? 'own' : 'theirs'][lang], 'positive'));
  }
  if (conducts && !waiting && floor?.part === 'intervention') controls.push(extendForm(ref, lang));
  if (conducts && !floor && !pending) {
    if (debate?.roundOpen && debate.queue.length) controls.push(act('next-speaker', LABELS['next-speaker'][lang], 'positive'));
    controls.push(giveFloorForm(view, item, ref, lang));
    if (debate?.roundOpen) controls.push(act('close-round', LABELS['close-round'][lang]));
  }

  if (viewer.can.mayAskForFloor) controls.push(act('ask-floor', LABELS['ask-floor'][lang], conducts ? undefined : 'positive'));
  if (debate?.roundOpen && debate.queue.some((p) => p.id === viewer.id)) controls.push(act('withdraw-floor', LABELS['withdraw-floor'][lang]));
  if (viewer.can.hasVoice && !pending && floor?.part === 'intervention' && floor.member.id !== viewer.id) controls.push(motionForm(floor.member.name, ref, lang));
  if (viewer.can.hasVoice && !pending && debate) controls.push(orderForm(ref, lang));
  return controls;
}
