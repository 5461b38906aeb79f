import { floorGivenTitle, floorTimeNoticeKey, timeRanOutWords } from './floor-notices';
import { cardOfKey } from '../card-keys';

describe('the words of the notices around the floor', () => {
  it('given the floor given in round 2 with five minutes, then the speaker\'s notification says so in Spanish and in English', () => {
    expect(floorGivenTitle('3.a', 2, 300, 'es')).toBe('Tiene la palabra: punto 3.a (ronda 2, hasta 5:00 min)');
    expect(floorGivenTitle('3.a', 2, 300, 'en')).toBe('You have the floor: item 3.a (round 2, up to 5:00 min)');
  });

  it('given an intervention extended to 12 minutes, then the time run out names the speaker, the round and the whole time', () => {
    expect(timeRanOutWords('Luis Consejero', 'intervention', 1, 720, 'es')).toBe('⏱ Se agotó el tiempo de Luis Consejero (ronda 1, 12:00)');
    expect(timeRanOutWords('Luis Consejero', 'intervention', 1, 720, 'en')).toBe('⏱ Luis Consejero\'s time is up (round 1, 12:00)');
  });

  it('given the question or the answer of a moción al orador, then it says which', () => {
    expect(timeRanOutWords('Sofía Consejera', 'question', 1, 60, 'es')).toBe('⏱ Se agotó el tiempo de la pregunta de Sofía Consejera (moción al orador, 1:00)');
    expect(timeRanOutWords('Luis Consejero', 'answer', 1, 60, 'es')).toBe('⏱ Se agotó el tiempo de la respuesta de Luis Consejero (moción al orador, 1:00)');
    expect(timeRanOutWords('Sofía Consejera', 'question', 1, 60, 'en')).toBe('⏱ The time of Sofía Consejera\'s question is up (motion to the speaker, 1:00)');
    expect(timeRanOutWords('Luis Consejero', 'answer', 1, 60, 'en')).toBe('⏱ The time of Luis Consejero\'s answer is up (motion to the speaker, 1:00)');
  });

  it('given the key of a time-run-out notice, then card repair does not take it for a card to draw again', () => {
    expect(cardOfKey('s-1', floorTimeNoticeKey('s-1', '2024-06-24T18:41:00.000Z'))).toBeNull();
  });
});
