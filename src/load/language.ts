import { createRequire } from 'node:module';
import { languageOf, LANGUAGES, type LanguageCode } from '../language/index.js';
import { once } from '../memo.js';

/** The registered languages by the ISO 639-3 code franc reports for each. */
const FRANC_CODES: Record<string, LanguageCode> = Object.fromEntries(
  LANGUAGES.map((code) => [languageOf(code).detection.francCode, code]),
);
/** Languages recognised by their function words alone, each with those words. */
const BY_FUNCTION_WORDS = LANGUAGES.flatMap((code) => {
  const words = languageOf(code).detection.functionWords;
  return words ? [{ code, words: new Set(words) }] : [];
});
/** Share of a language's function words from which a text is in it without asking franc. */
const FUNCTION_WORD_SHARE = 0.15;

/** Fewer words than this say too little for franc to tell close languages apart with confidence. */
const SHORT_WORDS = 20;
/**
 * A short text is taken to be in another document's language when franc scores that language at
 * least this share of its best: "Prime Minister Kishida invited President Yoon to Tokyo." scores
 * English 0.98 of Portuguese, a French sentence of six words English 0.71 of French.
 */
const FITS_SHORT_TEXT = 0.75;

const require = createRequire(import.meta.url);
const francLanguages = once(() => require('franc-min') as typeof import('franc-min'));
const FRANC_OPTIONS = { only: Object.keys(FRANC_CODES), minLength: 10 };

/**
 * The language of a document, among those communique supports. English readouts are recognised by
 * their function words at no cost; anything else goes to franc (trigram statistics, loaded only then).
 * Too little text to tell is taken for English.
 */
export function detectLanguage(text: string): LanguageCode {
  const sample = text.slice(0, 20_000);
  const words = wordsOf(sample);
  if (words.length === 0) return 'en';
  for (const { code, words: functionWords } of BY_FUNCTION_WORDS) {
    const share = words.filter((w) => functionWords.has(w)).length / words.length;
    if (share >= FUNCTION_WORD_SHARE) return code;
  }
  return FRANC_CODES[francLanguages().franc(sample, FRANC_OPTIONS)] ?? 'en';
}

/**
 * The language of each of documents compared with one another. Where the detections differ and
 * some documents are too short for a confident detection, the evidence of all is weighed: the short
 * ones take the language the long ones agree on (or, when all are short, the language that fits
 * them all best) if it fits each of them nearly as well as its own. Otherwise the detections stand,
 * and documents in different languages stay different.
 */
export function detectLanguages(texts: readonly string[]): LanguageCode[] {
  const detected = texts.map(detectLanguage);
  if (detected.every((lang) => lang === detected[0])) return detected;
  const short = texts.map((text) => wordsOf(text.slice(0, 20_000)).length < SHORT_WORDS);
  const long = detected.filter((_, k) => !short[k]);
  if (long.some((lang) => lang !== long[0])) return detected;
  // Sorted, so that a tie goes the same way whatever the order of the documents.
  const candidates = long.length > 0 ? [long[0]!] : [...new Set(detected)].sort();
  let best: { lang: LanguageCode; fit: number } | undefined;
  for (const lang of candidates) {
    const fit = Math.min(
      ...texts.flatMap((text, k) => (short[k] ? [fitOf(text, detected[k]!, lang)] : [])),
    );
    if (fit >= FITS_SHORT_TEXT && (best === undefined || fit > best.fit)) best = { lang, fit };
  }
  return best === undefined ? detected : detected.map(() => best.lang);
}

/**
 * How well `lang` fits a text detected as `detected`: 1 for its own language and for a text too
 * short for franc to say anything ('und'), else franc's score for it as a share of the best.
 */
function fitOf(text: string, detected: LanguageCode, lang: LanguageCode): number {
  if (lang === detected) return 1;
  const scores = francLanguages().francAll(text.slice(0, 20_000), FRANC_OPTIONS);
  if (scores[0]?.[0] === 'und') return 1;
  return scores.find(([code]) => FRANC_CODES[code] === lang)?.[1] ?? 0;
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/\p{L}+/gu) ?? [];
}
