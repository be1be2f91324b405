import { conflicts, CUES, type CuePull } from '../classify/index.js';
import { isLanguage, languageOf } from '../language/index.js';
import type { DocumentModel } from '../sentence/document.js';
import type { SentenceModel } from '../sentence/model.js';
import { cosine, type VectorSpace } from '../vectorize/tfidf.js';
import {
  findCandidates,
  mergedPairs,
  paraphrasePairs,
  unpairedSentences,
  withPairs,
  type Candidate,
} from './candidates.js';
import { align, type AlignedPair } from './index.js';
import { differentActs } from '../classify/acts.js';
import { addWordsOf, fillDifferently } from '../classify/fillers.js';
import { otherOccasion } from '../classify/frame.js';
import { keyOf } from '../classify/lexicon.js';
import { datelineDate, isDateLine, quantities } from '../classify/quantities.js';
import { reciprocalActs } from '../classify/cues/agent.js';
import { figuresOfTwoTimes } from '../classify/cues/number.js';
import {
  confidenceCeiling,
  confidenceOf,
  PAIR_FEATURES,
  pairFeatures,
  paraphrases,
  scoringContext,
  topicTerm,
} from './score.js';
import { wordnetRelated } from '../classify/related.js';
import { principalTerms } from './principals.js';
import {
  conflictOnSoleSlot,
  namesTheContact,
  sharedSlots,
  slotMap,
  slotPairs,
  type SlotMap,
} from './slots.js';
import { framesOrNames, namesInBoth, principalPeople, sameContact, whoOf } from './substance.js';

// The alignment policy: which pairs of sentences of two readouts may be aligned, beyond similarity.

/** Shared content words two sentences need before a cue may join them below the threshold. */
const MIN_SHARED_TOPIC_TERMS = 2;
const MAX_ANCHORED_PAIRS = 400;
/** Similarity from which two sentences say the same in nearly the same words. */
const SAME_WORDING = 0.8;
/** Similarity from which two lines of front matter that share a topic word are taken to announce one event. */
const FRONT_MATTER_MIN = 0.1;
/**
 * Confidence from which a sentence may join a sentence matched already, as a further claim of it:
 * the bar with the best link F1 on the tuning half (flat from 0.5 to 0.6; 0.8 left a sentence whose
 * claim the other side packs into a sentence with another unpaired).
 */
const FURTHER_CLAIM = 0.55;
/**
 * Confidence from which such a sentence may join one it conflicts with: two sentences told in one
 * frame with other names and figures are as often two events of one readout as one event told twice.
 */
const FURTHER_CONFLICT = 0.8;
/** Similarity from which a pair is scored at all. */
export const CANDIDATE_MIN = 0.1;

/** The most terms WordNet may relate to a term for a paraphrase of it to make a candidate pair. */
const MAX_PARAPHRASE_SENSES = 16;
/**
 * Share of the sentences of the shorter document that the ordinary matching must pair before the
 * two are taken to report one event, and their closing formulas may pair on framing words alone.
 * One-line documents need none: nothing says they are not about one event.
 */
const SAME_EVENT_SHARE = 0.25;
/**
 * Confidence from which two sentences of documents about one event are aligned although they share
 * no topic word: opposite accounts of one incident share few words, but place and rank vouch for them.
 */
const SURE_WITHOUT_TOPIC = 0.8;
/**
 * The same when a contradiction cue fires on the two: accounts that conflict share fewer words
 * than accounts that agree ("no land had been confiscated" / "allowing land to be taken").
 */
const CONFLICTING_WITHOUT_TOPIC = 0.65;
/** Similarity below which a pair needs more than one shared topic word (or a paraphrase) to be aligned. */
const LOW_OVERLAP = 0.15;

/** WordNet's related terms are English: in a language whose cues do without WordNet, paraphrase counts nothing. */
export function scoringFor(
  x: DocumentModel,
  y: DocumentModel,
  space: VectorSpace,
  candidates: readonly Candidate[],
  slots: SlotMap,
) {
  const principals = principalTerms(x, y, space);
  return isLanguage(x.lang) && languageOf(x.lang).cues.wordnet
    ? scoringContext(space, candidates, undefined, slots, principals)
    : scoringContext(space, candidates, () => undefined, slots, principals);
}

