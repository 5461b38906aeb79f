/**
 * A length of time to add to the speaker's, as people type it: minutes by default, decimals allowed ("2", "1.5",
 * "1,5", "2 min"), or seconds with a unit ("90 s", "90 segundos"). The domain decides whether the length is allowed.
 */
export type SpeakingTime = { ok: true; seconds: number } | { ok: false; problem: 'missing' | 'not-a-number' };

const TIME = /^(\d+(?:[.,]\d+)?|[.,]\d+)\s*(s|seg|segs|segundos?|sec|secs|seconds?|m|min|mins|minutos?|minutes?)?\.?$/i;

export function speakingTimeOf(text: string): SpeakingTime {
  const t = text.trim();
  if (!t) return { ok: false, problem: 'missing' };
  const m = TIME.exec(t);
  if (!m) return { ok: false, problem: 'not-a-number' };
  const amount = Number(m[1]!.replace(',', '.'));
  const inSeconds = /^s/i.test(m[2] ?? '');
  const seconds = Math.round(inSeconds ? amount : amount * 60);
  return seconds >= 1 ? { ok: true, seconds } : { ok: false, problem: 'not-a-number' };
}
