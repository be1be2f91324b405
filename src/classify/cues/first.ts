import { defineCue, messagesOf, type Finding } from '../cue.js';
import { defineWords, keyOf, wordSet } from '../lexicon.js';
import { memoPerSentence } from '../../sentence/memo.js';
import type { SentenceModel } from '../../sentence/model.js';
import { clauseEnd, clauseStart, isPastForm, slice } from '../phrases.js';
import { clauseSpeaksOfFuture, complementHead } from '../frame.js';
import { negatedPositions } from './negation.js';

const messages = {
  // The occasion, then each side's words, the one that took place first.
  doneAgainstToCome: (noun: string, done: string, toCome: string) =>
    `first ${noun}: held ("${done}") against to come ("${toCome}")`,
};
const say = messagesOf(messages);

const words = defineWords({
  /** Words that make an occasion the first of its series ("first", "inaugural"): it happens once. */
  firstWords: wordSet,
});

/** A first occasion a side names: the contact noun's term, its words, and whether it is to come. */
interface FirstOccasion {
  noun: string;
  from: number;
  to: number;
  toCome: boolean;
  /** The terms of what the occasion is of ("the first meeting *of the water commission*"), if said. */
  of: readonly string[];
}

/** How many words may stand between the word "first" and its noun ("the first joint meeting"). */
const NOUN_REACH = 2;

/**
 * Fires when one side says the first occasion of a kind took place ("co-chaired the first meeting
 * of the council") and the other that it is to come ("whose inaugural meeting will be held next
 * year"): a first meeting happens once, so the two cannot both be true, unlike a meeting held and
 * another to come.
 */
export const firstCue = defineCue({
  name: 'first',
  words,
  messages,
  detect: (a, b) => conflict(a, b, 'a') ?? conflict(b, a, 'b'),
});

function conflict(done: SentenceModel, toCome: SentenceModel, doneSide: 'a' | 'b'): Finding | null {
  for (const x of firstOccasions(done)) {
    if (x.toCome) continue;
    for (const y of firstOccasions(toCome)) {
      if (!y.toCome || y.noun !== x.noun || !sameBody(x, y)) continue;
      // Each side names its first occasion once, in one tense.
      if (firstOccasions(done).some((o) => o.noun === x.noun && o.toCome)) continue;
      if (firstOccasions(toCome).some((o) => o.noun === y.noun && !o.toCome)) continue;
      const [doneWords, toComeWords] = [slice(done, x.from, x.to), slice(toCome, y.from, y.to)];
      return {
        a: doneSide === 'a' ? doneWords : toComeWords,
        b: doneSide === 'a' ? toComeWords : doneWords,
        message: say.doneAgainstToCome(done.tokens[x.to]!.word, doneWords, toComeWords),
      };
    }
  }
  return null;
}

/** Whether two first occasions may be of one body: each names what it is of, and they share a term. */
function sameBody(x: FirstOccasion, y: FirstOccasion): boolean {
  return x.of.length === 0 || y.of.length === 0 || x.of.some((term) => y.of.includes(term));
}

/**
 * The first occasions a side names, each to come when its clause holds a marker of the future, and
 * done when it holds a past form, none, and no plan; a first occasion under a negation, or whose clause says
 * neither, is not read.
 */
const firstOccasions = memoPerSentence((side: SentenceModel): readonly FirstOccasion[] => {
  const { tokens, lexicon } = side;
  const found: FirstOccasion[] = [];
  const negated = negatedPositions(side);
  for (let i = 0; i < tokens.length; i++) {
    if (!lexicon.firstWords.has(tokens[i]!.word) || negated.has(i)) continue;
    for (let k = i + 1; k < tokens.length && k <= i + NOUN_REACH; k++) {
      if (!lexicon.contactNouns.has(keyOf(tokens[k]!))) continue;
      const toCome = clauseSpeaksOfFuture(side, k);
      if (toCome || pastInClause(side, k))
        found.push({
          noun: keyOf(tokens[k]!),
          from: i,
          to: k,
          toCome,
          of: complementTerms(side, k),
        });
      break;
    }
  }
  return found;
});

/** The content terms of the "of" complement of the noun at k, none when it has none. */
function complementTerms(side: SentenceModel, k: number): readonly string[] {
  const head = complementHead(side, k);
  if (head === null) return NO_TERMS;
  const terms: string[] = [];
  for (let i = k + 2; i <= head; i++) {
    const { term } = side.tokens[i]!;
    if (term !== null) terms.push(term);
  }
  return terms;
}

const NO_TERMS: readonly string[] = [];

/**
 * Whether the clause of token k holds a past form and no verb of a plan: "agreed that their first
 * meeting would take place in Moscow" says where it is to be, not that it was held.
 */
function pastInClause(side: SentenceModel, k: number): boolean {
  const planVerbs = side.lexicon.frame?.planVerbs ?? [];
  let past = false;
  for (let i = clauseStart(side, k); i <= clauseEnd(side, k); i++) {
    const { word, term } = side.tokens[i]!;
    if (planVerbs.includes(word)) return false;
    if (term !== null && isPastForm(side, word)) past = true;
  }
  return past;
}