/**
 * The pairs the score weighs, as the aligner finds them: those similar from CANDIDATE_MIN on, and
 * those that speak of one slot of the event whatever their similarity.
 */
export function scoredCandidates(
  x: DocumentModel,
  y: DocumentModel,
  space: VectorSpace,
  slots: SlotMap,
): Candidate[] {
  const found = findCandidates(space, CANDIDATE_MIN);
  const unpaired = unpairedSentences(found, space.a.length, space.b.length);
  return withPairs(
    space,
    found,
    mergedPairs(slotPairs(x, y, slots), paraphrasedPairs(x, y, space, unpaired)),
  );
}

/**
 * The pairs of a sentence left `unpaired` whose content terms WordNet relates (agricultural / farm),
 * scored whatever their similarity, when the language has WordNet.
 */
function paraphrasedPairs(
  x: DocumentModel,
  y: DocumentModel,
  space: VectorSpace,
  unpaired: { a: Uint8Array; b: Uint8Array },
): { a: number; b: number }[] {
  if (!isLanguage(x.lang) || !languageOf(x.lang).cues.wordnet) return [];
  const { terms, topical, pervasive } = space.vocabulary;
  const principal = principalTerms(x, y, space);
  // A paraphrase ties two sentences as a rare word does: terms in two sentences of both documents at
  // most.
  const { documentFrequency } = space.vocabulary;
  const content = Uint8Array.from(topical, (t, id) =>
    t && !pervasive[id] && !principal[id] && documentFrequency[id]! <= 2 ? 1 : 0,
  );
  const idOf = new Map(terms.map((term, id) => [term, id]));
  // A term WordNet relates to many others has many senses ('end' / 'last', 'support' / 'back'):
  // its relations say too little to pair two sentences that share one word.
  const senses = (term: string) => wordnetRelated(term) ?? NO_TERMS;
  const relatedIds = new Array<readonly number[] | undefined>(terms.length);
  const relatedOf = (id: number): readonly number[] => {
    const own = senses(terms[id]!);
    if (own.length > MAX_PARAPHRASE_SENSES) return [];
    return own.flatMap((term) => {
      const other = idOf.get(term);
      return other === undefined ||
        other === id ||
        !content[other] ||
        senses(term).length > MAX_PARAPHRASE_SENSES
        ? []
        : [other];
    });
  };
  const related = (id: number): readonly number[] => (relatedIds[id] ??= relatedOf(id));
  return paraphrasePairs(space, content, related, unpaired);
}

/**
 * Whether two sentences stand in the same part of their documents. Headlines and headings repeat or
 * announce what the prose says; pairing one with a body sentence of the other document takes that
 * sentence from its real counterpart.
 */
function samePart(x: DocumentModel, y: DocumentModel, i: number, j: number): boolean {
  return (
    x.parts[i] === y.parts[j] &&
    (x.parts[i] !== 'front' || isDateLine(x.models[i]!) === isDateLine(y.models[j]!))
  );
}

const NO_TERMS: readonly string[] = [];

/** The words of what the contradiction cues that fire on two sentences compare, on either side. */
function comparedWords(a: SentenceModel, b: SentenceModel): ReadonlySet<string> {
  const words = new Set<string>();
  for (const reason of conflicts(a, b))
    for (const text of [reason.a, reason.b]) addWordsOf(text, words);
  return words;
}

/** WordNet's related terms, each term looked up once per comparison. */
function relatedTerms(): (term: string) => readonly string[] {
  const known = new Map<string, readonly string[]>();
  return (term) => {
    let found = known.get(term);
    if (found === undefined) {
      found = wordnetRelated(term) ?? NO_TERMS;
      known.set(term, found);
    }
    return found;
  };
}

/**
 * Aligns the sentences of two documents: similar sentences in the same part of their documents that
 * share a topic word, and below the threshold the pairs a contradiction cue pulls together.
 */
