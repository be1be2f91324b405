import { defineCue, messagesOf, type Finding } from '../cue.js';
import { defineWords, keyOf, keySet, wordPhrases, wordSet } from '../lexicon.js';
import { keptSet, memoPerSentence } from '../../sentence/memo.js';
import type { SentenceModel } from '../../sentence/model.js';
import type { Token } from '../../vectorize/tokenize.js';
import { breaksClause, findPhrases, slice } from '../phrases.js';
import { wordnetRelated } from '../related.js';
import { negatedPositions } from './negation.js';

const messages = {
  // The slot and each side's value, settled first, so that it reads the same either way round.
  settledAgainstOpen: (settled: string, open: string) =>
    `decision: settled ("${settled}") against open ("${open}")`,
};
const say = messagesOf(messages);

const words = defineWords({
  /** Words of deciding, by key: denied, they leave the matter open ("no decision was taken"). */
  decidingWords: keySet,
  /** Phrases, as written, that leave a matter to be decided ("will be decided", "undecided"). */
  openPhrases: wordPhrases,
  /** Verbs, as written, that say a matter was settled ("agreed", "accepted the invitation"). */
  settlingVerbs: wordSet,
});

/** Where a side leaves a matter open or settles it: the words that say so, and the matter's terms. */
interface Stand {
  from: number;
  to: number;
  matter: ReadonlySet<string>;
}

interface Stands {
  open: readonly Stand[];
  settled: readonly Stand[];
}

/**
 * Fires when one side says a matter is still to be decided ("the guests have not yet been decided",
 * "the venue will be decided later") and the other that it was settled ("accepted the invitation",
 * "agreed that the next round will be held in Canberra"), both about one matter: their sentence
 * parts share a word of content, or WordNet relates two of their words.
 */
export const decisionCue = defineCue({
  name: 'decision',
  words,
  messages,
  detect(a, b): Finding | null {
    return conflict(a, b, 'a') ?? conflict(b, a, 'b');
  },
});

function conflict(
  open: SentenceModel,
  settled: SentenceModel,
  openSide: 'a' | 'b',
): Finding | null {
  const [o, s] = [stands(open), stands(settled)];
  // A side that both settles and leaves open (agreed to meet, the date to be decided) leans both ways.
  if (o.open.length === 0 || o.settled.length > 0 || s.settled.length === 0 || s.open.length > 0)
    return null;
  for (const x of o.open)
    for (const y of s.settled) {
      if (!oneMatter(x.matter, y.matter)) continue;
      const [openWords, settledWords] = [slice(open, x.from, x.to), slice(settled, y.from, y.to)];
      return {
        a: openSide === 'a' ? openWords : settledWords,
        b: openSide === 'a' ? settledWords : openWords,
        message: say.settledAgainstOpen(settledWords, openWords),
      };
    }
  return null;
}

/**
 * Where a side leaves a matter open, and where it settles one. The matter left open is what stands
 * before the words that leave it open ("the *countries* to be invited have not yet been decided",
 * "at a *date* still to be agreed") and, after a denied word of deciding, what follows it in its
 * clause ("had not decided whether he would *travel* to *Johannesburg*"); the matter settled is the
 * clause of the settling verb.
 */
