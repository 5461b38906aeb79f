/**
 * The debate on an item's card. For the item under way: the round and its limit, who has the floor and the limit of
 * their time, the list of speakers waiting, the motion pending, and what was said. A card is static, so the floor is
 * told by its times ("inició 12:31 h · límite 10:00 · hasta las 12:41 h"), never as a countdown. For an item done:
 * one line that sums its debate up.
 */
import type { DebateView, FloorView, ItemView, MotionView, SessionView } from '../../src/app/session-view';
import { clockTime } from '../../src/i18n/dates';
import { clockOf, durationWords, FLOOR_PART_NAMES, MOTION_KIND_NAMES, motionOutcomeWords, remainingWords, roundWords } from '../../src/i18n/debate-words';
import type { Language } from '../i18n/language';
import { type CardElement, container, shorten, text } from './card-kit';

/** At most this many past interventions and motions are listed (the latest); the side panel and the minutes have all. */
const HISTORY = 10;
const TEXT_MAX = 200;

function roundLine(debate: DebateView | null, lang: Language): string {
  const es = lang === 'es';
  const round = debate?.round;
  if (!debate || !round) return es ? '**Debate** · Nadie ha pedido la palabra.' : '**Debate** · Nobody has asked for the floor.';
  const total = debate.rounds.length + debate.roundsLeft;
  const state = debate.roundOpen ? '' : es ? ' · cerrada' : ' · closed';
  return `**Debate** · ${roundWords(round.number, lang)} ${es ? 'de' : 'of'} ${total} · ${durationWords(round.limitSeconds, lang)} ${es ? 'por intervención' : 'per intervention'}${state}`;
}

/** "Inició 12:31 h · límite 10:00 (ampliado 1:30) · hasta las 12:41 h", or paused, or the time used up. */
function clockLine(view: SessionView, floor: FloorView, extendedSeconds: number, lang: Language): string {
  const es = lang === 'es';
  const zone = view.rules.timeZone;
  const extended = extendedSeconds > 0 ? (es ? ` (ampliado ${clockOf(extendedSeconds)})` : ` (extended ${clockOf(extendedSeconds)})`) : '';
  const parts = [
    `${es ? 'Inició' : 'Started'} ${clockTime(floor.startedAt, zone, lang)}`,
    `${es ? 'límite' : 'limit'} ${clockOf(floor.limitSeconds)}${extended}`,
  ];
  if (floor.pausedSince) parts.push(es ? `en pausa desde ${clockTime(floor.pausedSince, zone, lang)} (moción)` : `paused since ${clockTime(floor.pausedSince, zone, lang)} (motion)`);
  else if (floor.timeRanOutAt) parts.push(es ? `⚠ tiempo agotado a las ${clockTime(floor.timeRanOutAt, zone, lang)}` : `⚠ time ran out at ${clockTime(floor.timeRanOutAt, zone, lang)}`);
  else if (floor.runsOutAt) parts.push(es ? `hasta las ${clockTime(floor.runsOutAt, zone, lang)}` : `until ${clockTime(floor.runsOutAt, zone, lang)}`);
  return parts.join(' · ');
}

function floorLines(view: SessionView, debate: DebateView, lang: Language): CardElement[] {
  const es = lang === 'es';
  const floor = debate.floor;
  if (!floor) return [text(es ? 'Nadie tiene la palabra.' : 'Nobody has the floor.', { spacing: 'Small' })];
  const speaking = debate.interventions[debate.interventions.length - 1];
  const part = floor.part === 'intervention' ? '' : ` — ${FLOOR_PART_NAMES[floor.part][lang]}`;
  const extended = floor.part === 'intervention' ? speaking?.extendedSeconds ?? 0 : 0;
  const lines = [
    text(`**${es ? 'Tiene la palabra' : 'Has the floor'}:** ${floor.member.name}${part}`, { spacing: 'Small', size: 'Medium', color: floor.timeRanOutAt ? 'Attention' : 'Accent' }),
    text(clockLine(view, floor, extended, lang), { spacing: 'None', size: 'Small' }),
  ];
  if (floor.part === 'intervention' && speaking?.outOfOrder) {
    lines.push(text(`${es ? 'Fuera de orden' : 'Out of order'}: ${shorten(speaking.outOfOrder, TEXT_MAX)}`, { spacing: 'None', size: 'Small', isSubtle: true }));
  }
  return lines;
}

function queueLines(debate: DebateView, lang: Language): CardElement[] {
  const es = lang === 'es';
  if (!debate.roundOpen) {
    const none = debate.roundsLeft === 0 ? (es ? ' Se agotaron las rondas de este punto.' : ' No rounds are left on this item.') : '';
    return [text(`${es ? 'Ronda cerrada.' : 'Round closed.'}${none}`, { spacing: 'Small', isSubtle: true })];
  }
  const waiting = debate.queue.length
    ? debate.queue.map((p, i) => `${i + 1}. ${p.name}`).join(' · ')
    : (es ? 'nadie en espera' : 'nobody waiting');
  return [text(`**${es ? 'Lista de oradores' : 'List of speakers'}:** ${waiting}`, { spacing: 'Small' })];
}

