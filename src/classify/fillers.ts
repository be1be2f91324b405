import { aliasAt } from './actors.js';
import { antonymTable } from './antonyms.js';
import { exclusiveSlots, venues } from './frame.js';
import { asGiven, defineWords, groupBy, keyOf, wordSet } from './lexicon.js';
import { quantities } from './quantities.js';
import { languageOf } from '../language/index.js';
import { keptMap, memoPerSentence } from '../sentence/memo.js';
import { capitalisedAt } from '../sentence/capitals.js';
import type { SentenceModel } from '../sentence/model.js';
import { isBoilerplate } from '../vectorize/tokenize.js';
import { countSteps } from '../work.js';

/** Adds the words of a text, lower-cased, to a set: the words a slot or a firing cue speaks of. */
export function addWordsOf(text: string, words: Set<string>): void {
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}'-]+/u)) words.add(word);
}

/** The words by which a sentence lists several things, each a claim of its own ("trade and energy"). */
export const fillerWords = defineWords(
  {
    /** Words that join the items of a list ("and", "or"); a comma does too. */
    listJoiners: wordSet,
    /** Words after which a verb stands ("to attend", "would travel"). */
    verbMarkers: wordSet,
    /** Past forms of verbs that no regular ending shows ("took", "spoke"), besides the language's verb endings. */
    pastForms: wordSet,
    /** Words that say when an act is set ("next month", "later this year"), not what it is about. */
    whenWords: wordSet,
    /** Cities that seat an international body, whose name may stand for the body ("Brussels"). */
    seatsOfBodies: wordSet,
    /** Regions by their name, with the countries in each ("the Horn of Africa": Ethiopia, Somalia…). */
    regions: asGiven<Readonly<Record<string, readonly string[]>>>(),
  },
  (_compiled, given, { keys }) => {
    // Longest first, so that "the Korean Peninsula" is found before "Korean".
    const regions = Object.entries(given.regions ?? {})
      .map(([name, countries]) => ({ keys: keys(name), countries }))
      .filter((region) => region.keys.length > 0)
      .sort((p, q) => q.keys.length - p.keys.length);
    return {
      /** The regions by the first key of their name. */
      regionsByFirstKey: groupBy(regions, (region) => region.keys[0]!),
    };
  },
);

/**
 * The content terms of a sentence in order, and which of them fill its frame with what it is about
 * ("the supply of grain"): not framing words ("discussed", "sides"), names (of a party, a person, a
 * place), figures and dates, or the words of a slot that a cue compares (mode, status, weekday,
 * venue): when those differ, a cue says whether they conflict. Nor verbs and adverbs: two accounts
 * word what was done in many ways ("took stock of" / "reviewed"), and what it was done about less so.
 */
interface Content {
  terms: string[];
  /** The words the terms are of, as written (lower-cased). */
  words: string[];
  /**
   * By position in `terms`, what the term is: FILLER, PLAIN, LISTED, or several. One small array
   * per sentence, not three and a set: it is kept for every sentence of a long document.
   */
  kinds: Uint8Array;
  /**
   * By position in `terms`, the country or person a name resolves to in the project's data
   * ("Beijing": China; a person the documents name with their country), for the names that do.
   */
  resolved: ReadonlyMap<number, Resolved>;
}

/**
 * What a name stands for: its countries (one, or a region's), and the person (by key) when the name
 * is a person's.
 */
interface Resolved {
  countries: readonly string[];
  person: string | null;
}

/** A term that is a filler. */
const FILLER = 1;
/** A term that is a word of the statement, not a name or a figure. */
const PLAIN = 2;
/** A term that stands next to a list joiner or a comma. */
const LISTED = 4;
/** A filler that is a name ("Libya"): it stands opposite a name only, not a description ("the palace"). */
const NAME = 8;
/** A name right after a person's role ("President Okafor"): a person's, whom a name may not tell apart. */
const TITLED = 16;
/** A word of the statement that is a verb by its form or the word before it ("thanked", "to attend"). */
const VERB = 32;
/** A verb after a word that marks one ("to attend", "would travel"): a clause's predicate. */
const PREDICATE = 64;
/** A figure, or a word of a slot's value that a cue compares ("ninety minutes", "by video link"). */
const SLOT = 128;

function is(c: Content, k: number, kind: number): boolean {
  return (c.kinds[k]! & kind) !== 0;
}

