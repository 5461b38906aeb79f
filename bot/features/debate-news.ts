/**
 * What a typed debate command recorded, said back in the chat in one or two sentences: who is on the list and in
 * which place, who has the floor and the limit of their time, a motion and who answers it. (A click gets the card
 * itself back; the item's card shows the same for everyone.)
 */
import type { DebateView, SessionView } from '../../src/app/session-view';
import type { SessionEvent } from '../../src/domain';
import { clockOf, durationWords, remainingWords } from '../../src/i18n/debate-words';
import { andList } from '../../src/i18n/words';
import { findView } from '../cards/session-controls';
import type { Language } from '../i18n/language';

const quoted = (text: string | null, lang: Language): string => (text ? (lang === 'es' ? `: «${text}»` : `: "${text}"`) : '');

function sentence(event: SessionEvent, view: SessionView, debate: DebateView | null, lang: Language): string | null {
  const es = lang === 'es';
  const name = (id: string) => view.members.find((m) => m.id === id)?.name ?? id;
  const motion = (id: string) => debate?.motions.find((m) => m.id === id) ?? null;
  switch (event.type) {
    case 'RoundOpened': {
      const { round, limitSeconds } = event.data;
      return es ? `Se abre la ronda ${round} (${durationWords(limitSeconds, lang)} por intervención).` : `Round ${round} opens (${durationWords(limitSeconds, lang)} per intervention).`;
    }
    case 'FloorRequested': {
      const { memberId, round } = event.data;
      const place = (debate?.queue.findIndex((p) => p.id === memberId) ?? -1) + 1;
      const at = place > 0 ? (es ? `, lugar ${place}` : `, number ${place}`) : '';
      return es ? `${name(memberId)} queda en la lista de oradores (ronda ${round}${at}).` : `${name(memberId)} is on the list of speakers (round ${round}${at}).`;
    }
    case 'FloorRequestWithdrawn':
      return es ? `${name(event.data.memberId)} sale de la lista de oradores.` : `${name(event.data.memberId)} is off the list of speakers.`;
    case 'FloorGiven': {
      const { memberId, round, limitSeconds, outOfOrder } = event.data;
      const why = outOfOrder ? (es ? ` Fuera de orden: ${outOfOrder}.` : ` Out of order: ${outOfOrder}.`) : '';
      return es ? `Tiene la palabra ${name(memberId)}: ronda ${round}, límite ${clockOf(limitSeconds)}.${why}` : `${name(memberId)} has the floor: round ${round}, limit ${clockOf(limitSeconds)}.${why}`;
    }
    case 'SpeakingTimeExtended': {
      const { memberId, seconds } = event.data;
      const limit = debate?.floor?.member.id === memberId && debate.floor.part === 'intervention' ? debate.floor.limitSeconds : null;
      const now = limit === null ? '' : es ? `; su límite es ahora ${clockOf(limit)}` : `; the limit is now ${clockOf(limit)}`;
      return es ? `Se amplía el tiempo de ${name(memberId)} en ${clockOf(seconds)}${now}.` : `${name(memberId)}'s time is extended by ${clockOf(seconds)}${now}.`;
    }
    case 'InterventionEnded': {
      const { memberId, spokeSeconds, limitSeconds } = event.data;
      const over = remainingWords(limitSeconds, spokeSeconds, lang);
      const beyond = over.exceeded ? ` (${over.text})` : '';
      return es
        ? `Terminó la intervención de ${name(memberId)}: ${clockOf(spokeSeconds)} de ${clockOf(limitSeconds)}${beyond}.`
        : `${name(memberId)}'s intervention ended: ${clockOf(spokeSeconds)} of ${clockOf(limitSeconds)}${beyond}.`;
    }
    case 'RoundClosed': {
      const { round, dropped } = event.data;
      const left = dropped.length ? (es ? ` Quedaron en espera sin hablar: ${andList(dropped.map(name), lang)}.` : ` Still waiting when it closed: ${andList(dropped.map(name), lang)}.`) : '';
      return (es ? `Se cierra la ronda ${round}.` : `Round ${round} is closed.`) + left;
    }
    case 'MotionToSpeakerAsked': {
      const { by, speaker, text } = event.data;
      return es
        ? `${name(by)} formula una moción al orador a ${name(speaker)}${quoted(text, lang)}. ${name(speaker)}, ¿la aceptas? Responde con los botones de la tarjeta del punto, o «acepto la moción» / «no acepto la moción».`
        : `${name(by)} asks ${name(speaker)} a question${quoted(text, lang)}. ${name(speaker)}, do you accept it? Answer with the item card's buttons, or "I accept the question" / "I decline the question".`;
    }
    case 'MotionToSpeakerAnswered': {
      const m = motion(event.data.motionId);
      const speaker = m?.speaker?.name ?? '';
      if (!event.data.accepted) return es ? `${speaker} no acepta la moción y continúa su intervención.` : `${speaker} declines the question and goes on.`;
      return es
        ? `${speaker} acepta la moción: pregunta ${m?.by.name ?? ''} (${clockOf(event.data.limitSeconds)}).`
        : `${speaker} accepts the question: ${m?.by.name ?? ''} asks it (${clockOf(event.data.limitSeconds)}).`;
    }
    case 'MotionQuestionEnded': {
      const speaker = motion(event.data.motionId)?.speaker?.name ?? '';
      return es ? `Responde ${speaker} (${clockOf(event.data.limitSeconds)}).` : `${speaker} answers (${clockOf(event.data.limitSeconds)}).`;
    }
    case 'MotionAnswerEnded': {
      const speaker = motion(event.data.motionId)?.speaker?.name ?? '';
      return es ? `${speaker} continúa su intervención.` : `${speaker} goes on with the intervention.`;
    }
    case 'PointOfOrderRaised':
      return es
        ? `${name(event.data.by)} plantea una moción de orden${quoted(event.data.text, lang)}. Quien preside resuelve: «procede la moción» o «no procede la moción».`
        : `${name(event.data.by)} raises a point of order${quoted(event.data.text, lang)}. The chair decides: "point of order granted" or "point of order denied".`;
    case 'PointOfOrderDecided': {
      const by = motion(event.data.motionId)?.by.name ?? '';
      if (es) return event.data.accepted ? `Procede la moción de orden de ${by}.` : `No procede la moción de orden de ${by}.`;
      return event.data.accepted ? `${by}'s point of order is granted.` : `${by}'s point of order is denied.`;
    }
    default:
      return null;
  }
}

/** The sentences for the debate events among these, in order ('' when none is of the debate). */
export function debateNews(events: readonly SessionEvent[], view: SessionView, lang: Language): string {
  return events.flatMap((event) => {
    const item = 'number' in event.data && typeof event.data.number === 'string' ? findView(view, event.data.number) : null;
    const said = sentence(event, view, item?.debate ?? null, lang);
    return said ? [said] : [];
  }).join(' ');
}