export function alignDocuments(
  x: DocumentModel,
  y: DocumentModel,
  space: VectorSpace,
  thresholds: { threshold: number; contradictionThreshold: number },
): AlignedPair[] {
  const pulls = CUES.flatMap((cue) => (cue.pull === undefined ? [] : [cue.pull]));
  const saying = pulls.map((pull) =>
    pull.says ? anchoredPairs(x, y, pull.says, pull.saidOnce) : [],
  );
  let paraphrased: (i: number, j: number) => number = () => 0;
  // The documents' principals, found when a pair is first weighed.
  let principals: ReadonlySet<string> | undefined;
  const principalsOf = () => (principals ??= principalPeople(x.models, y.models));
  const slots = slotMap(x, y);
  const slotted = slotPairs(x, y, slots);
  // Two sentences that fill one frame with different things make two claims, whatever they share,
  // a slot of the event too ("thanked King Abdullah for his support" / "for his hospitality"); a
  // contradiction cue that compares the words they differ in says how they differ. A headline names
  // the event in a few words of its own, no frame.
  const related = relatedTerms();
  // One act done on one side and to come on the other is two occasions, so are figures of one
  // kind given only for two times, and one act with the parties swapped and other words around
  // them two acts, whatever slot they share.
  const oneTopic = (i: number, j: number) =>
    x.parts[i] === 'front' ||
    (!otherOccasion(x.models[i]!, y.models[j]!) &&
      !figuresOfTwoTimes(x.models[i]!, y.models[j]!) &&
      !reciprocalActs(x.models[i]!, y.models[j]!) &&
      !differentActs(x.models[i]!, y.models[j]!) &&
      !fillDifferently(x.models[i]!, y.models[j]!, related, () =>
        comparedWords(x.models[i]!, y.models[j]!),
      ));
  const soleAccounts = slotted.filter(
    ({ a, b }) => sharedSlots(slots, a, b).sole && x.parts[a] !== 'front' && oneTopic(a, b),
  );
  return align(space, {
    threshold: thresholds.threshold,
    candidateMin: CANDIDATE_MIN,
    slotPairs: slotted,
    unpairedPairs: (unpaired) => paraphrasedPairs(x, y, space, unpaired),
    furtherClaim: {
      confidence: FURTHER_CLAIM,
      accept: (i, j, confidence) =>
        confidence >= FURTHER_CONFLICT || conflicts(x.models[i]!, y.models[j]!).length === 0,
    },
    scorer: (candidates) => {
      const context = scoringFor(x, y, space, candidates, slots);
      paraphrased = (i, j) => paraphrases(context, i, j);
      const features = new Float64Array(PAIR_FEATURES.length);
      return Object.assign(
        (i: number, j: number) => confidenceOf(pairFeatures(context, i, j, features)),
        {
          atMost: (i: number, j: number, similarity: number) =>
            confidenceCeiling(context, i, j, similarity, features),
        },
      );
    },
    // Near-identical wording needs no topic word: "The ministers agreed to remain in contact" twice.
    // Below LOW_OVERLAP, one shared word is not enough: a second, or a paraphrase, must back it.
    // One of them must say what, not who or the frame ("Ruto thanked Museveni ..." twice over).
    // The word-by-word frame comparison comes last: it is the dearest test.
    accept: (i, j, similarity) =>
      samePart(x, y, i, j) &&
      (similarity >= SAME_WORDING ||
        (topicTerms(space, i, j) + (similarity < LOW_OVERLAP ? paraphrased(i, j) - 1 : 0) >= 1 &&
          substance(x, y, space, principalsOf(), i, j) >= 1)) &&
      oneTopic(i, j),
    framing: {
      // Two accounts of one slot of the event (how long the call lasted) are about one thing.
      // Front matter (letterheads, ministries) pairs otherwise only on a shared topic word
      // (frontMatterPairs): the headline with the headline, the dateline with the dateline.
      accept: (i, j, confidence) =>
        samePart(x, y, i, j) &&
        oneTopic(i, j) &&
        (x.parts[i] === 'front'
          ? sharedSlots(slots, i, j).sole
          : confidence >= SURE_WITHOUT_TOPIC ||
            (confidence >= CONFLICTING_WITHOUT_TOPIC &&
              conflicts(x.models[i]!, y.models[j]!).length > 0) ||
            isFormulaPair(space, i, j, namesInBoth(x.models[i]!, y.models[j]!, principalsOf())) ||
            sharedSlots(slots, i, j).count > 0),
      sameEvent: (matched) =>
        matched >= Math.floor(SAME_EVENT_SHARE * Math.min(x.models.length, y.models.length)),
    },
    pinned: [
      ...pulls.flatMap((pull, k) =>
        pull.disputes ? disputedPairs(x, y, saying[k]!, pull.disputes) : [],
      ),
      ...frontMatterPairs(x, y, space),
    ],
    titles: titlePairs(x, y),
    ownClaims: [
      ...pulls.flatMap((pull) => (pull.ownClaim ? ownClaimPairs(x, y, space, pull.ownClaim) : [])),
      ...CUES.flatMap((cue) => (cue.pull?.denials ? denialPairs(x, y, space, cue) : [])),
    ],
    // Two sentences that are each the only one of their document, in their part, to speak of one
    // slot of the event (how long the call lasted) make a claim of their own about it, although one
    // of them may state another claim too ("In the call, which lasted about half an hour, the
    // leaders reaffirmed ..." / "The call lasted an hour."); so do a dateline and the sentence that
    // gives its date in a document that has none.
    eventClaims: [...datelinePairs(x, y), ...soleAccounts],
    // Two such accounts that conflict ("for approximately 90 minutes" / "met for more than two
    // hours") are linked although each is linked already, to what else it says.
    eventConflicts: soleAccounts.filter(({ a, b }) => {
      const sides = { a: x.models[a]!, b: y.models[b]! };
      const firing = new Set(conflicts(sides.a, sides.b).map((reason) => reason.cue));
      return conflictOnSoleSlot(slots, a, b, sides, firing);
    }),
    mergeGain: 0.05,
    mergePartMin: 0.15,
    secondary: {
      threshold: thresholds.contradictionThreshold,
      // Few of these pairs share topic words enough (53 of 2,570 on the shared generator's 10,000
      // sentences a side), and nearly all are about one topic: the cheaper refusal first.
      accept: (i, j) =>
        samePart(x, y, i, j) &&
        enoughTopicWords(x.models[i]!, y.models[j]!, topicTerms(space, i, j)) &&
        oneTopic(i, j),
      anchored: saying.flat(),
    },
  });
}

