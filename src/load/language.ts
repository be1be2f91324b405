import { createRequire } from 'node:module';
import type { LanguageCode } from '../vectorize/language-codes.js';

/** ISO 639-3 codes as franc reports them, for the languages communique supports. */
const FRANC_CODES: Record<string, LanguageCode> = {
  eng: 'en',
  rus: 'ru',
  ukr: 'uk',
  fra: 'fr',
  deu: 'de',
  spa: 'es',
  ita: 'it',
  por: 'pt',
  nld: 'nl',
};
const ENGLISH_FUNCTION_WORDS = new Set([
  'the',
  'of',
  'and',
  'to',
  'in',
  'on',
  'that',
  'with',
  'for',
  'was',
  'were',
  'is',
  'are',
  'by',
  'at',
  'a',
  'an',
  'its',
  'their',
  'has',
  'have',
  'his',
]);
/** Share of English function words from which a text is English without asking franc. */
const ENGLISH_SHARE = 0.15;

const require = createRequire(import.meta.url);

/**
 * The language of a document, among those communique supports. English readouts are recognised by
 * their function words at no cost; anything else goes to franc (trigram statistics, loaded only then).
 * Too little text to tell is taken for English.
 */
export function detectLanguage(text: string): LanguageCode {
  const sample = text.slice(0, 20_000);
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return 'en';
  const english = words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length;
  if (english / words.length >= ENGLISH_SHARE) return 'en';
  const { franc } = require('franc-min') as typeof import('franc-min');
  return FRANC_CODES[franc(sample, { only: Object.keys(FRANC_CODES), minLength: 10 })] ?? 'en';
}
