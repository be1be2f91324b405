import { language as de } from './de/index.js';
import { language as en } from './en/index.js';
import { language as es } from './es/index.js';
import { language as fr } from './fr/index.js';
import { language as it } from './it/index.js';
import { language as nl } from './nl/index.js';
import { language as pt } from './pt/index.js';
import { language as ru } from './ru/index.js';
import { language as uk } from './uk/index.js';
import type { Language } from './types.js';

export type { Language } from './types.js';

/**
 * Every language communique can compare (those natural has a stemmer for), in the order the CLI
 * lists them. A new language is its folder and one line here.
 */
const REGISTRY = { en, ru, uk, fr, de, es, it, pt, nl } satisfies Record<string, Language>;

export type LanguageCode = keyof typeof REGISTRY;

/** The codes of the registered languages. */
export const LANGUAGES = Object.keys(REGISTRY) as readonly LanguageCode[];

export function isLanguage(code: string): code is LanguageCode {
  return Object.hasOwn(REGISTRY, code);
}

/** The registry's entry for a language. */
export function languageOf(code: LanguageCode): Language {
  return REGISTRY[code];
}
