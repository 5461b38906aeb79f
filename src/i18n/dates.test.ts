import { clockTime, sessionDateTime, writtenDate, writtenDateTime } from './dates';

describe('dates and times as people write them', () => {
  it('given the session date and time, then Spanish says the weekday and "horas", English the US way', () => {
    expect(sessionDateTime('2024-06-24', '12:30', 'es')).toBe('lunes 24 de junio de 2024, 12:30 horas');
    expect(sessionDateTime('2024-06-24', '12:30', 'en')).toBe('Monday, June 24, 2024, 12:30');
  });

  it('given a date without a time, or nothing, then it says what there is', () => {
    expect(sessionDateTime('2024-09-01', null, 'es')).toBe('domingo 1 de septiembre de 2024');
    expect(sessionDateTime(null, null, 'es')).toBe('');
    expect(sessionDateTime(null, '17:00', 'en')).toBe('17:00');
  });

  it('given a moment of the record in UTC, then it is told in the body\'s zone (Mexico City is UTC−6)', () => {
    expect(clockTime('2024-06-24T19:45:00.000Z', 'America/Mexico_City', 'es')).toBe('13:45 h');
    expect(clockTime('2024-06-24T19:45:00.000Z', 'America/Mexico_City', 'en')).toBe('13:45');
    expect(writtenDateTime('2024-06-24T18:31:00.000Z', 'America/Mexico_City', 'es')).toBe('lunes 24 de junio de 2024, 12:31 horas');
  });

  it('given a moment after midnight UTC, then the day is the body\'s day, not UTC\'s', () => {
    expect(writtenDateTime('2024-06-25T02:00:00.000Z', 'America/Mexico_City', 'en')).toBe('Monday, June 24, 2024, 20:00');
  });

  it('given another zone, then it is used', () => {
    expect(clockTime('2024-06-24T19:45:00.000Z', 'America/Tijuana', 'es')).toBe('12:45 h');
  });

  it('given a due date, then it is written out; anything else is left as given', () => {
    expect(writtenDate('2024-07-15', 'es')).toBe('15 de julio de 2024');
    expect(writtenDate('2024-07-15', 'en')).toBe('July 15, 2024');
    expect(writtenDate('2024-02-30', 'es')).toBe('2024-02-30');
    expect(clockTime(null, 'America/Mexico_City', 'es')).toBe('—');
  });
});
