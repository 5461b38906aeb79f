/**
 * The words of the debate, Spanish (Mexico) and English, used alike by the cards, the side panel, the stage and the
 * minutes: rounds, the parts of the floor, motions, and the speaker's clock said in words ("quedan 0:45",
 * "excedido 0:20"), so colour is never the only signal.
 */
import type { FloorPart, MotionKind } from '../domain';
import type { Language } from './words';

type Table<K extends string> = Record<K, Record<Language, string>>;

export const FLOOR_PART_NAMES: Table<FloorPart> = {
  intervention: { es: 'Intervención', en: 'Intervention' },
  question: { es: 'Pregunta (moción al orador)', en: 'Question (motion to the speaker)' },
  answer: { es: 'Respuesta (moción al orador)', en: 'Answer (motion to the speaker)' },
};

export const MOTION_KIND_NAMES: Table<MotionKind> = {
  'to-speaker': { es: 'Moción al orador', en: 'Motion to the speaker' },
  order: { es: 'Moción de orden', en: 'Point of order' },
};

/** What became of a motion: pending, accepted or declined (by the speaker, or by the chair for a point of order). */
export function motionOutcomeWords(accepted: boolean | null, lang: Language): string {
  if (accepted === null) return lang === 'es' ? 'pendiente' : 'pending';
  if (accepted) return lang === 'es' ? 'aceptada' : 'accepted';
  return lang === 'es' ? 'no aceptada' : 'declined';
}

export const roundWords = (round: number, lang: Language): string => (lang === 'es' ? `Ronda ${round}` : `Round ${round}`);

/** m:ss, for a clock. */
export function clockOf(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** A length of time for the record: "3 min 20 s", "45 s", "1 h 2 min". */
export function durationWords(seconds: number, _lang: Language): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = s % 60;
  const parts = [h ? `${h} h` : '', m ? `${m} min` : '', rest || (!h && !m) ? `${rest} s` : ''].filter(Boolean);
  return parts.join(' ');
}

/** The speaker's clock in words: time left, or time beyond the limit. */
export function remainingWords(limitSeconds: number, usedSeconds: number, lang: Language): { text: string; exceeded: boolean } {
  const left = limitSeconds - usedSeconds;
  if (left >= 0) return { text: lang === 'es' ? `quedan ${clockOf(left)}` : `${clockOf(left)} left`, exceeded: false };
  return { text: lang === 'es' ? `excedido ${clockOf(-left)}` : `over by ${clockOf(-left)}`, exceeded: true };
}
