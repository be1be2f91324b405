import { defineCue, messagesOf, type Finding } from '../cue.js';
import {
  asGiven,
  defineWords,
  keyOf,
  keySet,
  termSet,
  termTable,
  verbParticles,
  wordPairs,
  wordPhrases,
  wordSet,
} from '../lexicon.js';
import { keptMap, keptSet, memoPerSentence } from '../../sentence/memo.js';
import { capitalisedAt } from '../../sentence/capitals.js';
import { aliasAt } from '../actors.js';
import type { SentenceModel } from '../../sentence/model.js';
import {
  breaksClause,
  clauseStart,
  endsPart,
  hasAnyOf,
  isPastForm,
  slice,
  wordsAt,
} from '../phrases.js';
import { gradeOf } from '../degree.js';
import { wordnetRelated } from '../related.js';

/**
 * A negation covers the first content word after it, the head of what it denies ("did not
 * *sign* the treaty", "no *change* in policy"), and at most this many words to reach it. Reaching
 * further mistakes the rest of the clause for what is denied. "No" reaches a little further, within
 * the same bound: over the words that qualify its noun ("no troop *reinforcement*") and to the
 * passive verb of that noun ("no date was *agreed*", within PASSIVE_REACH).
 */
const SCOPE_CONTENT_WORDS = 1;
const SCOPE_WORDS = 4;
/**
 * How far after "no" its noun's passive verb may stand ("No date for the summit was agreed"), past a
 * complement with "of" and a perfect ("No easing of the export rules had been agreed").
 */
const PASSIVE_REACH = 8;

interface Polarity {
  /** Content terms under a negator, with where the negation starts and the negated word. */
  negated: ReadonlyMap<string, { from: number; to: number }>;
  /** Content terms that occur outside any negation. */
  affirmed: ReadonlyMap<string, number>;
  /** Content terms later in a negated clause, which the negation may still cover. */
  doubtful: ReadonlySet<string>;
  /** Nouns denied as what a denied verb takes ("did not sign any document"), with that verb. */
  carriers: ReadonlyMap<string, string>;
}

const messages = {
  // The slot and each side's value, in a fixed order: what one side affirms, the other denies.
  negatedOnOneSide: (affirmed: string, denied: string) =>
    `polarity: affirmed ("${affirmed}") against denied ("${denied}")`,
};
const say = messagesOf(messages);

/**
 * The words of negation, which the other cues read too: what a negation covers is neither
 * affirmed nor opposed.
 */
const words = defineWords(
  {
    /** Words that negate what follows them. */
    negators: keySet,
    /** Verbs that negate their complement ("refused to sign"), by term. */
    negatingVerbs: termSet,
    /**
     * Verbs that set a party against their object without denying it took place ("rejected a
     * ceasefire"), by term: one side's denial of that object agrees with them.
     */
    opposingVerbs: termSet,
    /**
     * Negating verbs that stop what others do ("blocked the adoption"), by term: after "to" they
     * name a goal ("agreed to block arms smuggling"), not a denial of what took place.
     */
    stoppingVerbs: termSet,
    /** Negator + next word pairs that do not negate the claim ("not only"). */
    nonNegating: wordPairs,
    /** Verbs with a particle that negate their object ("rule out": "ruled out a ceasefire" denies one). */
    negatingPhrases: verbParticles,
    /** Auxiliaries shown with the negation they stand before ("did not"). */
    auxiliaries: wordSet,
    /** Nouns for the parties themselves, which a negation quantifies rather than denies ("neither side"). */
    participantNouns: keySet,
    /** Words that open a new clause without punctuation, ending a negation's reach ("but"). */
    contrastWords: wordSet,
    /** Negators that, before a comparative, say it is the highest degree ("never been better"). */
    extremeNegators: wordSet,
    /** Quantifiers over every member, which a negation before them makes partial ("not all"). */
    universalQuantifiers: wordSet,
    /** The word that opens an infinitive ("to"): "no reason to sign" denies the signing. */
    infinitiveMarkers: wordSet,
    /**
     * Determiners before a noun that take the thing it names as known ("the understanding", "their
     * agreement") or as only possible ("any deal"): such a noun does not say that the thing came about.
     */
    presupposingDeterminers: wordSet,
    /** Negators that deny a subject and with it the passive verb that follows ("no date was agreed"). */
    subjectNegators: wordSet,
    /** Forms of "be" that make a passive ("was agreed"). */
    passiveAuxiliaries: wordSet,
    /** Words that open a relative clause set off by commas ("the talks, which lasted late, were ..."). */
    relativePronouns: wordSet,
    /** Words besides the relative pronouns that open a clause of their own ("no surprise that ..."). */
    complementizers: wordSet,
    /** Words a negation may deny instead of naming the act again ("refused to do so"). */
    proForms: wordPhrases,
    /**
     * Words that carry a negation on to the noun they open ("did not present *any* evidence",
     * "have not let *a single* corridor function"): the noun is denied with the verb.
     */
    polarityItems: wordPhrases,
    /**
     * Verbs of taking place (WordNet's synset of "happen", in its forms): denied, they deny their
     * subject ("the planned meeting did not take place" says there was no meeting).
     */
    occurrenceVerbs: wordPhrases,
    /**
     * Words that put their subject in a whole ("part of", "among"): denied, they deny their subject
     * ("the reinstallation of cameras was not part of the agreement" says none was agreed).
     */
    inclusionPhrases: wordPhrases,
    /** Nouns that name an agreement, each with the verb it is made by ("understanding": "agree"). */
    agreementNouns: termTable,
    /** The verb of discussing, which the discussion words stand for. */
    discussionVerb: asGiven<string>(),
    /**
     * Words that say a topic was discussed without the verb: a verb before what is discussed ("raised
     * the issue", "exchanged views") or in the passive ("was not addressed"), and phrases ("a subject
     * of", "on the agenda").
     */
    discussion: asGiven<{
      verbs: string[];
      objects: string[];
      phrases: string[];
      /** Verbs that report what a party said at the talks ("urged", "stressed"): it was discussed. */
      reporting?: string[];
    }>(),
  },
  (
    { relativePronouns, complementizers, discussion, discussionVerb, negatingPhrases },
    _given,
    context,
  ) => {
    const phrases = (discussion?.phrases ?? []).map(context.words);
    return {
      /**
       * The verbs that open a negating phrase ("rule" of "rule out"), so most words need no phrase
       * built to test: a phrase is a verb's term and the word after it, which holds no space.
       */
      negatingPhraseHeads: new Set(
        [...negatingPhrases].map((phrase) => phrase.slice(0, phrase.lastIndexOf(' '))),
      ),
      /** Relative pronouns and complementizers. */
      clauseOpeners: new Set([...relativePronouns, ...complementizers]),
      /** The term of the discussion verb, if the language gives one. */
      discussionTerm:
        discussionVerb === undefined ? undefined : (context.term(discussionVerb) ?? undefined),
      discussionVerbs: new Set(discussion?.verbs),
      reportingVerbs: new Set(discussion?.reporting),
      discussionObjects: new Set(discussion?.objects),
      discussionPhrases: phrases,
      /** Every word of the discussion phrases: a word outside it cannot be part of one. */
      discussionPhraseWords: new Set(phrases.flat()),
      /** A word of every way of saying that something was discussed: a cheap test first. */
      discussionTriggers: new Set([
        ...(discussionVerb === undefined ? [] : [context.term(discussionVerb) ?? discussionVerb]),
        ...(discussion?.verbs ?? []),
        // The content words of the phrases ("subject", "agenda"), not their "the" and "of".
        ...phrases.flat().filter((word) => context.term(word) !== null),
      ]),
    };
  },
);

