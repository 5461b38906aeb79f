/**
 * The header of an order of the day in every form secretaries write it: the date in capitals, with a weekday and no
 * "de", numeric, in words, after the items; the hour with "o, en su caso, al término de…"; the modality from its
 * wording; the body and the session's kind and number. What cannot be read is null, with a warning, never a guess.
 */
import type { ImportedAgenda, ImportedHeader } from './imported-agenda';
import { importAgendaText } from './index';

const parsed = (text: string): ImportedAgenda => {
  const result = importAgendaText(text);
  if (!result.ok) throw new Error(`expected an agenda, got ${result.error.code}`);
  return result.agenda;
};
/** The header read from these lines above a one-item list. */
const header = (...lines: string[]): ImportedHeader => parsed([...lines, '', '1. Asuntos generales.'].join('\n')).header;

describe('the date and time of the session', () => {
  it.each([
    ['in capitals', '15 DE MARZO DE 2025 17:00 HORAS', '2025-03-15', '17:00'],
    ['with a weekday and no "de"', 'Martes 3 octubre de 2023 17:00 hrs.', '2023-10-03', '17:00'],
    ['with "del año"', 'A LAS 12:00 HORAS DEL DÍA MARTES 12 DE ABRIL DEL AÑO 2016', '2016-04-12', '12:00'],
    ['numeric, year first', 'Fecha: 2021/05/07 a las 10:30 horas', '2021-05-07', '10:30'],
    ['numeric with dashes, day first', 'Fecha: 07-05-2021, 9:15 a.m.', '2021-05-07', '09:15'],
    ['in words', 'CATORCE DE MAYO DE DOS MIL VEINTIUNO A LAS DIECISIETE HORAS', '2021-05-14', '17:00'],
    ['in words, with minutes', 'DEL DÍA 12 DE JULIO DE DOS MIL VEINTIUNO A LAS DIECIOCHO HORAS CON QUINCE MINUTOS.', '2021-07-12', '18:15'],
    ['the first of the month in words', 'primero de diciembre de dos mil veintitrés a las once horas', '2023-12-01', '11:00'],
    ['a whole hour in digits', 'el 2 de febrero de 2024 a las 11 horas', '2024-02-02', '11:00'],
  ])('given the date and time %s, then both are read', (_form, line, date, time) => {
    expect(header('COMISIÓN DE ORGANIZACIÓN ELECTORAL', line)).toMatchObject({ date, time });
  });

  it('given a date that does not exist (31 de febrero), then it is left null with a warning', () => {
    const agenda = parsed('SESIÓN ORDINARIA\n31 de febrero de 2024, 10:00 horas\n1. Asuntos generales.');
    expect(agenda.header.date).toBeNull();
    expect(agenda.warnings.join(' ')).toMatch(/No pude leer del encabezado: .*la fecha/);
  });

  it('given the date and time after the items, then they are read from there', () => {
    const agenda = parsed('COMISIÓN DE ORGANIZACIÓN ELECTORAL\nSEGUNDA SESIÓN ORDINARIA\n1. Lista de asistencia.\n2. Asuntos generales.\n\nFecha: 15 de marzo de 2025\nHora: 17:00 horas\nModalidad: presencial');
    expect(agenda.header).toMatchObject({ date: '2025-03-15', time: '17:00', modality: 'presencial' });
    expect(agenda.items).toHaveLength(2);
  });

  it('given only the signing date after the items ("Hermosillo, Sonora, a jueves 20 de enero de 2022"), then it is not taken for the session date', () => {
    const agenda = parsed('SESIÓN EXTRAORDINARIA\n1. Asuntos generales.\n\nHermosillo, Sonora, a jueves 20 de enero de 2022.');
    expect(agenda.header.date).toBeNull();
  });

  it('given the signing date above the convocation, then the session\'s date is the one read', () => {
    expect(header('Ciudad de México, a 20 de febrero de 2026.', 'CONSEJO GENERAL', 'TERCERA SESIÓN EXTRAORDINARIA', '27 DE FEBRERO DE 2026, 13:00 HORAS')).toMatchObject({ date: '2026-02-27', time: '13:00' });
  });

  it('given "o, en su caso, al término de…" after the hour, then the hour is read and the rest kept as a note', () => {
    expect(header('CONSEJO GENERAL', 'SESIÓN EXTRAORDINARIA', '20 de marzo de 2025, 12:00 horas o, en su caso, al término de la sesión ordinaria convocada para el mismo día.'))
      .toMatchObject({ time: '12:00', note: 'o, en su caso, al término de la sesión ordinaria convocada para el mismo día' });
  });
});