/**
 * Whether a pair below the threshold shares enough topic words to be aligned: as many as the fewest
 * any cue asks for ("who asked for the call", "how the talks went" and "whether a topic came up at
 * all" are questions of their own, whatever else the two sentences say), or the default when a cue
 * fires; with no cue asking or firing it is never aligned. A cue may ask on a pair it does not fire
 * on: two answers to one question that agree ("lasted fifty minutes" / "almost an hour") are one
 * claim. The cues are read until one settles it, since most of these pairs are ordinary neighbours.
 */
function enoughTopicWords(a: SentenceModel, b: SentenceModel, shared: number): boolean {
  let fired = false;
  for (const cue of CUES) {
    const finding = cue.detect(a, b);
    if (finding !== null) fired = true;
    const asked = cue.pull?.topicWordsNeeded?.(a, b, finding) ?? Infinity;
    if (shared >= asked || (fired && shared >= MIN_SHARED_TOPIC_TERMS)) return true;
  }
  return false;
}

/**
 * Every pair of sentences that both say who asked for the call, or both say how the talks went:
 * such pairs are about the same thing whatever their similarity. A readout has one or two of each;
 * a long transcript with many would make this quadratic, so beyond a few they are left out (beyond
 * one a side when the cue says so: `saidOnce`). The two documents are read side by side and the
 * reading stops once the pairs found are too many: each sentence asked costs the cue's analyses,
 * and a cue that many sentences satisfy (whether a topic was discussed) needs only a few asked.
 */
export function anchoredPairs(
  x: DocumentModel,
  y: DocumentModel,
  says: (side: SentenceModel) => boolean,
  saidOnce = false,
): { a: number; b: number }[] {
  const most = saidOnce ? 1 : MAX_ANCHORED_PAIRS;
  // Loops, not flatMap: an array per sentence, for every cue, was most of what this pass made.
  const inX: number[] = [];
  const inY: number[] = [];
  const [lengthX, lengthY] = [x.models.length, y.models.length];
  for (let i = 0; i < lengthX || i < lengthY; i++) {
    if (i < lengthX && says(x.models[i]!)) inX.push(i);
    if (i < lengthY && says(y.models[i]!)) inY.push(i);
    // The pairs only grow as the reading goes on.
    if (inX.length * inY.length > most) return [];
  }
  return inX.flatMap((a) => inY.map((b) => ({ a, b })));
}