/** Fires when a claim is negated on one side and affirmed on the other ("did not agree" / "agreed"). */
export const negationCue = defineCue({
  name: 'negation',
  words,
  messages,
  detect(a, b) {
    // A claim is denied only within a negation's scope: most pairs have none on either side, and
    // need no polarity read.
    if (!negatesAnything(a) && !negatesAnything(b)) return null;
    const pa = polarity(a);
    const pb = polarity(b);
    return (
      mismatch(a, pa, b, pb, 'a') ??
      mismatch(b, pb, a, pa, 'b') ??
      paraphrasedMismatch(a, pa, b, pb, 'a') ??
      paraphrasedMismatch(b, pb, a, pa, 'b')
    );
  },
  pull: {
    // A topic one side says was not discussed and the other says was needs only that topic word,
    // besides the word of discussing when both use it ("raised" / "were raised"): that is what they
    // dispute, not what it was about.
    topicWordsNeeded: (a, b) =>
      disputesDiscussion(a, b) ? 1 + (sameDiscussionWord(a, b) ? 1 : 0) : undefined,
    // Whether a topic came up is a claim of its own: the sentence that reports the discussion may
    // share its other claims with a third sentence.
    ownClaim: { says: (side) => speaksOfDiscussionAtAll(side), holds: disputesReportedDiscussion },
    // "There was no meeting" against "the ministers met": whether the meeting or the agreement
    // that one side denies outright took place at all is a question of its own, however
    // differently the two sentences go on.
    denials: {
      denied: (side) => deniedOutright(side).keys(),
      affirmed: (side) => asserted(side),
      settles: (a, b) => deniesTheEvent(a, b) || deniesTheEvent(b, a),
    },
  },
});

/**
 * Whether one side denies that a topic was discussed and the other reports that it was: "to address
 * the matters agreed" is what a commission is for, no report that they were discussed.
 */
function disputesReportedDiscussion(a: SentenceModel, b: SentenceModel): boolean {
  const act = a.lexicon.discussionTerm;
  if (act === undefined || !disputesDiscussion(a, b)) return false;
  const reporting = polarity(a).affirmed.has(act) ? a : b;
  const at = polarity(reporting).affirmed.get(act)!;
  return !reporting.lexicon.infinitiveMarkers.has(reporting.tokens[at - 1]?.word ?? '');
}

/** Whether both sides say that something was discussed, or was not, by the same word. */
function sameDiscussionWord(a: SentenceModel, b: SentenceModel): boolean {
  const triggers = a.lexicon.discussionTriggers;
  return a.tokens.some(
    (x) =>
      x.term !== null &&
      (triggers.has(x.word) || triggers.has(x.term)) &&
      b.tokens.some((y) => y.term === x.term),
  );
}

/** Whether a sentence says, or denies, that something was discussed. */
const speaksOfDiscussionAtAll = memoPerSentence((side: SentenceModel): boolean => {
  const act = side.lexicon.discussionTerm;
  if (act === undefined || !hasAnyOf(side, side.lexicon.discussionTriggers)) return false;
  const { negated, affirmed } = polarity(side);
  return negated.has(act) || affirmed.has(act);
});

/**
 * What a side denies outright, by term, each with the word denied: what "no" denies ("there was *no
 * meeting*", "no *agreement* was reached", "agreed to no *ceasefire*"). A verb's negation ("did not
 * support") is as often about who acted, or how, as about whether the act took place.
 */
const deniedOutright = memoPerSentence((side: SentenceModel): ReadonlyMap<string, number> => {
  const { tokens, lexicon } = side;
  // Only a sentence with "no" in it denies anything outright: the others need no polarity read.
  if (!hasAnyOf(side, lexicon.subjectNegators)) return NOTHING_DENIED;
  const denied = new Map<string, number>();
  const isNo = (k: number) => lexicon.subjectNegators.has(tokens[k]?.word ?? '');
  for (const [term, { from, to }] of polarity(side).negated)
    // The negation starts at "no", or at the auxiliary before it ("there were no talks").
    if (isNo(from) || isNo(from + 1)) denied.set(term, to);
  return keptMap(denied);
});

const NOTHING_DENIED = keptMap(new Map<string, number>());

