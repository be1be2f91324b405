import { antonymTable, type AntonymSource } from '../antonyms.js';
import { defineCue, messagesOf, type Finding } from '../cue.js';
import { defineWords, keyOf, keySet, list, termSet, wordSet } from '../lexicon.js';
import { keptMap, keptSet, memoPerSentence } from '../../sentence/memo.js';
import { capitalisedAt } from '../../sentence/capitals.js';
import type { SentenceModel } from '../../sentence/model.js';
import { breaksClause, clauseEnd, clauseStart, endsPart, slice } from '../phrases.js';
import { negatedPositions } from './negation.js';
import { gradeOf } from '../degree.js';
import { isBoilerplate, termOf } from '../../vectorize/tokenize.js';
import { countSteps } from '../../work.js';

const messages = {
  // The slot and each side's value: how a side characterises it, or the word and its opposite.
  characteriseOppositely: (positive: string, negative: string) =>
    `evaluation: positive ("${positive}") against negative ("${negative}")`,
  antonyms: (first: string, second: string) => `opposites: "${first}" against "${second}"`,
  wordnetAntonyms: (first: string, second: string) =>
    `opposites: "${first}" against "${second}" (WordNet antonyms)`,
};
const say = messagesOf(messages);

const words = defineWords({
  /** Words whose opposition says nothing about a claim ("following" / "preceded"), by term. */
  antonymExclusions: termSet,
  /** Prepositions that make a contact the setting of what follows rather than its subject ("During the talks, ..."). */
  settingPrepositions: wordSet,
  /** Endings that make an adverb of an adjective ("close" / "closely"), as written. */
  adverbEndings: list<string>(),
  /** Participles that after a noun are prepositions ("issues *concerning* Taiwan"), as written. */
  participlePrepositions: wordSet,
  /**
   * Verbs that characterise their object with "as" ("described the talks as constructive"), by
   * key, and the words that introduce the characterisation, as written.
   */
  describingVerbs: keySet,
  characterisingAs: wordSet,
});

/** Fires when one side uses a word and the other its opposite ("temporary" / "permanent"), neither negated. */
export const antonymCue = defineCue({
  name: 'antonym',
  words,
  messages,
  detect: opposites,
  pull: {
    says: (side) => characterisesTheContact(side),
    // Two characterisations of the contact are about it, however few words the sentences share.
    topicWordsNeeded: (a, b) => (opposeOnTheContact(a, b) ? 0 : undefined),
  },
});

function opposites(a: SentenceModel, b: SentenceModel): Finding | null {
  const clash = firstClash(a, b);
  if (!clash) return null;
  const { source } = clash;
  const [wordA, wordB] = [
    slice(a, clash.indexA, clash.indexA),
    slice(b, clash.indexB, clash.indexB),
  ];
  // In a fixed order, so that the explanation reads the same whichever document comes first:
  // the positive characterisation first, or the words in alphabetical order.
  const table = antonymTable(a.lexicon);
  const positiveFirst = table.leaning(a.tokens[clash.indexA]!.term ?? '') === 'positive';
  const [first, second] =
    source === 'characterisation'
      ? positiveFirst
        ? [wordA, wordB]
        : [wordB, wordA]
      : [wordA, wordB].sort();
  const message =
    source === 'characterisation'
      ? say.characteriseOppositely
      : source === 'wordnet'
        ? say.wordnetAntonyms
        : say.antonyms;
  return { a: wordA, b: wordB, message: message(first!, second!) };
}

/**
 * Whether the two sides characterise the contact in opposite ways ("the talks were constructive" /
 * "the discussions were difficult"): about the same thing, however few words they share. Two
 * readouts of one event call it by different names (talks, meeting, discussions, atmosphere).
 */
function opposeOnTheContact(a: SentenceModel, b: SentenceModel): boolean {
  const clash = firstClash(a, b);
  return (
    clash?.source === 'characterisation' &&
    nearTheContact(a, clash.indexA) &&
    nearTheContact(b, clash.indexB)
  );
}

/** How many words from a contact noun a word characterising it may stand ("the discussions were frank and, at times, tense"). */
const CHARACTERISATION_REACH = 6;

/**
 * Whether token k stands a few words from a contact noun it may characterise, in the same sentence
 * part. A contact set off before a comma as the setting ("At the meeting, the leaders discussed the
 * escalating situation") is not what the words after it describe; a relative clause between them
 * ("The talks, which went on late into the night, were frank") does not count towards the reach.
 */
