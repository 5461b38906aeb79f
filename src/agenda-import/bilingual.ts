/** A message for a person, in Spanish and English. */
export interface Bilingual {
  es: string;
  en: string;
}