/** Whether any word of a sentence stands under a negation: without one, its polarity negates nothing. */
function negatesAnything(side: SentenceModel): boolean {
  return negatedPositions(side).size > 0;
}

/**
 * The terms a side affirms as having come about: a verb ("the ministers *met*") or a noun it brings in
 * ("agreed to *a* face-to-face *meeting*"), not a noun it takes as known ("any violation of *the
 * understanding*") or as only possible ("reaching *any deal*"), which no denial of it disputes, nor a
 * capitalised word inside the sentence, part of a name ("the G20 Foreign Ministers' *Meeting*").
 */
const asserted = memoPerSentence((side: SentenceModel): readonly string[] => {
  const { tokens, lexicon } = side;
  const terms: string[] = [];
  for (const [term, at] of polarity(side).affirmed) {
    const named = at > 0 && capitalisedAt(side, at);
    const presupposed =
      lexicon.presupposingDeterminers.has(tokens[at - 1]?.word ?? '') && !opensClause(side, at - 1);
    if (!named && !presupposed) terms.push(term);
  }
  return terms;
});

/**
 * Whether token k is a complementizer after a verb ("confirmed *that* agreement was reached"),
 * which opens a clause rather than pointing at a thing known ("a breach of *that* agreement").
 */
function opensClause(side: SentenceModel, k: number): boolean {
  const { tokens, lexicon } = side;
  const before = tokens[k - 1]?.word ?? '';
  return (
    lexicon.complementizers.has(tokens[k]?.word ?? '') &&
    (lexicon.hooks.isVerbForm(before) || lexicon.reportingVerbs.has(before))
  );
}

/**
 * Whether `neg` denies outright the contact or an agreement ("no meeting was arranged", "no
 * agreement was reached") that `aff` says took place: about the event itself, however few other
 * words the two share.
 */
function deniesTheEvent(neg: SentenceModel, aff: SentenceModel): boolean {
  const [pn, pa] = [polarity(neg), polarity(aff)];
  const { contactNouns, agreementNouns } = neg.lexicon;
  for (const [term, at] of deniedOutright(neg)) {
    const token = neg.tokens[at]!;
    if (
      (contactNouns.has(keyOf(token)) ||
        agreementNouns.has(token.word) ||
        signsDocuments(neg, term)) &&
      onlyOneDenies(term, pn, pa) &&
      asserted(aff).includes(term)
    )
      return true;
  }
  return false;
}

/**
 * Whether a verb denied outright is denied with written instruments under "no" ("No documents
 * were signed"): the signing at the event is denied, as a denied meeting is. Not an agreement
 * ("no agreement was reached" denies agreeing, not what else reached something).
 */
function signsDocuments(side: SentenceModel, verb: string): boolean {
  const { documentNouns, agreementNouns } = side.lexicon;
  const denied = deniedOutright(side);
  if (side.tokens[denied.get(verb)!]!.term !== verb) return false;
  for (const [term, at] of denied)
    if (term !== verb && documentNouns.has(term) && !agreementNouns.has(side.tokens[at]!.word))
      return true;
  return false;
}

/**
 * Whether one side denies and the other reports that the topic they share was discussed ("Belarus
 * was not discussed" / "raised the situation in Belarus"). Such a pair is about that topic, however
 * few other words the two sentences share.
 */
function disputesDiscussion(a: SentenceModel, b: SentenceModel): boolean {
  const act = a.lexicon.discussionTerm;
  if (act === undefined || (!negatesAnything(a) && !negatesAnything(b))) return false;
  const [pa, pb] = [polarity(a), polarity(b)];
  return onlyOneDenies(act, pa, pb) || onlyOneDenies(act, pb, pa);
}

function onlyOneDenies(term: string, pn: Polarity, pa: Polarity): boolean {
  return (
    pn.negated.has(term) &&
    pa.affirmed.has(term) &&
    !pa.negated.has(term) &&
    !pa.doubtful.has(term) &&
    !pn.affirmed.has(term)
  );
}

function mismatch(
  neg: SentenceModel,
  pn: Polarity,
  aff: SentenceModel,
  pa: Polarity,
  negSide: 'a' | 'b',
): Finding | null {
  for (const [term, where] of pn.negated) {
    if (!onlyOneDenies(term, pn, pa)) continue;
    // "did not sign any document" against "ready to sign the documents, but refused to": the
    // other side doubts the signing too, and its documents are none signed.
    const carrier = pn.carriers.get(term);
    if (carrier !== undefined && (pa.negated.has(carrier) || pa.doubtful.has(carrier))) continue;
    if (term === neg.lexicon.discussionTerm && otherTopics(neg, where.to, aff)) continue;
    const affirmedAt = pa.affirmed.get(term)!;
    // "turned down a ceasefire" / "rejected a ceasefire": both stand against it.
    if (opposedAt(aff, affirmedAt)) continue;
    return deniedAgainstAffirmed(neg, where, aff, affirmedAt, negSide);
  }
  return null;
}

/** The finding of a predicate denied on side `negSide` (tokens `where`) and affirmed at `at` on the other. */
function deniedAgainstAffirmed(
  neg: SentenceModel,
  where: { from: number; to: number },
  aff: SentenceModel,
  at: number,
  negSide: 'a' | 'b',
): Finding {
  const negatedWords = slice(neg, where.from, where.to);
  const affirmedWords = slice(aff, at, at);
  return {
    a: negSide === 'a' ? negatedWords : affirmedWords,
    b: negSide === 'a' ? affirmedWords : negatedWords,
    message: say.negatedOnOneSide(affirmedWords, negatedWords),
    denies: negSide,
  };
}

/** How many words after a predicate its object may stand ("did not attack *Ukraine*", "launched an unprovoked war against *Ukraine*"). */
const OBJECT_REACH = 6;