/**
 * The pairs of sentences, in one part of their documents, that make a claim of their own for a
 * cue, and share as many topic words as the cues ask of them.
 */
function ownClaimPairs(
  x: DocumentModel,
  y: DocumentModel,
  space: VectorSpace,
  claim: NonNullable<CuePull['ownClaim']>,
): { a: number; b: number }[] {
  return anchoredPairs(x, y, claim.says).filter(
    ({ a, b }) =>
      samePart(x, y, a, b) &&
      claim.holds(x.models[a]!, y.models[b]!) &&
      enoughTopicWords(x.models[a]!, y.models[b]!, topicTerms(space, a, b)),
  );
}

/**
 * How many sentences of a document may affirm a term for a sentence of the other that denies it to
 * be paired with each: a term affirmed all through a document ("talks") says nothing about which
 * sentence the denial answers, and pairing them all would make long documents quadratic.
 */
const MAX_DENIAL_POSTINGS = 8;

/**
 * The pairs of sentences, in one part of their documents, of which one denies a term that the other
 * affirms and on which the cue fires, sharing as many topic words as the cues ask of them: found
 * through an index from each document's affirmed terms to its sentences, so that only sentences
 * holding a denied term are ever compared. Ordered by A index, then B index.
 */
function denialPairs(
  x: DocumentModel,
  y: DocumentModel,
  space: VectorSpace,
  cue: (typeof CUES)[number],
): { a: number; b: number }[] {
  const { denied, affirmed, settles } = cue.pull!.denials!;
  // Each pair once, with whether a term joins it that one sentence a side denies and affirms.
  const found = new Map<number, { a: number; b: number; sole: boolean }>();
  const gather = (deniers: DocumentModel, others: DocumentModel, deniersAreA: boolean) => {
    const wanted = termIndex(deniers, denied);
    if (wanted.size === 0) return;
    const affirming = termIndex(others, affirmed, wanted);
    for (const [term, inOthers] of affirming) {
      const inDeniers = wanted.get(term)!;
      if (inOthers.length > MAX_DENIAL_POSTINGS) continue;
      const sole = inDeniers.length === 1 && inOthers.length === 1;
      for (const i of inDeniers)
        for (const j of inOthers) {
          const [a, b] = deniersAreA ? [i, j] : [j, i];
          const key = a * y.models.length + b;
          found.set(key, { a, b, sole: sole || (found.get(key)?.sole ?? false) });
        }
    }
  };
  gather(x, y, true);
  gather(y, x, false);
  return [...found.values()]
    .filter(({ a, b, sole }) => {
      const [ma, mb] = [x.models[a]!, y.models[b]!];
      return (
        samePart(x, y, a, b) &&
        cue.detect(ma, mb) !== null &&
        ((sole && settles?.(ma, mb) === true) || enoughTopicWords(ma, mb, topicTerms(space, a, b)))
      );
    })
    .map(({ a, b }) => ({ a, b }))
    .sort((p, q) => p.a - q.a || p.b - q.b);
}

/**
 * The sentences of a document by the terms `termsOf` finds in them, ascending; only the terms of
 * `within` when it is given.
 */
function termIndex(
  doc: DocumentModel,
  termsOf: (side: SentenceModel) => Iterable<string>,
  within?: ReadonlyMap<string, unknown>,
): Map<string, number[]> {
  const index = new Map<string, number[]>();
  doc.models.forEach((model, i) => {
    for (const term of termsOf(model)) {
      if (within !== undefined && !within.has(term)) continue;
      const sentences = index.get(term);
      if (sentences === undefined) index.set(term, [i]);
      else if (sentences[sentences.length - 1] !== i) sentences.push(i);
    }
  });
  return index;
}

