import { createRequire } from 'node:module';
import type { Stemming } from './types.js';

const require = createRequire(import.meta.url);

/** natural's Porter stemmer and stopword list for a language, required when first asked for. */
export function naturalStemming(code: string): () => Stemming {
  return () => {
    const stemmer = require(`natural/lib/natural/stemmers/porter_stemmer_${code}.js`) as {
      stem(word: string): string;
    };
    return { stem: (word) => stemmer.stem(word), stopwords: naturalStopwords(code) };
  };
}

function naturalStopwords(code: string): string[] {
  try {
    return (require(`natural/lib/natural/util/stopwords_${code}.js`) as { words: string[] }).words;
  } catch {
    return []; // natural has no list for this language; ours stands alone
  }
}