/**
 * A predicate denied on one side and affirmed on the other in other words ("did not attack
 * Ukraine" / "launched a war against Ukraine", "did not accept a ceasefire" / "welcomed the
 * ceasefire"): the denied word and the affirmed one are related in WordNet (a synonym, a more
 * general word, a noun of the verb), and both take the same object after them in their clause,
 * which says they speak of one act. Neither side may affirm the other's word, nor the affirming
 * side deny or doubt either word.
 */
function paraphrasedMismatch(
  neg: SentenceModel,
  pn: Polarity,
  aff: SentenceModel,
  pa: Polarity,
  negSide: 'a' | 'b',
): Finding | null {
  if (!neg.lexicon.wordnet) return null;
  for (const [term, where] of pn.negated) {
    if (neg.tokens[where.to]!.term !== term || pn.affirmed.has(term) || pa.affirmed.has(term))
      continue;
    if (pa.negated.has(term) || pa.doubtful.has(term) || term === neg.lexicon.discussionTerm)
      continue;
    // "refrain from disseminating" / "stop spreading": a verb that denies may be paraphrased by
    // one that the lexicon does not list, so against a verb that denies only a deed done
    // ("refused to back" / "endorsed") is affirmed.
    const byVerb = isNegatingVerb(neg, where.from) || isNegatingVerb(neg, where.from + 1);
    const related = wordnetRelated(term);
    if (related === undefined) continue;
    for (const [other, at] of pa.affirmed) {
      if (other === term || pn.affirmed.has(other) || pn.negated.has(other)) continue;
      if (byVerb && !isPastForm(aff, aff.tokens[at]!.word)) continue;
      if (pa.negated.has(other) || pa.doubtful.has(other) || opposedAt(aff, at)) continue;
      if (!related.includes(other) && wordnetRelated(other)?.includes(term) !== true) continue;
      if (!sharesObject(neg, where.to, aff, at)) continue;
      return deniedAgainstAffirmed(neg, where, aff, at, negSide);
    }
  }
  return null;
}

/**
 * Whether the denied token `i` of `x` and the affirmed token `j` of `y` take one object: the first
 * content word after one of them, in its clause, stands after the other too. A word that is no verb
 * form names an act only with its object after a preposition ("a *war against* Ukraine"); before a
 * content word it qualifies it ("*national* security"), and before "and" it is one of a list of
 * things ("the grain *deal* and prices").
 */
function sharesObject(x: SentenceModel, i: number, y: SentenceModel, j: number): boolean {
  const { word } = y.tokens[j]!;
  const verbForm = y.lexicon.hooks.isVerbForm(word) || y.lexicon.pastForms.has(word);
  const next = y.tokens[j + 1];
  const takesObject =
    next !== undefined && !breaksClause(y, j) && y.lexicon.prepositions.has(next.word);
  if (!verbForm && !takesObject) return false;
  const objects = termsAfter(y, j);
  const denied = termsAfter(x, i);
  // One object: the first word of one side's object is in the other's ("did not attack *Ukraine*" /
  // "a war against Ukraine"); a word further on alone is not ("did not accept the peace proposal
  // on Ukraine" / "welcomed the talks on Ukraine").
  return (
    (denied.length > 0 && objects.includes(denied[0]!)) ||
    (objects.length > 0 && denied.includes(objects[0]!))
  );
}

/** The content terms in the words after token k in its clause, in order, prepositions aside. */
function termsAfter(side: SentenceModel, k: number): string[] {
  const terms: string[] = [];
  for (let at = k + 1; at <= k + OBJECT_REACH && at < side.tokens.length; at++) {
    if (breaksClause(side, at - 1)) break;
    const { term, word } = side.tokens[at]!;
    if (term !== null && !side.lexicon.prepositions.has(word) && !terms.includes(term))
      terms.push(term);
  }
  return terms;
}

/**
 * Whether every topic the side `neg` says was not discussed after token `from` that `aff` says was
 * is another thing there: a noun that modifies another on one side ("security *matters*") and is
 * modified by another noun on the other ("*food* security") names two things. False when they share
 * no topic, or one is told the same way ("trade" / "trade cooperation").
 */
function otherTopics(neg: SentenceModel, from: number, aff: SentenceModel): boolean {
  const affirmed = polarity(aff).affirmed;
  let shared = false;
  for (let k = from + 1; k < neg.tokens.length; k++) {
    const { term } = neg.tokens[k]!;
    const at =
      term === null || term === neg.lexicon.discussionTerm ? undefined : affirmed.get(term);
    if (at === undefined) continue;
    shared = true;
    const [x, y] = [compound(neg, k), compound(aff, at)];
    const other =
      (x.head !== null && y.head === null && y.modifier !== null) ||
      (y.head !== null && x.head === null && x.modifier !== null);
    if (!other) return false;
  }
  return shared;
}

/** The content words right before and after a noun at token k in its phrase, by term: its modifier and the head it modifies. */
function compound(
  side: SentenceModel,
  k: number,
): { modifier: string | null; head: string | null } {
  const { tokens, lexicon } = side;
  const nominal = (j: number) => {
    const token = tokens[j];
    // A verb is no part of the phrase, nor a word of discussing ("did not discuss trade").
    return token !== undefined &&
      token.term !== null &&
      !lexicon.hooks.isVerbForm(token.word) &&
      !lexicon.pastForms.has(token.word) &&
      !lexicon.discussionTriggers.has(token.word) &&
      !lexicon.discussionTriggers.has(token.term)
      ? token.term
      : null;
  };
  return {
    modifier: k > 0 && !breaksClause(side, k - 1) ? nominal(k - 1) : null,
    head: breaksClause(side, k) ? null : nominal(k + 1),
  };
}

/**
 * Whether an opposing verb, itself not negated, stands a few words before token k in its clause.
 * (A negator there was cancelled or out of reach, or token k would not be affirmed.)
 */
function opposedAt(side: SentenceModel, k: number): boolean {
  const scopes = negatedPositions(side);
  for (let i = k - 1; i >= 0 && i >= k - SCOPE_WORDS && !breaksClause(side, i); i--) {
    const { term } = side.tokens[i]!;
    if (term !== null && side.lexicon.opposingVerbs.has(term) && !scopes.has(i)) return true;
  }
  return false;
}