function nearTheContact(side: SentenceModel, k: number): boolean {
  const { tokens, text, lexicon } = side;
  const gapAfter = (i: number) => text.slice(tokens[i]!.end, tokens[i + 1]!.start);
  const isContact = (i: number) => lexicon.contactNounWords.has(tokens[i]!.word);
  const isSetting = (i: number) =>
    gapAfter(i).includes(',') &&
    tokens.slice(Math.max(0, i - 3), i).some((t) => lexicon.settingPrepositions.has(t.word));
  for (
    let i = k + 1;
    i < tokens.length && i - k <= CHARACTERISATION_REACH && !endsPart(side, i - 1);
    i++
  )
    if (isContact(i)) return true;
  for (
    let i = k - 1, reach = 1;
    i >= 0 && reach <= CHARACTERISATION_REACH && !endsPart(side, i);
    i--, reach++
  ) {
    if (isContact(i)) return !isSetting(i);
    // A predicate after "was" characterises the clause's subject, however long its modifiers
    // ("the exchange on the issue was frank and at times difficult").
    if (lexicon.passiveAuxiliaries.has(tokens[i]!.word) && subjectIsTheContact(side, i))
      return true;
    // So does one after "as" the object of a verb that describes it ("described his talks with
    // the Foreign Minister of Iraq as constructive").
    if (lexicon.characterisingAs.has(tokens[i]!.word) && objectIsTheContact(side, i)) return true;
    // Step over a relative clause that ends here; the loop goes on with the word it describes.
    const described = gapAfter(i).includes(',') ? relativeClauseStart(side, i) : null;
    if (described !== null) i = described + 1;
  }
  return false;
}

/**
 * Whether the subject before the form of "be" at token k has a contact noun for its head: the
 * clause's first content word ("the talks on trade were", not "the situation at the talks was"),
 * modified by phrases only: a clause of its own ("the talks which went on until late were") keeps
 * the predicate far from it.
 */
function subjectIsTheContact(side: SentenceModel, k: number): boolean {
  const { tokens, lexicon } = side;
  const start = clauseStart(side, k);
  const head = tokens.slice(start, k).findIndex((token) => token.term !== null);
  if (head < 0 || !lexicon.contactNounWords.has(tokens[start + head]!.word)) return false;
  return !tokens.slice(start + head, k).some((token) => lexicon.relativePronouns.has(token.word));
}

/**
 * Whether a verb that describes its object stands in the clause before "as" at token k, its
 * object headed by a contact noun: the first content word after the verb.
 */
function objectIsTheContact(side: SentenceModel, k: number): boolean {
  const { tokens, lexicon } = side;
  for (let v = k - 1; v >= clauseStart(side, k); v--) {
    if (!lexicon.describingVerbs.has(keyOf(tokens[v]!))) continue;
    const head = tokens.slice(v + 1, k).find((token) => token.term !== null);
    return head !== undefined && lexicon.contactNounWords.has(head.word);
  }
  return false;
}

/** Longest relative clause set off by commas that nearTheContact steps over, in words. */
const RELATIVE_CLAUSE_WORDS = 12;

/**
 * Where a relative clause set off by commas begins, given its last word: the word after the comma
 * before it, which must be a relative pronoun. Returns the word before the clause (what it
 * describes), or null when token i ends no such clause.
 */
function relativeClauseStart(side: SentenceModel, i: number): number | null {
  const { tokens, text, lexicon } = side;
  for (let j = i; j > 0 && i - j < RELATIVE_CLAUSE_WORDS; j--) {
    if (endsPart(side, j - 1)) return null;
    if (text.slice(tokens[j - 1]!.end, tokens[j]!.start).includes(','))
      return lexicon.relativePronouns.has(tokens[j]!.word) ? j - 1 : null;
  }
  return null;
}

/** Whether a side characterises a contact ("the talks were constructive"): a candidate for opposeOnTheContact. */
const characterisesTheContact = memoPerSentence((side: SentenceModel): boolean => {
  const { contactNouns } = side.lexicon;
  const { characterising } = antonymTable(side.lexicon);
  // Cheap tests first: most sentences name no contact or hold no characterising word.
  if (!side.tokens.some((token) => contactNouns.has(keyOf(token)))) return false;
  if (!side.tokens.some((token) => token.term !== null && characterising.has(token.term)))
    return false;
  return [...affirmedTerms(side)].some(
    ([term, index]) => characterising.has(term) && nearTheContact(side, index),
  );
});