/**
 * Pairs of front-matter lines that share a topic word, to be matched first: two headlines of one
 * event ("Iran and Three European Countries Hold Talks in Istanbul" / "Statement ... on the E3–Iran
 * Meeting in Istanbul") share few words, but front matter pairs only with front matter, and a
 * readout has a few lines of it at most.
 */
function frontMatterPairs(
  x: DocumentModel,
  y: DocumentModel,
  space: VectorSpace,
): { a: number; b: number }[] {
  const front = (doc: DocumentModel) =>
    doc.parts.flatMap((part, i) => (part === 'front' ? [i] : []));
  const [inX, inY] = [front(x), front(y)];
  if (inX.length * inY.length > MAX_ANCHORED_PAIRS) return [];
  return inX.flatMap((a) =>
    inY
      .filter(
        (b) =>
          samePart(x, y, a, b) &&
          cosine(space.a[a]!, space.b[b]!) >= FRONT_MATTER_MIN &&
          topicTerms(space, a, b) >= 1,
      )
      .map((b) => ({ a, b })),
  );
}

/** How many sentences of its body a document without a dateline is searched for the date in. */
const DATE_SEARCH = 3;

/**
 * A dateline and the sentence that gives its date early in the other document's body, when that
 * document dates nothing in its front matter ("New Delhi, 20 March 2023" / "On Monday, 20 March,
 * Prime Minister Kishida held talks with Prime Minister Modi"): the date is a claim of both,
 * although the sentence makes others. Ordered by A index, then B index.
 */
function datelinePairs(x: DocumentModel, y: DocumentModel): { a: number; b: number }[] {
  const givesDate = (model: SentenceModel) => quantities(model).some((q) => q.key === 'date');
  const pairs = (dated: DocumentModel, other: DocumentModel): [number, number][] => {
    const front = (doc: DocumentModel) =>
      doc.parts.flatMap((part, i) => (part === 'front' ? [i] : []));
    if (front(other).some((i) => givesDate(other.models[i]!))) return [];
    const body = other.parts
      .flatMap((part, i) => (part === 'front' ? [] : [i]))
      .slice(0, DATE_SEARCH);
    return front(dated).flatMap((i) => {
      const date = datelineDate(dated.models[i]!);
      if (date === null) return [];
      const j = body.find((k) =>
        quantities(other.models[k]!).some((q) => q.key === 'date' && q.value === date),
      );
      return j === undefined ? [] : [[i, j] as [number, number]];
    });
  };
  return [
    ...pairs(x, y).map(([a, b]) => ({ a, b })),
    ...pairs(y, x).map(([b, a]) => ({ a, b })),
  ].sort((p, q) => p.a - q.a || p.b - q.b);
}

/**
 * The two documents' titles, when each opens with front matter whose first line names a person by
 * role ("PM speaks with President of Iran"), or when each names the event by a person or the
 * contact ("Lula and Boric sign agreements", "Japan-Indonesia Summit Meeting"): a letterhead or a
 * label ("Ministry of Defence", "Press release 220/2023") names none of them, a dateline a place
 * and a day, and a statement signed by roles ("Statement by the Spokespersons of France") names
 * who speaks rather than the event.
 */
function titlePairs(x: DocumentModel, y: DocumentModel): { a: number; b: number }[] {
  const opens = (doc: DocumentModel, names: (first: SentenceModel) => boolean) =>
    doc.parts[0] === 'front' && names(doc.models[0]!);
  const namesEvent = (first: SentenceModel) =>
    !isDateLine(first) && (whoOf(first).people.size > 0 || namesTheContact(first));
  return (opens(x, namesRole) && opens(y, namesRole)) ||
    (opens(x, namesEvent) && opens(y, namesEvent))
    ? [{ a: 0, b: 0 }]
    : [];
}

function namesRole(model: SentenceModel): boolean {
  const { personRoleKeys } = model.lexicon;
  return model.tokens.some((token) => personRoleKeys.has(keyOf(token)));
}

/**
 * Pairs of sentences that dispute what a cue compares (they name different initiators), to be
 * matched first. A sentence that the other document confirms somewhere belongs with that
 * confirmation, not with a dispute ("at the request of the Indian side" in both, "Pakistan
 * requested a meeting on water").
 */