const polarity = memoPerSentence((side: SentenceModel): Polarity => {
  const negated = new Map<string, { from: number; to: number }>();
  const affirmed = new Map<string, number>();
  const doubtful = new Set<string>();
  const carriers = new Map<string, string>();
  const scopes = negatedPositions(side);
  for (const [noun, verb] of carriedNouns(side)) {
    const [nounTerm, verbTerm] = [side.tokens[noun]!.term, side.tokens[verb]!.term];
    if (nounTerm !== null && verbTerm !== null && !carriers.has(nounTerm))
      carriers.set(nounTerm, verbTerm);
  }
  let afterNegation = false;
  // A negating verb's complement may run on past a comma ("refrain from escalating the dispute,
  // whether by words or deeds"): its doubt lasts to the end of the sentence part.
  let afterNegatingVerb = false;
  let partStart = 0;
  side.tokens.forEach((token, i) => {
    const contrast = side.lexicon.contrastWords.has(token.word);
    if (i > 0 && (breaksClause(side, i - 1) || contrast)) afterNegation = false;
    if (i > 0 && (endsPart(side, i - 1) || contrast)) afterNegatingVerb = false;
    if (i > 0 && endsPart(side, i - 1)) partStart = i;
    if (isNegator(side, i)) {
      // A negator under another negation affirms what it covers ("did not rule out a ceasefire",
      // "no participant failed to endorse"): the clause goes on affirmed.
      afterNegation = !deniesNothing(side, scopes, i);
      afterNegatingVerb = afterNegation && isNegatingVerb(side, i);
      // "X was ready to sign, but Y refused to do so": what this part of the sentence affirmed, it also denies.
      if (deniesByProForm(side, i))
        for (const [term, at] of affirmed) if (at >= partStart) doubtful.add(term);
    }
    if (token.term === null || isNegator(side, i)) return;
    const from = scopes.get(i);
    // "no agreement was reached" denies that they agreed; "an agreement was reached" says they did.
    // "the issue was raised" says it was discussed.
    const verb =
      side.lexicon.agreementNouns.get(token.word) ??
      (speaksOfDiscussion(side, i) ? side.lexicon.discussionTerm : undefined);
    if (from !== undefined) {
      if (!negated.has(token.term)) negated.set(token.term, { from, to: i });
      if (verb !== undefined && !negated.has(verb)) negated.set(verb, { from, to: i });
    } else if (afterNegation || afterNegatingVerb) {
      // Past the negated word but in the same clause, a word may still fall under the negation
      // ("must not fire a shot or initiate action", "did not reach an agreement").
      doubtful.add(token.term);
      if (verb !== undefined) doubtful.add(verb);
    } else {
      // "an agreement was reached" says they agreed, against "did not agree".
      if (!affirmed.has(token.term)) affirmed.set(token.term, i);
      if (verb !== undefined && !affirmed.has(verb)) affirmed.set(verb, i);
    }
  });
  // "The meeting planned in New York did not take place" denies the meeting, not only its taking place.
  for (const [at, from] of scopes) {
    const occurrence = side.lexicon.occurrenceVerbs.find((phrase) => wordsAt(side, at, phrase));
    const occurring =
      occurrence ?? side.lexicon.inclusionPhrases.find((phrase) => wordsAt(side, at, phrase));
    const head = occurring === undefined ? null : subjectHead(side, from);
    const term = head === null ? null : side.tokens[head]!.term;
    if (head === null || term === null) continue;
    // "Ukraine is not part of the negotiations" says who takes part, not what is spoken of.
    if (occurrence === undefined && namesParty(side, head)) continue;
    if (affirmed.get(term) === head) affirmed.delete(term);
    if (!negated.has(term)) negated.set(term, { from: head, to: at + occurring!.length - 1 });
  }
  return {
    negated: keptMap(negated),
    affirmed: keptMap(affirmed),
    doubtful: keptSet(doubtful),
    carriers: keptMap(carriers),
  };
});

/** Whether token k names a party: a country or a person the documents name, or a name. */
function namesParty(side: SentenceModel, k: number): boolean {
  return (k > 0 && capitalisedAt(side, k)) || aliasAt(side, k, 1) !== null;
}

/**
 * The head of the subject of the clause a negation starting at token `from` stands in: the first
 * content word of the clause and the words it qualifies ("The *meeting* planned between ...").
 */
function subjectHead(side: SentenceModel, from: number): number | null {
  let head = clauseStart(side, from);
  while (head < from && side.tokens[head]!.term === null) head++;
  if (head >= from) return null;
  while (head + 1 < from && qualifiesNext(side, head)) head++;
  return head;
}

/** The nouns a polarity item carries a negation on to, each with the negated word before the item. */
const carriedNouns = memoPerSentence((side: SentenceModel): Positions => {
  const carried = new Map<number, number>();
  for (const negated of negatedPositions(side).keys()) {
    const noun = nounAfterPolarityItem(side, negated);
    if (noun !== null && !carried.has(noun)) carried.set(noun, negated);
  }
  return keptMap(carried);
});

/**
 * Positions of the words under a negation, each mapped to where its negation starts (the
 * auxiliary before "not", if any). A negation reaches a few words, never past the clause's end.
 */