const contentOf = memoPerSentence((side: SentenceModel): Content => {
  const { tokens, lexicon, text } = side;
  countSteps(tokens.length);
  const { keep } = languageOf(lexicon.lang).vocabulary;
  const slotWords = new Set<string>();
  const addWords = (words: string) => addWordsOf(words, slotWords);
  for (const q of quantities(side)) addWords(q.words);
  for (const values of exclusiveSlots(side).values()) for (const v of values) addWords(v.words);
  for (const venue of venues(side)) addWords(venue.words);
  const terms: string[] = [];
  const words: string[] = [];
  const kinds: number[] = [];
  const resolved = new Map<number, Resolved>();
  // The region or alias that covers the token being read, found where it starts.
  let region: { countries: readonly string[]; end: number } | null = null;
  let alias: { country: string; end: number } | null = null;
  const commaAfter = (k: number) => {
    if (k < 0 || k + 1 >= tokens.length) return false;
    for (let at = tokens[k]!.end; at < tokens[k + 1]!.start; at++)
      if (text[at] === ',') return true;
    return false;
  };
  const joins = (k: number) =>
    k >= 0 && k < tokens.length && lexicon.listJoiners.has(tokens[k]!.word);
  tokens.forEach((token, k) => {
    if (region !== null && k > region.end) region = null;
    if (region === null) region = regionAt(side, k);
    if (alias !== null && k > alias.end) alias = null;
    if (alias === null && region === null) alias = aliasAt(side, k, 1);
    if (token.term === null) return;
    const person = side.people.get(keyOf(token));
    const named =
      (k > 0 && capitalisedAt(side, k)) ||
      region !== null ||
      alias !== null ||
      person !== undefined;
    // A city that seats an international body names the body as well as its country ("Brussels").
    if (region !== null) resolved.set(terms.length, { countries: region.countries, person: null });
    else if (person !== undefined)
      resolved.set(terms.length, { countries: [person], person: keyOf(token) });
    else if (alias !== null && !lexicon.seatsOfBodies.has(token.word))
      resolved.set(terms.length, { countries: [alias.country], person: null });
    const isSlot = slotWords.has(token.word) || /^\p{N}/u.test(token.word);
    const isPlain = !named && !isSlot;
    // A name that is no role and no slot's value ("the situation in Libya" / "in Yemen", "with
    // President Tokayev" / "with President Japarov") names what the frame is filled with, as a noun does.
    const isName =
      named &&
      !slotWords.has(token.word) &&
      !lexicon.personRoleKeys.has(keyOf(token)) &&
      !isBoilerplate(token.term, lexicon.lang);
    // A name is no verb, whatever its ending or the word before it ("travel to Japan").
    const isPredicate = isPlain && k > 0 && lexicon.verbMarkers.has(tokens[k - 1]!.word);
    const isVerb =
      isPredicate ||
      (isPlain && (lexicon.hooks.isVerbForm(token.word) || lexicon.pastForms.has(token.word)));
    const isFiller =
      isName ||
      (isPlain &&
        !isVerb &&
        !keep.includes(token.word) &&
        !lexicon.hooks.isAdverb(token.word) &&
        !isBoilerplate(token.term, lexicon.lang));
    terms.push(token.term);
    words.push(token.word);
    const listed = joins(k - 1) || joins(k + 1) || commaAfter(k - 1) || commaAfter(k);
    kinds.push(
      (isFiller ? FILLER : 0) |
        (isPlain || isName ? PLAIN : 0) |
        (listed ? LISTED : 0) |
        (isName ? NAME : 0) |
        (isName && k > 0 && lexicon.personRoleKeys.has(keyOf(tokens[k - 1]!)) ? TITLED : 0) |
        (isVerb ? VERB : 0) |
        (isPredicate ? PREDICATE : 0) |
        (isSlot ? SLOT : 0),
    );
  });
  return { terms, words, kinds: Uint8Array.from(kinds), resolved: keptMap(resolved) };
});

/** The region whose name starts at token k ("the Sahel", "the Horn of Africa"), and where it ends. */
function regionAt(
  side: SentenceModel,
  k: number,
): { countries: readonly string[]; end: number } | null {
  const { tokens } = side;
  for (const region of side.lexicon.regionsByFirstKey.get(keyOf(tokens[k]!)) ?? [])
    if (
      k + region.keys.length <= tokens.length &&
      region.keys.every((key, n) => keyOf(tokens[k + n]!) === key) &&
      capitalisedAt(side, k)
    )
      return { countries: region.countries, end: k + region.keys.length - 1 };
  return null;
}