describe('the modality, from the wording', () => {
  it.each([
    ['De manera mixta', 'hibrida'],
    ['Sesión híbrida', 'hibrida'],
    ['Modalidad: presencial y virtual', 'hibrida'],
    ['Sesión semipresencial', 'hibrida'],
    ['Sesión a distancia', 'virtual'],
    ['Sesión virtual', 'virtual'],
    ['Mediante la plataforma Zoom', 'virtual'],
    ['Sala de sesiones del Consejo General', 'presencial'],
    ['Sesión presencial', 'presencial'],
  ])('given "%s", then %s', (line, modality) => {
    expect(header('CONSEJO GENERAL', 'SESIÓN ORDINARIA', '10 de enero de 2025, 10:00 horas', line).modality).toBe(modality);
  });

  it('given "Comisión Mixta" as the body, then that is a name, not the modality', () => {
    expect(header('COMISIÓN MIXTA DE VIGILANCIA', 'SESIÓN ORDINARIA', 'Sesión presencial').modality).toBe('presencial');
  });

  it('given the platform named, then it is kept as written', () => {
    expect(header('CONSEJO GENERAL', 'Sesión virtual mediante Microsoft Teams').platform).toBe('Microsoft Teams');
    expect(header('CONSEJO GENERAL', 'a través de la plataforma de videoconferencias TELMEX').platform).toBe('TELMEX');
  });

  it('given no word about it, then the modality is null and the warning names it', () => {
    const agenda = parsed('COMISIÓN DE ORGANIZACIÓN ELECTORAL\nPRIMERA SESIÓN ORDINARIA\n10 de enero de 2025, 10:00 horas\n1. Asuntos generales.');
    expect(agenda.header.modality).toBeNull();
    expect(agenda.warnings).toEqual(['No pude leer del encabezado: la modalidad. Se deja en blanco, sin adivinar.']);
  });
});

describe('the body and the session', () => {
  it.each([
    ['TERCERA SESIÓN EXTRAORDINARIA', 'extraordinaria', 3],
    ['Décima Primera Sesión Ordinaria', 'ordinaria', 11],
    ['VIGÉSIMA SEGUNDA SESIÓN ORDINARIA DE 2024', 'ordinaria', 22],
    ['SESIÓN NÚMERO 4', null, 4],
    ['6a. Sesión Urgente', 'urgente', 6],
    ['SESIÓN EXTRAORDINARIA', 'extraordinaria', null],
  ])('given "%s", then kind %s and number %s', (title, kind, number) => {
    expect(header('CONSEJO GENERAL', title)).toMatchObject({ title, kind, number });
  });

  it('given the body only in the convocation\'s paragraph, then it is read from there', () => {
    expect(header('QUE LA SECRETARÍA EJECUTIVA PRESENTA A LOS INTEGRANTES DEL CONSEJO GENERAL DEL INSTITUTO ELECTORAL DEL ESTADO, CONFORME A LO PREVISTO…').body)
      .toBe('CONSEJO GENERAL DEL INSTITUTO ELECTORAL DEL ESTADO');
    expect(header('se convoca a los integrantes del Consejo General a sesión extraordinaria de manera virtual').body).toBe('Consejo General');
  });

  it('given "Convocatoria a Sesión Ordinaria", then the title is the session, not the convocation', () => {
    expect(header('CONVOCATORIA A SESIÓN ORDINARIA').title).toBe('SESIÓN ORDINARIA');
  });

  it('given nothing readable above the items, then every field is null and one warning lists them, in Spanish or in English', () => {
    const agenda = parsed('Orden del día\n1. Asuntos generales.');
    expect(agenda.header).toEqual({ body: null, title: null, kind: null, number: null, date: null, time: null, note: null, modality: null, platform: null });
    expect(agenda.warnings).toEqual(['No pude leer del encabezado: el órgano, el título de la sesión, el tipo de sesión, la fecha, la hora, la modalidad. Se deja en blanco, sin adivinar.']);
    const english = importAgendaText('Orden del día\n1. Asuntos generales.', 'en');
    expect(english.ok && english.agenda.warnings).toEqual(['I could not read from the header: the body, the session\'s title, the kind of session, the date, the time, the modality. Left blank, not guessed.']);
  });
});
