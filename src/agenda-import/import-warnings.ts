/**
 * What the importer tells about what it skipped or repaired, in Spanish and English, with the number and the verb in
 * agreement ("Se omitió 1 nota al pie", "Se omitieron 2 notas al pie"). The parser picks the language it was asked for.
 */
import { agreeing, countOf } from '../i18n/count';
import type { Bilingual } from './bilingual';

export const importWarnings = {
  repairedAccents: (n: number): Bilingual => ({
    es: `Se ${agreeing(n, 'reparó', 'repararon')} ${countOf(n, 'carácter', 'caracteres')} con acentos dañados.`,
    en: `${countOf(n, 'character', 'characters')} with broken accents ${agreeing(n, 'was', 'were')} repaired.`,
  }),
  footnotes: (n: number): Bilingual => ({
    es: `Se ${agreeing(n, 'omitió', 'omitieron')} ${countOf(n, 'nota al pie', 'notas al pie')}.`,
    en: `${countOf(n, 'footnote', 'footnotes')} ${agreeing(n, 'was', 'were')} left out.`,
  }),
  repeatedNumber: (number: string, line: number): Bilingual => ({
    es: `El número ${number} se repite (línea ${line}).`,
    en: `Number ${number} is repeated (line ${line}).`,
  }),
  pageFurniture: (n: number): Bilingual => ({
    es: `Se ${agreeing(n, 'omitió', 'omitieron')} ${countOf(n, 'línea repetida', 'líneas repetidas')} de encabezado o pie de página.`,
    en: `${countOf(n, 'repeated header or footer line', 'repeated header or footer lines')} ${agreeing(n, 'was', 'were')} left out.`,
  }),
};