/** How many shared fillers one substituted filler outweighs at most. */
const SHARED_PER_OWN = 2;
/** The most words, on each side, of the thing one sentence names in place of the other's. */
const MAX_SUBSTITUTED = 3;
/** The most words of its own, on each side, of the object one frame is filled with. */
const MAX_OBJECT = 8;
/** Longer sentences are not compared word by word: look-alike statements are short. */
const MAX_TERMS = 24;

/**
 * Whether two sentences fill one frame with different things: "The sides discussed the supply of
 * grain" / "... of fertiliser", "a delegation to the expo" / "to the summit". In the order of the
 * terms they share, every filler one has and the other lacks stands opposite a filler of the other,
 * none of them related to its counterpart (WordNet: a synonym, a more general word, an opposite).
 * Both can be true, and neither states the other's claim. A filler in a list ("trade and energy")
 * is an item of its own, and the list may share another, but a person listed is a party; a filler added on one side only ("the
 * railway project" / "the new railway project") adds to the claim rather than replacing it.
 * Or, after a frame the two share up to its act ("Ruto thanked Museveni for"), each names an object
 * of its own in more words, verbs among them (objectsApart).
 * `compared` gives the words of what the contradiction cues that fire on the two compare.
 */
export function fillDifferently(
  a: SentenceModel,
  b: SentenceModel,
  related: (term: string) => readonly string[],
  compared: () => ReadonlySet<string> = () => NOTHING_COMPARED,
): boolean {
  if (!a.lexicon.wordnet || !ownTerm(a, b) || !ownTerm(b, a)) return false;
  const [x, y] = [contentOf(a), contentOf(b)];
  if (x.terms.length > MAX_TERMS || y.terms.length > MAX_TERMS) return false;
  const fewOwn = fewOwnWords(x, y) && fewOwnWords(y, x);
  const frame = sharedFrame(x, y);
  if (!fewOwn && frame === 0) return false;
  // A filler the other sentence has too, in another place, is shared, not substituted.
  const ownMask = (c: Content, other: Content) =>
    Uint8Array.from(c.terms, (term, k) =>
      is(c, k, FILLER) && !other.terms.includes(term) ? 1 : 0,
    );
  const [maskX, maskY] = [ownMask(x, y), ownMask(y, x)];
  const [ownX, ownY] = [count(maskX), count(maskY)];
  if (ownX === 0 || ownY === 0) return false;
  // What they share must not outweigh what they differ in: "the railway project" / "the pipeline
  // project" differ in what they are about, "a comprehensive economic and maritime security
  // partnership" adopted / agreed on does not.
  // A title written in capitals on one side ("a Comprehensive Strategic Partnership") is no name.
  // When the act is set ("next month", "later this year") says when, not what it is about.
  const { whenWords } = a.lexicon;
  const shared = new Set<string>();
  const addShared = (c: Content, other: Content) =>
    c.terms.forEach((term, k) => {
      if (
        is(c, k, FILLER) &&
        !is(c, k, NAME) &&
        !whenWords.has(c.words[k]!) &&
        other.terms.includes(term)
      )
        shared.add(term);
    });
  addShared(x, y);
  addShared(y, x);
  if (Math.min(ownX, ownY) * SHARED_PER_OWN < shared.size) return false;
  if (
    !(fewOwn && substitutedOnly(x, y, maskX, maskY)) &&
    !(frame > 0 && objectsApart(x, y, maskX, maskY, frame, whenWords))
  )
    return false;
  // Any word of one that the other lacks may be the other's in other words ("chip industry" /
  // "semiconductor manufacturing", "an all-time high" / "never higher"): verbs too.
  const opposites = antonymTable(a.lexicon);
  const { hooks } = a.lexicon;
  const graded = (word: string, other: string) =>
    hooks.gradedByEnding(word)?.bases.includes(other) === true;
  const linked = (c: Content, k: number, d: Content, l: number) => {
    const [p, q] = [c.terms[k]!, d.terms[l]!];
    return (
      related(p).includes(q) ||
      related(q).includes(p) ||
      siblings(related(p), related(q)) ||
      opposites.opposites(p).some(([o]) => o === q) ||
      graded(c.words[k]!, d.words[l]!) ||
      graded(d.words[l]!, c.words[k]!)
    );
  };
  const plainOwn = (c: Content, other: Content) =>
    c.terms.flatMap((term, k) => (is(c, k, PLAIN) && !other.terms.includes(term) ? [k] : []));
  const [inX, inY] = [plainOwn(x, y), plainOwn(y, x)];
  if (inX.some((k) => inY.some((l) => linked(x, k, y, l)))) return false;
  // What a contradiction cue compares is what the two differ in, not a thing put in place of another.
  const byCues = compared();
  const comparedIn = (c: Content, mask: Uint8Array) =>
    c.words.some((word, k) => mask[k] === 1 && byCues.has(word));
  return !comparedIn(x, maskX) && !comparedIn(y, maskY);
}