export const negatedPositions = memoPerSentence((side: SentenceModel): Positions => {
  const scoped = new Map<number, number>();
  const { tokens } = side;
  tokens.forEach((_, i) => {
    // A negating verb under a negation is negated itself: the two cancel out.
    if (!isNegator(side, i) || deniesNothing(side, scoped, i)) return;
    const from = i > 0 && side.lexicon.auxiliaries.has(tokens[i - 1]!.word) ? i - 1 : i;
    // "Not all of the issues were resolved" denies that all were, not that there are issues: the
    // quantifier is what is negated, and with it the verb of its clause.
    if (side.lexicon.universalQuantifiers.has(tokens[i + 1]?.word ?? '')) {
      if (!scoped.has(i + 1)) scoped.set(i + 1, from);
      const verb = passiveVerbAfter(side, i, true);
      if (verb !== null && !scoped.has(verb)) scoped.set(verb, from);
      return;
    }
    // "agreed to impose no new tariffs" denies the imposing, as "agreed not to impose" does.
    if (objectNegated(side, i) && !scoped.has(i - 1)) scoped.set(i - 1, i - 1);
    let content = 0;
    let last = -1;
    // "turned down the offer": the particle is part of the verb, and what it denies follows it.
    const particle = isNegatingPhrase(side, i) ? i + 1 : -1;
    for (
      let k = i;
      k < i + SCOPE_WORDS && content < SCOPE_CONTENT_WORDS && !breaksClause(side, k);
      k++
    ) {
      // "neither side would initiate": what is denied is the act, not that there is a side; nor is
      // "at no point operated its radar" about a point, but about the operating.
      if (
        k + 1 === particle ||
        side.lexicon.participantNouns.has(keyOf(tokens[k + 1]!)) ||
        (k === i && negatesAdverbial(side, i))
      )
        continue;
      if (!scoped.has(k + 1)) scoped.set(k + 1, from);
      last = k + 1;
      // An adverb between the negation and its verb ("did not formally sign") does not use up the scope.
      if (tokens[k + 1]!.term !== null && !isAdverb(side, k + 1)) content++;
    }
    // "no troop reinforcement" denies the reinforcement, not that there are troops: under "no", the
    // last word of a run of content words is what is denied, and the words before it only qualify it.
    if (last !== -1 && side.lexicon.subjectNegators.has(tokens[i]!.word)) {
      let head = last;
      while (head + 1 <= i + SCOPE_WORDS && qualifiesNext(side, head)) head++;
      if (head !== last && scoped.get(last) === from) {
        scoped.delete(last);
        scoped.set(head, from);
      }
    }
    const verb = passiveVerbAfter(side, i);
    if (verb !== null && !scoped.has(verb)) scoped.set(verb, from);
    // "No commitment was made to increase inspections" denies the increase, as "no commitment to
    // increase" does: the infinitive that completes the denied noun, after its passive verb.
    const purpose = verb === null ? null : infinitiveRightAfter(side, verb);
    if (purpose !== null && !scoped.has(purpose)) scoped.set(purpose, from);
    const carried = last === -1 ? null : nounAfterPolarityItem(side, last);
    if (carried !== null && !scoped.has(carried)) scoped.set(carried, from);
    // "no reason to sign" denies the signing; "no reason not to sign" puts a second negation
    // under the first, which cancels it (see deniesNothing).
    const infinitive = last === -1 ? null : infinitiveAfter(side, i, last);
    if (infinitive !== null && !scoped.has(infinitive)) scoped.set(infinitive, from);
  });
  return keptMap(scoped);
});

/**
 * Whether "no" at token i opens an adverbial of time or manner before its clause's verb ("at no
 * point operated", "at no stage was", "in no way affects"): a preposition of setting before it, one
 * noun after it, then a verb form or an auxiliary. The verb is what it denies.
 */
function negatesAdverbial(side: SentenceModel, i: number): boolean {
  const { tokens, lexicon } = side;
  const next = tokens[i + 2];
  return (
    i > 0 &&
    lexicon.subjectNegators.has(tokens[i]!.word) &&
    lexicon.settingPrepositions.has(tokens[i - 1]!.word) &&
    tokens[i + 1]?.term != null &&
    next !== undefined &&
    !breaksClause(side, i + 1) &&
    (lexicon.auxiliaries.has(next.word) ||
      lexicon.hooks.isVerbForm(next.word) ||
      lexicon.pastForms.has(next.word))
  );
}

/** Positions of words, each with a position it owes something to (a negation's start, a denied verb). */
type Positions = ReadonlyMap<number, number>;

/**
 * The noun a polarity item right after the negated word opens, in its clause ("did not present any
 * documented *evidence*"): the last of its run of content words, as under "no".
 */
function nounAfterPolarityItem(side: SentenceModel, last: number): number | null {
  const { tokens, lexicon } = side;
  if (breaksClause(side, last)) return null;
  const item = lexicon.polarityItems.find((phrase) => wordsAt(side, last + 1, phrase));
  if (item === undefined) return null;
  const first = last + 1 + item.length;
  if (first >= tokens.length || tokens[first]!.term === null || breaksClause(side, first - 1))
    return null;
  let head = first;
  while (head + 1 - first < SCOPE_WORDS && qualifiesNext(side, head)) head++;
  return head;
}

/**
 * What "no" denies in the infinitive that completes its noun: the verb ("no reason to sign"), or
 * the infinitive's own negation, which it cancels ("no reason not to sign"). Only "no" carries
 * into it; "did not have time to sign" is read word by word.
 */
function infinitiveAfter(side: SentenceModel, i: number, last: number): number | null {
  const { tokens, lexicon } = side;
  if (!lexicon.subjectNegators.has(tokens[i]!.word)) return null;
  let head = last;
  while (head + 1 <= i + SCOPE_WORDS && qualifiesNext(side, head)) head++;
  // "No participant failed to endorse": the verb's own infinitive, cancelled with it.
  if (isNegatingVerb(side, head)) return null;
  const negated = head + 1 < tokens.length && isNegator(side, head + 1);
  const k = negated ? head + 2 : head + 1;
  const marker = tokens[k];
  const verb = tokens[k + 1];
  if (!marker || !verb || !lexicon.infinitiveMarkers.has(marker.word) || verb.term === null)
    return null;
  if (breaksClause(side, head) || breaksClause(side, k - 1) || breaksClause(side, k)) return null;
  return negated ? head + 1 : k + 1;
}

/**
 * Whether the negator at token i denies nothing: a negating verb under another negation ("did not
 * rule out"), a "not" before an infinitive under another negation ("no reason not to sign"), or
 * "never" before a comparative, which says it is the highest degree ("have never been better").
 */
