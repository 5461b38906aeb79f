/**
 * The user's language, from the activity's locale: Spanish (Mexico) first, English when Teams says so.
 */
export type Language = 'es' | 'en';

export function languageOf(locale: string | undefined | null): Language {
  return locale && /^en\b/i.test(locale) ? 'en' : 'es';
}

/** A text in both languages. */
export type Bilingual = Record<Language, string>;
