import { antonymTable } from './antonyms.js';
import { asGiven, defineWords, entry, wordSet } from './lexicon.js';
import { termOf } from '../vectorize/tokenize.js';
import type { SentenceModel } from '../sentence/model.js';

/** A comparative or superlative ("higher", "best"), with the term of the adjective it grades. */
export interface Grade {
  base: string;
  degree: 'comparative' | 'superlative';
}

/** The words that grade an adjective. */
export const degreeWords = defineWords({
  /** Comparatives and superlatives not formed by an ending ("better": "good"), with their degree. */
  irregularDegrees: asGiven<Readonly<Record<string, [string, Grade['degree']]>>>(),
  /** Words after a comparative that make it one ("than"). */
  comparisonWords: wordSet,
});

/**
 * The adjective token i grades, if it is a comparative or a superlative ("higher", "lowest",
 * "better") of an adjective that has an opposite: gradable adjectives do, and an opposite is what
 * the cues compare. The endings are the language's (hooks.gradedByEnding).
 * A regular ending counts only where a degree stands, so that "offer" or "leader" grade nothing: a
 * superlative after a determiner ("their highest"), a comparative before "than" or after a form of
 * "be" ("have never been closer").
 */
export function gradeOf(side: SentenceModel, i: number): Grade | null {
  const { lexicon, tokens } = side;
  const word = tokens[i]!.word;
  const irregular = entry(lexicon.irregularDegrees ?? {}, word);
  if (irregular)
    return { base: termOf(irregular[0], lexicon.lang) ?? irregular[0], degree: irregular[1] };
  const graded = lexicon.hooks.gradedByEnding(word);
  if (!graded) return null;
  const { degree } = graded;
  const before = tokens[i - 1]?.word ?? '';
  const placed =
    degree === 'superlative'
      ? lexicon.determiners.has(before)
      : lexicon.comparisonWords.has(tokens[i + 1]?.word ?? '') ||
        lexicon.passiveAuxiliaries.has(before);
  if (!placed) return null;
  const table = antonymTable(lexicon);
  for (const candidate of graded.bases) {
    const base = termOf(candidate, lexicon.lang);
    if (base !== null && table.opposites(base).length > 0) return { base, degree };
  }
  return null;
}
