import type { FloorView } from '../../src/app/session-view';
import { announcementOf, floorClock, milestoneOf } from './floor-clock';

const START = Date.parse('2024-06-24T18:40:00.000Z');
const floor = (over: Partial<FloorView> = {}): FloorView => ({
  member: { id: 'aad-luis', name: 'Luis Consejero' }, part: 'intervention', motionId: null, round: 2, startedAt: new Date(START).toISOString(),
  limitSeconds: 300, pausedSeconds: 0, pausedSince: null, runsOutAt: null, timeRanOutAt: null, ...over,
});

/** What a screen reader hears when the page ticks once a second from `from` to `to` seconds after the start. */
function heard(f: FloorView, from: number, to: number, lang: 'es' | 'en' = 'es'): { at: number; said: string }[] {
  const said: { at: number; said: string }[] = [];
  let previous: string | null = null;
  for (let s = from; s <= to; s++) {
    const clock = floorClock(f, START + s * 1000, lang);
    const words = announcementOf(f, clock, previous, lang);
    previous = milestoneOf(f, clock);
    if (words) said.push({ at: s, said: words });
  }
  return said;
}

describe('the speaker\'s countdown, computed in the browser', () => {
  it('given 5 minutes and 4:15 used, then "quedan 0:45" in the last minute; at 5:20, "excedido 0:20"', () => {
    expect(floorClock(floor(), START + 255_000, 'es')).toMatchObject({ leftSeconds: 45, state: 'last-minute', words: 'quedan 0:45', paused: false, limit: '5:00' });
    expect(floorClock(floor(), START + 320_000, 'en')).toMatchObject({ leftSeconds: -20, state: 'exceeded', words: 'over by 0:20' });
    expect(floorClock(floor(), START + 300_000, 'es')).toMatchObject({ state: 'up', words: 'quedan 0:00' });
  });

  it('given a motion stopped the clock 30 s after the start a minute ago, then the time stands at 4:30 left, paused in words', () => {
    const paused = floor({ pausedSince: new Date(START + 30_000).toISOString() });
    expect(floorClock(paused, START + 90_000, 'es')).toMatchObject({ leftSeconds: 270, words: 'quedan 4:30', paused: true, pausedWords: 'en pausa (moción)' });
    expect(floorClock(paused, START + 90_000, 'en').pausedWords).toBe('paused (motion)');
  });

  it('given time stopped earlier by motions, then it does not count', () => {
    expect(floorClock(floor({ pausedSeconds: 100 }), START + 200_000, 'es').words).toBe('quedan 3:20');
  });
});

describe('what a screen reader is told (not every second)', () => {
  it('given the page ticks every second for 7 minutes, then it hears the floor given, the last minute, the time up and each minute over', () => {
    expect(heard(floor(), 0, 420)).toEqual([
      { at: 0, said: 'Tiene la palabra: Luis Consejero. Quedan 5:00.' },
      { at: 240, said: 'Luis Consejero: quedan 1:00.' },
      { at: 300, said: 'Luis Consejero: se acabó el tiempo.' },
      { at: 360, said: 'Luis Consejero: excedido 1:00.' },
      { at: 420, said: 'Luis Consejero: excedido 2:00.' },
    ]);
  });

  it('given the page missed the exact second the time ran out, then "time is up" is still said once', () => {
    const said: string[] = [];
    let previous: string | null = null;
    for (const s of [250, 299, 302, 303]) {
      const clock = floorClock(floor(), START + s * 1000, 'en');
      const words = announcementOf(floor(), clock, previous, 'en');
      previous = milestoneOf(floor(), clock);
      if (words) said.push(words);
    }
    expect(said).toEqual(['Has the floor: Luis Consejero. 0:50 left.', 'Luis Consejero: time is up.']);
  });

  it('given a motion pauses the clock, then the pause is said once; given the floor passes to the question, then who asks is said', () => {
    const running = floorClock(floor(), START + 60_000, 'es');
    const before = milestoneOf(floor(), running);
    const paused = floor({ pausedSince: new Date(START + 60_000).toISOString() });
    const pausedClock = floorClock(paused, START + 61_000, 'es');
    expect(announcementOf(paused, pausedClock, before, 'es')).toBe('Luis Consejero: en pausa (moción).');
    expect(announcementOf(paused, floorClock(paused, START + 90_000, 'es'), milestoneOf(paused, pausedClock), 'es')).toBeNull();
    const question = floor({ member: { id: 'aad-sofia', name: 'Sofía Consejera' }, part: 'question', motionId: 'm1', startedAt: new Date(START + 70_000).toISOString(), limitSeconds: 60 });
    expect(announcementOf(question, floorClock(question, START + 70_000, 'es'), milestoneOf(paused, pausedClock), 'es')).toBe('Tiene la palabra: Sofía Consejera. Quedan 1:00.');
  });
});