function disputedPairs(
  x: DocumentModel,
  y: DocumentModel,
  saying: readonly { a: number; b: number }[],
  disputes: NonNullable<CuePull['disputes']>,
): { a: number; b: number }[] {
  const inSamePart = saying.filter(({ a, b }) => samePart(x, y, a, b));
  const disputed = inSamePart.map(({ a, b }) => disputes(x.models[a]!, y.models[b]!));
  const confirmedA = new Set(inSamePart.filter((_, k) => !disputed[k]).map(({ a }) => a));
  const confirmedB = new Set(inSamePart.filter((_, k) => !disputed[k]).map(({ b }) => b));
  return inSamePart.filter(
    ({ a, b }, k) => disputed[k] && !confirmedA.has(a) && !confirmedB.has(b),
  );
}

/** Topical terms one sentence of a formula pair may have that the other lacks ("personal" contacts). */
const FORMULA_OWN_TOPICS = 2;
/** Terms a formula pair shares at least ("agreed", "contact"): one word ("republic") is no formula. */
const FORMULA_SHARED_TERMS = 2;

/**
 * Whether two sentences read as one formula of the register in other words: they share a few terms,
 * no name of who speaks among them, and each has at most FORMULA_OWN_TOPICS topic words the other
 * lacks. "agreed to set up a working group on fisheries" is an agreement of its own, not the
 * closing formula "agreed to stay in touch"; "Okonkwo and Ferreira discussed rail freight" and
 * "... fishing rights" share their principals, not a formula.
 */
function isFormulaPair(
  space: VectorSpace,
  i: number,
  j: number,
  names: (term: string) => boolean,
): boolean {
  const x = space.a[i]!;
  const y = space.b[j]!;
  const { topical } = space.vocabulary;
  // One walk over the two sorted id lists: shared terms, and each side's topic words the other lacks.
  let shared = 0;
  let ownX = 0;
  let ownY = 0;
  for (let p = 0, q = 0; p < x.ids.length || q < y.ids.length;) {
    const xi = p < x.ids.length ? x.ids[p]! : INFINITE_ID;
    const yj = q < y.ids.length ? y.ids[q]! : INFINITE_ID;
    if (xi === yj) {
      // Names of who speaks make two formulas claims about them, each with what of its own.
      if (topical[xi] && names(space.vocabulary.terms[xi]!)) return false;
      shared++;
      p++;
      q++;
    } else if (xi < yj) {
      ownX += topical[xi]!;
      p++;
    } else {
      ownY += topical[yj]!;
      q++;
    }
  }
  return shared >= FORMULA_SHARED_TERMS && ownX <= FORMULA_OWN_TOPICS && ownY <= FORMULA_OWN_TOPICS;
}

/** Past every term id: where a walk over two sorted id lists stands once one list is done. */
const INFINITE_ID = 0x7fffffff;

/**
 * The shared topic terms of two sentences that are neither who nor the frame of the register; one
 * when they share none but report one contact among the same people.
 */
function substance(
  x: DocumentModel,
  y: DocumentModel,
  space: VectorSpace,
  principals: ReadonlySet<string>,
  i: number,
  j: number,
): number {
  const [a, b] = [x.models[i]!, y.models[j]!];
  const found = topicTerms(space, i, j, framesOrNames(a, b, principals));
  return found === 0 && sameContact(a, b) ? 1 : found;
}

/** Shared terms that say what a sentence is about: not framing words, not spread over most sentences. */
function topicTerms(
  space: VectorSpace,
  i: number,
  j: number,
  left: (term: string) => boolean = () => false,
): number {
  const total = space.a.length + space.b.length;
  const { topical, documentFrequency } = space.vocabulary;
  const x = space.a[i]!.ids;
  const y = space.b[j]!.ids;
  let count = 0;
  for (let p = 0, q = 0; p < x.length && q < y.length;) {
    const id = x[p]!;
    if (id < y[q]!) p++;
    else if (id > y[q]!) q++;
    else {
      if (topicTerm(topical, documentFrequency, total, id) && !left(space.vocabulary.terms[id]!))
        count++;
      p++;
      q++;
    }
  }
  return count;
}