const NOTHING_COMPARED: ReadonlySet<string> = new Set();

/** The most terms WordNet may relate to each of two terms for a term both relate to to link them. */
const MAX_SIBLING_SENSES = 16;

/**
 * Whether two terms of a few senses each have a term WordNet relates to both ("restriction" and
 * "curb": "restraint"), so that one may be the other in other words.
 */
function siblings(p: readonly string[], q: readonly string[]): boolean {
  if (p.length > MAX_SIBLING_SENSES || q.length > MAX_SIBLING_SENSES) return false;
  return p.some((term) => q.includes(term));
}

/**
 * Whether a side has a content term the other lacks: a filler it has of its own needs one, and
 * most pairs of a long document, one sentence the other's with words added or reworded into the
 * same terms, have none on one side. Read from the tokens, before the sentences' content is.
 */
function ownTerm(side: SentenceModel, other: SentenceModel): boolean {
  for (const token of side.tokens) {
    if (token.term === null) continue;
    let shared = false;
    for (const theirs of other.tokens)
      if (theirs.term === token.term) {
        shared = true;
        break;
      }
    if (!shared) return true;
  }
  return false;
}

/**
 * How many first terms two sentences share when an act is among them ("Ruto thanked Museveni",
 * "the ministers discussed"), and both go on: the frame they put their objects in; 0 when not.
 * An act to come ("agreed to continue", "will keep up") is no frame: a plan is told with its
 * object in other words ("communication between the defence authorities" / "consultations
 * through working-level channels").
 */
function sharedFrame(x: Content, y: Content): number {
  let act = false;
  let k = 0;
  for (; k < x.terms.length && k < y.terms.length && x.terms[k] === y.terms[k]; k++)
    if (is(x, k, PREDICATE) || is(y, k, PREDICATE)) return 0;
    else if (is(x, k, VERB) && is(y, k, VERB)) act = true;
  return act && k < x.terms.length && k < y.terms.length ? k : 0;
}

/**
 * Whether, after a frame they share, the two sentences each name a thing of their own, however long
 * and with verbs of their own ("thanked Museveni for backing Kenya's candidate" / "for hosting the
 * summit"): one frame, two objects, which share fewer words than each has of its own ("the purchase
 * of wheat for the provinces" / "of fuel for the garrisons" is one claim worded otherwise). An item
 * of a list may be one the other's list shares; names are left to the substitution, which resolves
 * them; a name against a description may be one thing ("Malacañang" / "the palace"); and a clause
 * of its own ("agreed to continue communication" / "to keep up consultations") is an act worded
 * otherwise. Own words related in WordNet are refused where both paths meet.
 */
