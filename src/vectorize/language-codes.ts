/** Languages communique can compare: those natural has a stemmer for. Kept apart so the CLI can list them without loading any. */
export const LANGUAGES = ['en', 'ru', 'uk', 'fr', 'de', 'es', 'it', 'pt', 'nl'] as const;
export type LanguageCode = (typeof LANGUAGES)[number];

export function isLanguage(code: string): code is LanguageCode {
  return (LANGUAGES as readonly string[]).includes(code);
}