function deniesNothing(
  side: SentenceModel,
  scoped: ReadonlyMap<number, number>,
  i: number,
): boolean {
  if (cancelled(side, scoped, i)) return true;
  const { tokens, lexicon } = side;
  if (
    scoped.has(i) &&
    lexicon.infinitiveMarkers.has(tokens[i + 1]?.word ?? '') &&
    !isNegatingVerb(side, i)
  )
    return true;
  if (!lexicon.extremeNegators.has(tokens[i]!.word)) return false;
  for (
    let k = i + 1;
    k < tokens.length && k <= i + SCOPE_WORDS && !breaksClause(side, k - 1);
    k++
  ) {
    if (tokens[k]!.term === null || lexicon.auxiliaries.has(tokens[k]!.word)) continue;
    return gradeOf(side, k)?.degree === 'comparative';
  }
  return false;
}

/**
 * Whether the word after token k continues a noun phrase that token k qualifies ("troop" +
 * "reinforcement"): a content word in the same clause that is no auxiliary, negator or verb form
 * ("No Russian troops entered ...", "No ceasefire agreement emerged").
 */
export function qualifiesNext(side: SentenceModel, k: number): boolean {
  const next = side.tokens[k + 1];
  if (!next || next.term === null || breaksClause(side, k) || isNegator(side, k + 1)) return false;
  return !side.lexicon.auxiliaries.has(next.word) && !side.lexicon.hooks.isVerbForm(next.word);
}

/**
 * The passive verb of a subject that "no" denies (or "not all" quantifies), in its clause: "No
 * date was agreed" denies that a date was agreed, "No questions were raised" that they were raised. A clause opened after the
 * noun ("no surprise that the talks were constructive") has its own verb, not the subject's.
 */
function passiveVerbAfter(side: SentenceModel, i: number, quantified = false): number | null {
  const { tokens, lexicon } = side;
  if (!quantified && !lexicon.subjectNegators.has(tokens[i]!.word)) return null;
  let reach = i + PASSIVE_REACH;
  let listEnd = -1;
  for (let k = i + 1; k < tokens.length - 1 && k <= reach; k++) {
    if (k > listEnd && breaksClause(side, k - 1)) {
      // "No questions on Xinjiang, Tibet or Hong Kong were raised": a list is one part of the
      // subject, and its verb stands right after its last item.
      const last = lastListItem(side, k);
      if (last === null) return null;
      listEnd = last;
      reach = Math.max(reach, last + PASSIVE_AFTER_LIST);
    }
    if (lexicon.clauseOpeners.has(tokens[k]!.word)) return null;
    if (lexicon.passiveAuxiliaries.has(tokens[k]!.word) && !breaksClause(side, k))
      return tokens[k + 1]!.term === null ? null : k + 1;
  }
  return null;
}

/** How many words after a list the passive verb of the subject it ends may stand ("were raised"). */
const PASSIVE_AFTER_LIST = 2;
/** The most words an item of a list may take ("Hong Kong", "Red Sea"), and the most items. */
const LIST_ITEM_WORDS = 3;
const MAX_LIST_ITEMS = 8;

/**
 * Where the list that goes on at token k, after a comma, ends: its items are a few words each, no
 * auxiliary or verb form among them, parted by commas, the last after a joining word ("Tibet or
 * Hong Kong"). Null when what follows the comma is no list item ("no date was set, and the talks
 * ended").
 */
function lastListItem(side: SentenceModel, k: number): number | null {
  const { tokens, lexicon } = side;
  const isJoiner = (at: number) => lexicon.listJoiners.has(tokens[at]?.word ?? '');
  let at = k;
  for (let items = 0; items < MAX_LIST_ITEMS; items++) {
    // "Tibet, and Hong Kong": a joining word after the comma of a list opens its last item.
    if (items > 0 && isJoiner(at)) return listItemEnd(side, at + 1);
    const end = listItemEnd(side, at);
    if (end === null) return null;
    if (!breaksClause(side, end)) return isJoiner(end + 1) ? listItemEnd(side, end + 2) : null;
    at = end + 1;
  }
  return null;
}

/** The last word of a list item from token `start` on, or null when no item starts there. */
function listItemEnd(side: SentenceModel, start: number): number | null {
  const { tokens, lexicon } = side;
  let end = null;
  for (let at = start; at < tokens.length && at - start < LIST_ITEM_WORDS; at++) {
    const word = tokens[at]!.word;
    if (
      tokens[at]!.term === null ||
      lexicon.auxiliaries.has(word) ||
      lexicon.hooks.isVerbForm(word)
    )
      break;
    end = at;
    if (breaksClause(side, at)) break;
  }
  return end;
}

/** The verb of an infinitive right after token k, in its clause ("made" + "to increase"), or null. */
function infinitiveRightAfter(side: SentenceModel, k: number): number | null {
  const { tokens, lexicon } = side;
  const marker = tokens[k + 1];
  const verb = tokens[k + 2];
  if (!marker || !verb || !lexicon.infinitiveMarkers.has(marker.word) || verb.term === null)
    return null;
  return breaksClause(side, k) || breaksClause(side, k + 1) ? null : k + 2;
}

/** Whether token i is a verb that negates its object ("failed to", "ruled out"). */
function isNegatingVerb(side: SentenceModel, i: number): boolean {
  return marked(side, i, NEGATING_VERB);
}

function isNegator(side: SentenceModel, i: number): boolean {
  return marked(side, i, NEGATOR);
}

function marked(side: SentenceModel, i: number, mark: number): boolean {
  const marks = negationMarks(side);
  return i < marks.length && (marks[i]! & mark) !== 0;
}

const NEGATOR = 1;
const NEGATING_VERB = 2;

/**
 * By token, whether it negates (NEGATOR) and whether it is a negating verb (NEGATING_VERB): read
 * once per sentence, since the analyses ask it of every token several times. A sentence without
 * either keeps one shared empty array.
 */