/** "Moción al orador de Sofía Consejera a Luis Consejero: «…»". */
function motionWords(motion: MotionView, lang: Language): string {
  const es = lang === 'es';
  const to = motion.speaker ? ` ${es ? 'a' : 'to'} ${motion.speaker.name}` : '';
  const said = motion.text ? `: ${es ? `«${shorten(motion.text, TEXT_MAX)}»` : `"${shorten(motion.text, TEXT_MAX)}"`}` : '';
  return `${MOTION_KIND_NAMES[motion.kind][lang]} ${es ? 'de' : 'from'} ${motion.by.name}${to}${said}`;
}

function pendingLines(debate: DebateView, lang: Language): CardElement[] {
  const es = lang === 'es';
  const motion = debate.pendingMotion;
  if (!motion) return [];
  const waitsFor = motion.accepted !== null ? motionOutcomeWords(true, lang)
    : motion.kind === 'to-speaker'
      ? (es ? `pendiente: ${motion.speaker?.name ?? 'quien tiene la palabra'} la acepta o no` : `pending: ${motion.speaker?.name ?? 'the speaker'} accepts it or not`)
      : (es ? 'pendiente: quien preside resuelve si procede' : 'pending: the chair decides whether it is granted');
  return [text(`**${motionWords(motion, lang)}** — ${waitsFor}`, { spacing: 'Small', color: motion.accepted === null ? 'Warning' : 'Default' })];
}

function historyLines(debate: DebateView, lang: Language): CardElement[] {
  const es = lang === 'es';
  const lines: CardElement[] = [];
  const ended = debate.interventions.filter((i) => i.endedAt !== null && i.spokeSeconds !== null);
  if (ended.length) {
    const earlier = ended.length > HISTORY ? (es ? ` (y ${ended.length - HISTORY} antes)` : ` (and ${ended.length - HISTORY} before)`) : '';
    const said = ended.slice(-HISTORY).map((i) => {
      const over = remainingWords(i.limitSeconds, i.spokeSeconds!, lang);
      const outOfOrder = i.outOfOrder ? (es ? `, fuera de orden: ${shorten(i.outOfOrder, 80)}` : `, out of order: ${shorten(i.outOfOrder, 80)}`) : '';
      return `R${i.round} ${i.member.name} ${clockOf(i.spokeSeconds!)} ${es ? 'de' : 'of'} ${clockOf(i.limitSeconds)}${over.exceeded ? ` (${over.text})` : ''}${outOfOrder}`;
    });
    lines.push(text(`${es ? 'Intervenciones' : 'Interventions'}${earlier}: ${said.join(' · ')}`, { spacing: 'Small', size: 'Small', isSubtle: true }));
  }
  const decided = debate.motions.filter((m) => m.accepted !== null && m.id !== debate.pendingMotion?.id);
  if (decided.length) {
    const said = decided.slice(-HISTORY).map((m) => `${motionWords(m, lang)} — ${motionOutcomeWords(m.accepted, lang)}`);
    lines.push(text(`${es ? 'Mociones' : 'Motions'}: ${said.join(' · ')}`, { spacing: 'None', size: 'Small', isSubtle: true }));
  }
  return lines;
}

/** One line for the debate of an item that is no longer under way. */
function summaryLine(debate: DebateView, lang: Language): CardElement {
  const es = lang === 'es';
  const rounds = debate.rounds.length;
  const spoken = debate.interventions.length;
  const motions = debate.motions.length;
  const words = es
    ? `Debate: ${rounds} ${rounds === 1 ? 'ronda' : 'rondas'}, ${spoken} ${spoken === 1 ? 'intervención' : 'intervenciones'} (${durationWords(debate.spokenSeconds, lang)})${motions ? `, ${motions} ${motions === 1 ? 'moción' : 'mociones'}` : ''}.`
    : `Debate: ${rounds} ${rounds === 1 ? 'round' : 'rounds'}, ${spoken} ${spoken === 1 ? 'intervention' : 'interventions'} (${durationWords(debate.spokenSeconds, lang)})${motions ? `, ${motions} ${motions === 1 ? 'motion' : 'motions'}` : ''}.`;
  return text(words, { size: 'Small', isSubtle: true });
}

/** The debate part of the item's card (nothing for an item not under way and never debated). */
export function debateSection(view: SessionView, item: ItemView, lang: Language): CardElement[] {
  const debate = item.debate;
  if (!item.current) return debate ? [summaryLine(debate, lang)] : [];
  if (view.phase !== 'in-session' && !debate) return [];
  // between rounds nobody can have the floor: the round's state says it all
  const floor = debate && (debate.roundOpen || debate.floor) ? floorLines(view, debate, lang) : [];
  const live = debate ? [...floor, ...pendingLines(debate, lang), ...queueLines(debate, lang), ...historyLines(debate, lang)] : [];
  return [container([text(roundLine(debate, lang)), ...live], { spacing: 'Medium', separator: true })];
}