const stands = memoPerSentence((side: SentenceModel): Stands => {
  const { tokens, lexicon } = side;
  const open: Stand[] = [];
  const inOpenPhrase = new Set<number>();
  for (const { phrase, at } of findPhrases(side, lexicon.openPhrases, 'word')) {
    const to = at + lexicon.openPhrases[phrase]!.length - 1;
    open.push({ from: at, to, matter: subjectTerms(side, at) });
    for (let k = at; k <= to; k++) inOpenPhrase.add(k);
  }
  const negated = negatedPositions(side);
  const settled: Stand[] = [];
  tokens.forEach((token, i) => {
    const from = negated.get(i);
    // "no decision was taken", "had not decided whether": the deciding itself denied.
    if (from !== undefined && lexicon.decidingWords.has(keyOf(token)))
      open.push({
        from,
        to: i,
        matter: new Set([
          ...subjectTerms(side, from),
          ...matterWords(side, i + 1, clauseEnd(side, i)),
        ]),
      });
    // "to accept" names a goal, not what was settled.
    const goal = lexicon.infinitiveMarkers.has(tokens[i - 1]?.word ?? '');
    if (
      from === undefined &&
      !goal &&
      !inOpenPhrase.has(i) &&
      lexicon.settlingVerbs.has(token.word)
    )
      settled.push({
        from: i,
        to: i,
        matter: matterWords(side, clauseStart(side, i), clauseEnd(side, i)),
      });
  });
  // One shared value for the many sentences that do neither.
  return open.length === 0 && settled.length === 0 ? NO_STANDS : { open, settled };
});

const NO_STANDS: Stands = { open: [], settled: [] };

/** Whether two matters are one: they share a term, or WordNet relates a term of each. */
function oneMatter(x: ReadonlySet<string>, y: ReadonlySet<string>): boolean {
  for (const term of x) {
    if (y.has(term)) return true;
    if (wordnetRelated(term)?.some((other) => y.has(other)) === true) return true;
  }
  return false;
}

/**
 * The terms of the noun phrase that ends before token k, in its clause: past the words between it
 * and k ("still to", "have not yet"), its content words and the small words inside a noun phrase
 * ("the timing and venue of the next round").
 */
function subjectTerms(side: SentenceModel, k: number): ReadonlySet<string> {
  const { tokens, lexicon } = side;
  const inPhrase = (word: string) =>
    lexicon.determiners.has(word) ||
    lexicon.listJoiners.has(word) ||
    lexicon.infinitiveMarkers.has(word) ||
    lexicon.auxiliaries.has(word) ||
    lexicon.frame?.complementPrepositions?.includes(word) === true;
  const between = (token: Token) =>
    token.term === null ||
    lexicon.auxiliaries.has(token.word) ||
    lexicon.negators.has(keyOf(token));
  let i = k - 1;
  while (i >= 0 && between(tokens[i]!) && !breaksClause(side, i) && !opensClause(side, i)) i--;
  let start = k;
  for (; i >= 0 && !breaksClause(side, i); i--) {
    const token = tokens[i]!;
    if (token.term === null && !inPhrase(token.word)) break;
    start = i;
  }
  return matterWords(side, start, k - 1);
}

function opensClause(side: SentenceModel, i: number): boolean {
  return side.lexicon.clauseOpeners.has(side.tokens[i]!.word);
}

function clauseStart(side: SentenceModel, k: number): number {
  let i = k;
  while (i > 0 && !breaksClause(side, i - 1)) i--;
  return i;
}

function clauseEnd(side: SentenceModel, k: number): number {
  let i = k;
  while (i + 1 < side.tokens.length && !breaksClause(side, i)) i++;
  return i;
}

/**
 * The content terms of tokens from..to that may name a matter: not the words of deciding, nor
 * those of the parties ("side", "President") or of reporting ("stressed").
 */
function matterWords(side: SentenceModel, from: number, to: number): ReadonlySet<string> {
  const { tokens, lexicon } = side;
  const terms = new Set<string>();
  for (let i = from; i <= to; i++) {
    const token = tokens[i]!;
    const key = keyOf(token);
    if (
      token.term === null ||
      lexicon.auxiliaries.has(token.word) ||
      lexicon.negators.has(key) ||
      lexicon.decidingWords.has(key) ||
      lexicon.settlingVerbs.has(token.word) ||
      lexicon.participantNouns.has(key) ||
      lexicon.personRoleKeys.has(key) ||
      lexicon.reportingVerbs.has(token.word)
    )
      continue;
    terms.add(token.term);
  }
  return keptSet(terms);
}