function objectsApart(
  x: Content,
  y: Content,
  ownX: Uint8Array,
  ownY: Uint8Array,
  frame: number,
  when: ReadonlySet<string>,
): boolean {
  const [tailX, tailY] = [x.terms.slice(frame), y.terms.slice(frame)];
  let shared = 0;
  const apart = (c: Content, own: Uint8Array, other: Content, otherTail: readonly string[]) => {
    let words = 0;
    for (let k = frame; k < c.terms.length; k++) {
      if (own[k] === 1 && is(c, k, LISTED) && (c.resolved.get(k)?.person ?? null) === null)
        return false;
      if (is(c, k, PREDICATE)) return false;
      const term = c.terms[k]!;
      if (is(c, k, PLAIN) && !other.terms.includes(term) && ++words > MAX_OBJECT) return false;
      if (is(c, k, FILLER) && !is(c, k, NAME) && !when.has(c.words[k]!) && otherTail.includes(term))
        shared++;
    }
    return true;
  };
  if (!apart(x, ownX, y, tailY) || !apart(y, ownY, x, tailX)) return false;
  // Figures or a slot's value on both sides ("331 million dollars in new assistance" / "USD 331
  // million in support", "lasted over an hour and were followed" / "lasting ninety minutes") say
  // what the cues compare, not a thing of each side's own.
  if (slotIn(x, frame) && slotIn(y, frame)) return false;
  const names = namesOnly(x, ownX, frame, x.terms.length);
  return (
    !names &&
    names === namesOnly(y, ownY, frame, y.terms.length) &&
    // Each side's shared words are counted once from either side.
    shared / 2 < Math.min(count(ownX), count(ownY))
  );
}

/** Whether a sentence's terms from `from` on hold a figure or a slot's value. */
function slotIn(c: Content, from: number): boolean {
  for (let k = from; k < c.terms.length; k++) if (is(c, k, SLOT)) return true;
  return false;
}

/**
 * What a substitution leaves at most, checked before any alignment of the words: every word of the
 * statement that the other sentence lacks is a filler, and there are a few of them.
 */
function fewOwnWords(c: Content, other: Content): boolean {
  let own = 0;
  for (let k = 0; k < c.terms.length; k++) {
    if (!is(c, k, PLAIN) || other.terms.includes(c.terms[k]!)) continue;
    if (!is(c, k, FILLER) || ++own > MAX_SUBSTITUTED) return false;
  }
  return own > 0;
}

function count(mask: Uint8Array): number {
  let sum = 0;
  for (const bit of mask) sum += bit;
  return sum;
}

/**
 * What a gap between shared terms holds on one side: fillers of its own ('filled'), none ('empty'),
 * or something else than a thing put in place of another ('other'): a verb or a framing word (the
 * two say different things were done, which the cues and the score weigh), or an item of a list.
 */
function gapOf(
  c: Content,
  own: Uint8Array,
  from: number,
  to: number,
): 'filled' | 'empty' | 'other' {
  let filled = false;
  for (let k = from; k < to; k++) {
    if (is(c, k, PLAIN) && !is(c, k, FILLER)) return 'other';
    if (own[k] !== 1) continue;
    // A person listed with others is one of the parties, not an item the list may share another
    // with: "Mirziyoyev and Tokayev" / "Mirziyoyev and Japarov" met apart.
    if (is(c, k, LISTED) && (c.resolved.get(k)?.person ?? null) === null) return 'other';
    filled = true;
  }
  return filled ? 'filled' : 'empty';
}

/** Whether the fillers of its own that a stretch of a sentence's terms holds are all names. */
function namesOnly(c: Content, own: Uint8Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (own[k] === 1 && !is(c, k, NAME)) return false;
  return true;
}

/**
 * What the names of its own that a stretch holds resolve to, or null when none does: a word of a
 * name beside one that resolves is part of it ("the Élysée Palace").
 */
function resolvedIn(c: Content, own: Uint8Array, from: number, to: number): Resolved[] | null {
  const found: Resolved[] = [];
  for (let k = from; k < to; k++) {
    const value = own[k] === 1 ? c.resolved.get(k) : undefined;
    if (value !== undefined) found.push(value);
  }
  return found.length > 0 ? found : null;
}

/**
 * Whether two stretches of names stand for different countries or people, each name resolved: a
 * country is not another, a person not another person; a person and their own country may be one,
 * and so may a region and a country in it ("the Sahel" / "Mali"), or two regions that share one.
 * Two single names, no person's after a role, that neither resolves stand apart too.
 */