const negationMarks = memoPerSentence((side: SentenceModel): Uint8Array => {
  let marks: Uint8Array | undefined;
  for (let i = 0; i < side.tokens.length; i++) {
    const mark =
      (readsAsNegator(side, i) ? NEGATOR : 0) | (readsAsNegatingVerb(side, i) ? NEGATING_VERB : 0);
    if (mark !== 0) (marks ??= new Uint8Array(side.tokens.length))[i] = mark;
  }
  return marks ?? NO_MARKS;
});

const NO_MARKS = new Uint8Array(0);

function readsAsNegatingVerb(side: SentenceModel, i: number): boolean {
  const { term } = side.tokens[i]!;
  if (term === null || firstName(side, i)) return false;
  // After a determiner or a possessive the word is a noun that names the act ("the veto in the
  // Council", "their boycott of the goods"), and what follows is no object it denies.
  const before = side.tokens[i - 1];
  if (
    before !== undefined &&
    (side.lexicon.determiners.has(before.word) ||
      side.lexicon.hooks.isPossessive(before.word) ||
      (side.lexicon.infinitiveMarkers.has(before.word) && side.lexicon.stoppingVerbs.has(term)))
  )
    return false;
  // Before "of" it is a noun too, whatever qualifies it ("the Russian veto of the resolution").
  const after = side.tokens[i + 1];
  if (after !== undefined && side.lexicon.frame?.complementPrepositions?.includes(after.word))
    return false;
  return side.lexicon.negatingVerbs.has(term) || isNegatingPhrase(side, i);
}

/**
 * Whether token i is a capitalised word right before a word of a person's name the documents give
 * ("*Denys* Shmyhal", whose stem is that of "deny"): a first name, not a verb.
 */
function firstName(side: SentenceModel, i: number): boolean {
  const next = side.tokens[i + 1];
  return next !== undefined && capitalisedAt(side, i) && side.people.has(keyOf(next));
}

/** Whether token i is the verb of a verb and particle that negate their object ("turned down"). */
function isNegatingPhrase(side: SentenceModel, i: number): boolean {
  const { term } = side.tokens[i]!;
  const next = side.tokens[i + 1];
  const { negatingPhrases, negatingPhraseHeads } = side.lexicon;
  return (
    term !== null &&
    next !== undefined &&
    negatingPhraseHeads.has(term) &&
    negatingPhrases.has(`${term} ${next.word}`)
  );
}

/**
 * Whether the negating verb at token i stands under another negation, which it cancels ("did not
 * rule out"); a particle under a negation is part of it ("n'ont pas").
 */
function cancelled(side: SentenceModel, scoped: ReadonlyMap<number, number>, i: number): boolean {
  return scoped.has(i) && isNegatingVerb(side, i);
}

/** Whether "no" at token i stands for the object of the verb just before it ("take no steps"). */
function objectNegated(side: SentenceModel, i: number): boolean {
  const verb = side.tokens[i - 1];
  return (
    i > 0 &&
    side.lexicon.subjectNegators.has(side.tokens[i]!.word) &&
    verb!.term !== null &&
    !breaksClause(side, i - 1) &&
    !side.lexicon.auxiliaries.has(verb!.word) &&
    !isNegator(side, i - 1)
  );
}

function readsAsNegator(side: SentenceModel, i: number): boolean {
  const token = side.tokens[i]!;
  const next = side.tokens[i + 1];
  const { negators, nonNegating } = side.lexicon;
  const negates =
    negators.has(keyOf(token)) ||
    side.lexicon.hooks.isContractedNegation(token.word) ||
    readsAsNegatingVerb(side, i);
  return negates && !(next && nonNegating.has(`${token.word} ${next.word}`));
}

/** How many words after a discussion verb what is discussed may stand ("raised their concerns"). */
const DISCUSSION_OBJECT_REACH = 3;

/** Whether token i says that a topic was discussed: "raised the issue", "was not addressed", "a subject of". */
function speaksOfDiscussion(side: SentenceModel, i: number): boolean {
  const { tokens, lexicon } = side;
  const word = tokens[i]!.word;
  // "urged Moscow to reverse ...": what a party said at the talks was discussed there.
  if (lexicon.reportingVerbs.has(word)) return true;
  if (lexicon.discussionVerbs.has(word)) {
    for (let k = i + 1; k < tokens.length && k <= i + DISCUSSION_OBJECT_REACH; k++)
      if (lexicon.discussionObjects.has(tokens[k]!.word)) return true;
    // In the passive: "was raised", "was not addressed".
    for (let k = i - 1; k >= 0 && k >= i - 2; k--)
      if (lexicon.passiveAuxiliaries.has(tokens[k]!.word)) return true;
    // With the talks for subject: "the talks did not address the agreement", "the call touched on trade".
    return talksAreSubject(side, i);
  }
  if (!lexicon.discussionPhraseWords.has(word)) return false;
  // Plain loops: this is asked of every content word of nearly every sentence.
  for (const phrase of lexicon.discussionPhrases)
    for (let at = 0; at < phrase.length; at++)
      if (phrase[at] === word && wordsAt(side, i - at, phrase)) return true;
  return false;
}

/**
 * Whether the subject of the verb at token i, the first content word of its clause and the words
 * it qualifies, is a noun of contact ("the *talks* did not address", "the *conversation* touched").
 */
function talksAreSubject(side: SentenceModel, i: number): boolean {
  const head = subjectHead(side, i);
  return head !== null && side.lexicon.contactNouns.has(keyOf(side.tokens[head]!));
}

/** Whether the negation at token i denies a pro-form ("refused to do so", "did not do the same"). */
function deniesByProForm(side: SentenceModel, i: number): boolean {
  return side.lexicon.proForms.some((form) => [1, 2].some((gap) => wordsAt(side, i + gap, form)));
}

function isAdverb(side: SentenceModel, i: number): boolean {
  return side.lexicon.hooks.isAdverb(side.tokens[i]!.word);
}
