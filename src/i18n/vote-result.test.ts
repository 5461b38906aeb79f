import { resultWords, subjectWords } from './vote-result';

describe('how a result is said', () => {
  it.each([
    [{ outcome: 'approved-unanimously', basis: 'count', required: null }, 'simple', 'Aprobado por unanimidad', 'Approved unanimously'],
    [{ outcome: 'approved-by-majority', basis: 'count', required: null }, 'simple', 'Aprobado por mayoría', 'Approved by majority'],
    [{ outcome: 'approved-by-majority', basis: 'casting-vote', required: null }, 'simple', 'Aprobado por el voto de calidad de la Presidencia (empate)', "Approved by the chair's casting vote (tie)"],
    [{ outcome: 'not-approved', basis: 'casting-vote', required: null }, 'simple', 'No aprobado por el voto de calidad de la Presidencia (empate)', "Not approved by the chair's casting vote (tie)"],
    [{ outcome: 'not-approved', basis: 'tie', required: null }, 'simple', 'No aprobado por empate', 'Not approved: tied'],
    [{ outcome: 'not-approved', basis: 'required-majority', required: 3 }, 'absolute', 'No aprobado: no alcanzó la mayoría absoluta (se requerían 3 votos a favor)', 'Not approved: the absolute majority was not reached (3 votes in favour were required)'],
    [{ outcome: 'not-approved', basis: 'required-majority', required: 3 }, 'two-thirds', 'No aprobado: no alcanzó la mayoría de dos terceras partes (se requerían 3 votos a favor)', 'Not approved: the two-thirds majority was not reached (3 votes in favour were required)'],
    [{ outcome: 'not-approved', basis: 'count', required: null }, 'simple', 'No aprobado', 'Not approved'],
  ] as const)('given %o under a %s majority, then «%s» / "%s"', (facts, majority, es, en) => {
    expect(resultWords(facts, majority, 'es')).toBe(es);
    expect(resultWords(facts, majority, 'en')).toBe(en);
  });

  it('names what was voted', () => {
    expect(subjectWords('item', '5.b', 'es')).toBe('Punto 5.b');
    expect(subjectWords('agenda', null, 'en')).toBe('Order of the day');
    expect(subjectWords('reading-waiver', null, 'es')).toBe('Dispensa de la lectura de los documentos');
  });
});