function standsApart(
  x: Content,
  ownX: Uint8Array,
  fromX: number,
  toX: number,
  y: Content,
  ownY: Uint8Array,
  fromY: number,
  toY: number,
): boolean {
  const [inX, inY] = [resolvedIn(x, ownX, fromX, toX), resolvedIn(y, ownY, fromY, toY)];
  // Two one-word names the data knows neither of, in one frame otherwise worded alike, are two
  // places or bodies ("Nouadhibou" / "Nouakchott", "Tonga" / "Tuvalu"): a transliteration is one
  // term already (learnt spellings), and an old name ("Burma") stands opposite a known one. A
  // person's name after a role may be one person's, named otherwise ("President Okafor").
  if (inX === null && inY === null)
    return toX - fromX === 1 && toY - fromY === 1 && !is(x, fromX, TITLED) && !is(y, fromY, TITLED);
  if (inX === null || inY === null) return false;
  const same = (p: Resolved, q: Resolved) =>
    p.person !== null && q.person !== null
      ? p.person === q.person
      : p.countries.some((country) => q.countries.includes(country));
  return !inX.some((p) => inY.some((q) => same(p, q)));
}

/** Whether one stretch is a single word made of the initials of the other stretch's words ("UN"). */
function initialsOf(
  c: Content,
  from: number,
  to: number,
  d: Content,
  dFrom: number,
  dTo: number,
): boolean {
  if (to - from !== 1 || dTo - dFrom < 2) return false;
  const initials = d.words
    .slice(dFrom, dTo)
    .map((word) => word[0])
    .join('');
  return c.words[from] === initials;
}

/** How many words of the statement (names too, no figures) a stretch of its terms holds. */
function plainWords(c: Content, from: number, to: number): number {
  let count = 0;
  for (let k = from; k < to; k++) if (is(c, k, PLAIN)) count++;
  return count;
}

/**
 * Whether, in the longest common subsequence of the two sentences' terms, exactly one gap holds
 * fillers, on both sides, in a few words, and every other gap holds words on both sides or on none.
 */
function substitutedOnly(x: Content, y: Content, ownX: Uint8Array, ownY: Uint8Array): boolean {
  const [n, m] = [x.terms.length, y.terms.length];
  countSteps(n * m);
  // at(i, j): the longest common subsequence of x from i and y from j.
  const width = m + 1;
  const lengths = new Uint8Array((n + 1) * width);
  const at = (i: number, j: number) => lengths[i * width + j]!;
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lengths[i * width + j] =
        x.terms[i] === y.terms[j] ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
  let [i, j] = [0, 0];
  let substitutions = 0;
  let renamed = 0;
  while (i < n || j < m) {
    if (i < n && j < m && x.terms[i] === y.terms[j]) {
      i++;
      j++;
      continue;
    }
    // A gap: the terms of each side up to the next shared term.
    const [fromX, fromY] = [i, j];
    while (i < n || j < m) {
      if (i < n && j < m && x.terms[i] === y.terms[j]) break;
      if (j >= m || (i < n && at(i + 1, j) >= at(i, j + 1))) i++;
      else j++;
    }
    const [inX, inY] = [gapOf(x, ownX, fromX, i), gapOf(y, ownY, fromY, j)];
    if (inX === 'other' || inY === 'other') return false;
    // Words on one side only, opposite nothing: the other states less, not something else.
    const [wordsX, wordsY] = [plainWords(x, fromX, i), plainWords(y, fromY, j)];
    if ((wordsX === 0) !== (wordsY === 0)) return false;
    if (inX !== inY) return false;
    if (inX === 'filled') {
      // One thing is named in a few words; a longer stretch is a claim worded otherwise.
      if (wordsX > MAX_SUBSTITUTED || wordsY > MAX_SUBSTITUTED) return false;
      // A name against a description may be the same thing ("Malacañang" / "the palace").
      const names = namesOnly(x, ownX, fromX, i);
      if (names !== namesOnly(y, ownY, fromY, j)) return false;
      if (!names) substitutions++;
      // "the UN" / "the United Nations": one name, written short; the rest of the sentence decides.
      else if (initialsOf(x, fromX, i, y, fromY, j) || initialsOf(y, fromY, j, x, fromX, i))
        continue;
      // Two names may be one place, person or body ("Libya" / "North Africa", "Myanmar" / "Burma"):
      // two different countries or people known to the project's data are two claims, and so are
      // two one-word names it knows neither of in one frame (standsApart).
      else if (standsApart(x, ownX, fromX, i, y, ownY, fromY, j)) renamed++;
      else return false;
    }
  }
  // One thing put in place of another; two accounts in their own words differ all through. Other
  // people and places may stand in several places: "Modi will visit Japan" / "Ishiba will visit India".
  return substitutions <= 1 && substitutions + renamed >= 1;
}
