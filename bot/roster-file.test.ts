import { parseRosterFile } from './roster-file';

describe('roster file', () => {
  it('given a header and people with roles in Spanish and English, then each line is read', () => {
    const csv = 'Nombre,Correo,Rol\nAna Pérez,ana@iecm.mx,Presidencia\n"Luis, Jr.",11111111-2222-3333-4444-555555555555,consejero\nMarta;marta@iecm.mx;secretary\n\n';
    expect(parseRosterFile(csv)).toEqual({
      ok: true,
      people: [
        { line: 2, name: 'Ana Pérez', who: 'ana@iecm.mx', role: 'chair' },
        { line: 3, name: 'Luis, Jr.', who: '11111111-2222-3333-4444-555555555555', role: 'voting-member' },
        { line: 4, name: 'Marta', who: 'marta@iecm.mx', role: 'secretary' },
      ],
    });
  });

  it.each([
    ['Ana,ana,chair', /Línea 1: «ana» no es un correo/],
    ['Ana,ana@x.mx,rey', /Línea 1: «rey» no es un rol/],
    [',ana@x.mx,chair', /Línea 1: falta el nombre/],
    ['Nombre,Correo,Rol\nAna,ana@x.mx,chair,extra', /Línea 2: hay más de tres columnas/],
    ['', /vacío/],
  ])('given %j, then the problem names the line', (csv, message) => {
    const result = parseRosterFile(csv);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message.es).toMatch(message);
      expect(result.message.en.length).toBeGreaterThan(5);
    }
  });
});
