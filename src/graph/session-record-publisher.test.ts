import { minutesFileName } from './session-record-publisher';

describe('the name of the published minutes', () => {
  it('given a title with characters SharePoint refuses, then they become spaces and the date and language are in the name', () => {
    expect(minutesFileName('Sexta Sesión Ordinaria: "CPVOE" 2024/06 #1 | 100%', '2024-06-24', 'es')).toBe('Minuta - Sexta Sesión Ordinaria CPVOE 2024 06 1 100 - 2024-06-24.docx');
    expect(minutesFileName('  ...Sixth session.  ', null, 'en')).toBe('Minutes - Sixth session.docx');
    expect(minutesFileName('***', null, 'es')).toBe('Minuta - sesion.docx');
  });
});