/** The first pair of opposite words, by their token positions on each side. */
function firstClash(
  a: SentenceModel,
  b: SentenceModel,
): { indexA: number; indexB: number; source: AntonymSource } | null {
  const table = antonymTable(a.lexicon);
  const termsA = affirmedTerms(a);
  const termsB = affirmedTerms(b);
  for (const [term, index] of termsA) {
    // Most terms have no opposite: asked first, that spares looking each up in the other side's terms.
    const opposites = table.opposites(term);
    if (opposites.length === 0) continue;
    countSteps(1);
    if (termsB.has(term)) continue;
    for (const [opposite, source] of opposites) {
      const other = termsB.get(opposite);
      if (other === undefined || termsA.has(opposite)) continue;
      // A pair of words is opposite in one part of speech: "cooperate closely" does not deny "an
      // open region", although the stemmer gives "closely" the term of "close".
      if (source !== 'characterisation' && madeAdverb(a, index) !== madeAdverb(b, other)) continue;
      // "could undermine the positive climate" leans both ways: no clear opposite of "stability".
      if (
        source === 'characterisation' &&
        (leans(a).has(table.leaning(opposite)!) ||
          leans(b).has(table.leaning(term)!) ||
          !characteriseOneThing(a, index, b, other))
      )
        continue;
      return { indexA: index, indexB: other, source };
    }
  }
  return null;
}

/** How many words either side of a characterising word may name what it characterises. */
const CHARACTERISED_REACH = 6;

/**
 * Whether two characterising words speak of one thing: both of the contact ("the talks were
 * constructive" / "a difficult atmosphere"), or each beside a topic word of the other, in its clause
 * ("bilateral relations had stabilized" / "relations had deteriorated"). "Concern over the
 * deteriorating situation in Gaza" and "a country with good relations" characterise two things.
 */
function characteriseOneThing(a: SentenceModel, i: number, b: SentenceModel, j: number): boolean {
  if (nearTheContact(a, i) && nearTheContact(b, j)) return true;
  const around = characterised(b, j);
  for (const term of characterised(a, i)) if (around.has(term)) return true;
  return false;
}

/** The topic terms a few words either side of token k, in its clause, besides its own. */
function characterised(side: SentenceModel, k: number): Set<string> {
  const { tokens } = side;
  const terms = new Set<string>();
  const [from, to] = [clauseStart(side, k), clauseEnd(side, k)];
  for (
    let i = Math.max(from, k - CHARACTERISED_REACH);
    i <= Math.min(to, k + CHARACTERISED_REACH);
    i++
  ) {
    const { term } = tokens[i]!;
    if (i !== k && term !== null && !isBoilerplate(term, side.lexicon.lang)) terms.add(term);
  }
  return terms;
}

/** Whether token k is an adverb the stemmer took back to its adjective ("closely", "formally"). */
function madeAdverb(side: SentenceModel, k: number): boolean {
  const { word, term } = side.tokens[k]!;
  return side.lexicon.adverbEndings.some(
    (ending) =>
      word.endsWith(ending) && termOf(word.slice(0, -ending.length), side.lexicon.lang) === term,
  );
}

/** The ways a side's own characterisations lean (positive, negative, or both). */
const leans = memoPerSentence((side: SentenceModel): ReadonlySet<'positive' | 'negative'> => {
  const table = antonymTable(side.lexicon);
  const found = new Set<'positive' | 'negative'>();
  for (const term of affirmedTerms(side).keys()) {
    const leaning = table.leaning(term);
    if (leaning) found.add(leaning);
  }
  return keptSet(found);
});

/**
 * Whether token i is a participle used as a preposition: right after a noun ("issues concerning
 * Taiwan"), not after a verb or an adverb ("is concerning", "deeply concerning").
 */
function prepositionAt(side: SentenceModel, i: number): boolean {
  const { tokens, lexicon } = side;
  const before = tokens[i - 1];
  return (
    lexicon.participlePrepositions.has(tokens[i]!.word) &&
    before !== undefined &&
    before.term !== null &&
    !lexicon.auxiliaries.has(before.word) &&
    !lexicon.hooks.isAdverb(before.word) &&
    !breaksClause(side, i - 1)
  );
}

/**
 * Content terms not under a negation, each with its first position. A capitalised word inside the
 * sentence is part of a name ("the Cold War", "Peace Formula"), which opposes nothing.
 */
const affirmedTerms = memoPerSentence((side: SentenceModel): ReadonlyMap<string, number> => {
  const negated = negatedPositions(side);
  const excluded = side.lexicon.antonymExclusions;
  const terms = new Map<string, number>();
  side.tokens.forEach((token, i) => {
    // A negator is no claim of its own ("never" / "ever").
    if (token.term === null || negated.has(i) || side.lexicon.negators.has(keyOf(token))) return;
    // "their highest level" / "their lowest level": a degree opposes by its adjective, even one
    // whose bare form says nothing ("high-level talks").
    const grade = gradeOf(side, i);
    if (grade !== null && !terms.has(grade.base)) terms.set(grade.base, i);
    if (excluded.has(token.term) || terms.has(token.term)) return;
    if (i > 0 && capitalisedAt(side, i)) return;
    if (prepositionAt(side, i)) return;
    terms.set(token.term, i);
  });
  return keptMap(terms);
});
