import { aliasAt } from './actors.js';
import { capitalisedAt } from '../sentence/capitals.js';
import { wordnetRelated } from './related.js';
import type { SentenceModel, Spellings } from '../sentence/model.js';

/** Names shorter than this are too short to tell a second spelling from another name ("Iran" / "Iraq"). */
const MIN_NAME_LETTERS = 5;
/** How many letters two spellings of one name may differ by ("Mohammed" / "Muhammad": two). */
const MAX_LETTERS_DIFFERING = 2;

/**
 * Names the documents spell in two transliterations ("Lukashenko" / "Lukashenka", "Zelensky" /
 * "Zelenskyy", "Tokayev" / "Toqayev", "Mohammed" / "Muhammad"), each read as the first of its
 * spellings in alphabetical order, so that the result does not depend on the order of the
 * documents. A name is a capitalised word of at least MIN_NAME_LETTERS letters that the documents
 * never write in lower case and that is no country's name, title or common word (see isName). Two spellings are
 * one name when each is written in one document only, not the other's (one document writing both
 * names two people: "Gabriel" and "Gabriela"), and they have the same consonants in the same order
 * once the letters transliterations confuse are taken as one (q and k, y and i, a doubled letter
 * and a single one) and differ by at most MAX_LETTERS_DIFFERING letters.
 */
export function learnSpellings(documents: readonly (readonly SentenceModel[])[]): Spellings {
  const names = new Map<string, string>(); // word → term
  const lowerCase = new Set<string>();
  const documentOf = new Map<string, number>(); // word → its document, or -1 when in several
  documents.forEach((sides, d) => {
    for (const side of sides)
      side.tokens.forEach((token, k) => {
        if (token.term === null || !/^\p{L}+$/u.test(token.word)) return;
        if (!capitalisedAt(side, k)) lowerCase.add(token.word);
        else if (isName(side, k)) {
          names.set(token.word, token.term);
          documentOf.set(token.word, (documentOf.get(token.word) ?? d) === d ? d : -1);
        }
      });
  });
  const bySkeleton = new Map<string, string[]>();
  for (const word of [...names.keys()].sort()) {
    if (lowerCase.has(word)) continue;
    const key = skeleton(folded(word));
    bySkeleton.set(key, [...(bySkeleton.get(key) ?? []), word]);
  }
  const spellings = new Map<string, { term: string; word: string }>();
  for (const words of bySkeleton.values())
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      // The first spelling in alphabetical order that is one name with this one.
      const first = words
        .slice(0, i)
        .find(
          (other) =>
            inOtherDocuments(documentOf, other, word) &&
            editDistance(folded(other), folded(word)) <= MAX_LETTERS_DIFFERING,
        );
      if (first === undefined) continue;
      const one = spellings.get(names.get(first)!) ?? { term: names.get(first)!, word: first };
      if (names.get(word) !== one.term) spellings.set(names.get(word)!, one);
    }
  return spellings;
}

/**
 * Whether the capitalised word at token k may be a name: long enough, no country's name, no title
 * ("Minister", "Ministry") and no word WordNet relates to another ("Palace", "Police").
 */
function isName(side: SentenceModel, k: number): boolean {
  const { word, term } = side.tokens[k]!;
  return (
    word.length >= MIN_NAME_LETTERS &&
    !side.lexicon.titleKeys.has(term!) &&
    wordnetRelated(term!) === undefined &&
    aliasAt(side, k, 1) === null
  );
}

/**
 * Whether each of two spellings is written in one document only, not the other's: one document
 * writing both names two people ("Gabriel" and "Gabriela").
 */
function inOtherDocuments(documentOf: ReadonlyMap<string, number>, x: string, y: string): boolean {
  const [dx, dy] = [documentOf.get(x)!, documentOf.get(y)!];
  return dx !== -1 && dy !== -1 && dx !== dy;
}

/** A word with the letters transliterations confuse taken as one: no accents, q as k, y as i, no doubled letter. */
function folded(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/q/g, 'k')
    .replace(/y/g, 'i')
    .replace(/(\p{L})\1+/gu, '$1');
}

/** The first letter and the consonants after it, in order: what two spellings of a name keep. */
function skeleton(word: string): string {
  return word[0] + word.slice(1).replace(/[aeiou]/g, '');
}

/** Levenshtein distance: letters inserted, deleted or replaced to make one word the other. */
function editDistance(x: string, y: string): number {
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++)
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1),
      );
    previous = current;
  }
  return previous[y.length]!;
}
