import { defineCue, messagesOf, type Finding } from '../cue.js';
import { defineWords, keyOf, keySet, table, wordPhrases, wordSet } from '../lexicon.js';
import { keptSet, memoPerSentence } from '../../sentence/memo.js';
import type { SentenceModel } from '../../sentence/model.js';
import type { Token } from '../../vectorize/tokenize.js';
import { breaksClause, clauseEnd, findPhrases, isPastForm, slice, wordsAt } from '../phrases.js';
import { wordnetRelated } from '../related.js';
import { negatedPositions } from './negation.js';
import { countSteps } from '../../work.js';

const messages = {
  // The matter and the words on each side, settled first, so that it reads the same either way round.
  settledAgainstOpen: (settled: string, settledMatter: string, open: string, openMatter: string) =>
    `decision: settled ("${settled}" ${settledMatter}) against open ("${open}" ${openMatter})`,
};
const say = messagesOf(messages);

const words = defineWords(
  {
    /** Words of deciding, by key: denied, they leave the matter open ("no decision was taken"). */
    decidingWords: keySet,
    /** Phrases, as written, that leave a matter to be decided ("will be decided", "undecided"). */
    openPhrases: wordPhrases,
    /** Verbs, as written, that say a matter was settled ("agreed", "accepted the invitation"). */
    settlingVerbs: wordSet,
    /** Verbs, as written, of finishing a text: as a goal ("to finalise the text"), they leave it open. */
    completingVerbs: wordSet,
    /**
     * Prepositions of a goal before the -ing form of a completing verb ("work *towards* concluding
     * the arrangement"): the text is still to be finished, as after "to".
     */
    goalPrepositions: wordSet,
    /** Verbs that say an event will be held, as written ("held", "hosted"; "take place" is an occurrence). */
    holdingVerbs: wordSet,
    /** Prepositions that say what a text is on or for ("a protocol *on* fisheries"), not when or where. */
    topicPrepositions: wordSet,
    /** Modals of obligation: "must be settled peacefully" says how, not that it is still open. */
    obligationModals: wordSet,
    /** What a settled word answers beyond itself: an invitation accepted, who comes and whether. */
    settledAnswers: table<readonly string[]>(),
  },
  ({ settledAnswers, openPhrases, completingVerbs, goalPrepositions }, _given, { term }) => ({
    /**
     * The first words of the open phrases, the completing verbs and the prepositions of a goal: a
     * word outside them leaves nothing open.
     */
    openingWords: new Set([
      ...openPhrases.map((phrase) => phrase[0]!),
      ...completingVerbs,
      ...goalPrepositions,
    ]),
    /** The completing verbs by term, so that their -ing forms are found too ("concluding"). */
    completingTerms: new Set([...completingVerbs].map(term).filter((t) => t !== null)),
    /** The same, by terms. */
    answersByTerm: new Map(
      [...settledAnswers].flatMap(([word, answered]) => {
        const key = term(word);
        return key === null
          ? []
          : [[key, new Set(answered.map(term).filter((t) => t !== null))] as const];
      }),
    ),
  }),
);

/** Words of a sentence that name a matter: where they stand and their terms. */
interface Matter {
  from: number;
  to: number;
  terms: ReadonlySet<string>;
  /** Left open, what the matter is of: the round of "the venue of the next round". */
  of?: ReadonlySet<string>;
  /** Settled, the event a clause says will be held: its venue and timing are settled too. */
  event?: ReadonlySet<string>;
}

/** Where a side leaves a matter open or settles it: the words that say so, and the matter. */
interface Stand {
  from: number;
  to: number;
  matter: Matter;
}

interface Stands {
  open: readonly Stand[];
  settled: readonly Stand[];
}

/**
 * Fires when one side says a matter is still to be decided ("the guests have not yet been decided",
 * "the venue will be decided later") and the other that it was settled ("accepted the invitation",
 * "agreed that the next round will take place in Canberra"), both about one matter: the head of
 * the matter left open ("guests", "venue") is what the settling verb's complement names, or
 * WordNet relates them, or the complement answers it (an invitation, its guests).
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
  // Few sentences leave anything open: the others need no stands read, on either side.
  if (!mayLeaveOpen(open)) return null;
  const [o, s] = [stands(open), stands(settled)];
  // A side that both settles and leaves open (agreed to meet, the date to be decided) leans both ways.
  if (o.open.length === 0 || o.settled.length > 0 || s.settled.length === 0 || s.open.length > 0)
    return null;
  for (const x of o.open)
    for (const y of s.settled) {
      if (!settles(settled, y.matter, x.matter)) continue;
      const [openWords, settledWords] = [slice(open, x.from, x.to), slice(settled, y.from, y.to)];
      return {
        a: openSide === 'a' ? openWords : settledWords,
        b: openSide === 'a' ? settledWords : openWords,
        message: say.settledAgainstOpen(
          settledWords,
          quoted(settled, y.matter),
          openWords,
          quoted(open, x.matter),
        ),
      };
    }
  return null;
}

function quoted(side: SentenceModel, matter: Matter): string {
  return `on "${slice(side, matter.from, matter.to)}"`;
}

/**
 * Where a side leaves a matter open, and where it settles one. The matter left open is the head
 * of what stands before the words that leave it open ("the *countries* to be invited have not yet
 * been decided", "at a *date* still to be agreed") or, after a denied word of deciding, of what it
 * is about ("no decision on the *lifting* of sanctions", "had not decided whether he would *travel*
 * to Johannesburg"); the matter settled is the settling verb's complement: what was agreed, or,
 * agreed to do, the doing ("agreed to *continue* consultations" settles no lifting of sanctions).
 */
export const stands = memoPerSentence((side: SentenceModel): Stands => {
  const { tokens, lexicon } = side;
  const open: Stand[] = [];
  const inOpenPhrase = new Set<number>();
  for (const { phrase, at } of findPhrases(side, lexicon.openPhrases, 'word')) {
    const to = at + lexicon.openPhrases[phrase]!.length - 1;
    for (let k = at; k <= to; k++) inOpenPhrase.add(k);
    if (obliged(side, at)) continue;
    const head = headOf(side, subjectStart(side, at), at - 1);
    if (!head) continue;
    // A text to be signed or concluded is named by its whole noun phrase, as a text to finalise is.
    const completes = lexicon.settlingVerbs.has(tokens[to]!.word);
    const matter = completes ? withRest(side, head, at - 1) : head;
    open.push({ from: at, to, matter: { ...matter, ...ofPart(side, head, at - 1) } });
  }
  const negated = negatedPositions(side);
  const settled: Stand[] = [];
  tokens.forEach((token, i) => {
    const unfinished = unfinishedAt(side, i);
    if (unfinished) open.push(unfinished);
    const from = negated.get(i);
    // "no decision was taken", "had not decided whether": the deciding itself denied.
    if (from !== undefined && lexicon.decidingWords.has(keyOf(token))) {
      const matter =
        headOf(side, complementStart(side, i + 1), clauseEnd(side, i)) ??
        headOf(side, subjectStart(side, from), from - 1);
      if (matter) open.push({ from, to: i, matter });
    }
    if (
      lexicon.settlingVerbs.has(token.word) &&
      from === undefined &&
      !namesAGoal(side, i) &&
      !inOpenPhrase.has(i)
    ) {
      const matter = settledMatter(side, i);
      if (matter) settled.push({ from: i, to: i, matter });
    }
  });
  // "agreed that a memorandum will be signed", "agreed that officials would work to finalise the
  // plan": what the verb settles is a completion to come, which leaves its text open.
  const settledNow = settled.filter(
    (y) => !open.some((x) => x.from > y.to && x.from <= clauseEnd(side, y.to)),
  );
  // One shared value for the many sentences that do neither.
  return open.length === 0 && settledNow.length === 0 ? NO_STANDS : { open, settled: settledNow };
});

const NO_STANDS: Stands = { open: [], settled: [] };

/**
 * Whether a side may leave a matter open, by what each of stands' ways of doing so needs at the
 * least: an open phrase's words in a row, a completing verb as a goal, or a word of deciding
 * under a negation. False says that stands finds nothing open.
 */
export const mayLeaveOpen = memoPerSentence((side: SentenceModel): boolean => {
  const { tokens, lexicon } = side;
  for (let i = 0; i < tokens.length; i++) {
    const { word } = tokens[i]!;
    if (!lexicon.openingWords.has(word)) continue;
    if (lexicon.openPhrases.some((phrase) => phrase[0] === word && wordsAt(side, i, phrase)))
      return true;
    if (completingAsGoal(side, i) || completingAsGoal(side, i + 1)) return true;
  }
  for (const i of negatedPositions(side).keys())
    if (lexicon.decidingWords.has(keyOf(tokens[i]!))) return true;
  return false;
});

/** "to accept", "to be signed": the verb at i names a goal, not what was settled. */
function namesAGoal(side: SentenceModel, i: number): boolean {
  const { tokens, lexicon } = side;
  const infinitive = (k: number) => lexicon.infinitiveMarkers.has(tokens[k]?.word ?? '');
  return (
    infinitive(i - 1) || (lexicon.auxiliaries.has(tokens[i - 1]?.word ?? '') && infinitive(i - 2))
  );
}

/**
 * Where a word at i leaves a text unfinished: finishing it is a goal ("agreed to finalise the text
 * of the treaty", "instructed the ministers to conclude the agreement"); the matter is the object
 * finished, with what it is of.
 */
function unfinishedAt(side: SentenceModel, i: number): Stand | null {
  if (!completingAsGoal(side, i)) return null;
  const end = clauseEnd(side, i);
  const head = headOf(side, i + 1, end);
  if (!head) return null;
  return { from: i - 1, to: i, matter: withRest(side, head, end) };
}

/**
 * Whether token i is a completing verb named as a goal: after "to" ("to finalise the text") or, in
 * its -ing form, after a preposition of a goal ("towards concluding the arrangement").
 */
function completingAsGoal(side: SentenceModel, i: number): boolean {
  const { tokens, lexicon } = side;
  const before = tokens[i - 1]?.word ?? '';
  const token = tokens[i];
  if (token === undefined) return false;
  if (lexicon.completingVerbs.has(token.word)) return lexicon.infinitiveMarkers.has(before);
  return (
    token.term !== null &&
    lexicon.completingTerms.has(token.term) &&
    lexicon.goalPrepositions.has(before) &&
    lexicon.hooks.isVerbForm(token.word)
  );
}

/** Whether a matter settled settles one left open. */
function settles(side: SentenceModel, settled: Matter, open: Matter): boolean {
  // "agreed that the round will be held in Canberra" settles the venue and the timing of the round.
  if (settled.event && open.of && [...open.of].some((term) => settled.event!.has(term)))
    return true;
  return relates(side, settled.terms, open.terms);
}

/** Whether settled terms hold the open head, WordNet relates them to it, or they answer it. */
function relates(
  side: SentenceModel,
  settled: ReadonlySet<string>,
  open: ReadonlySet<string>,
): boolean {
  for (const head of open) {
    if (settled.has(head)) return true;
    if (wordnetRelated(head)?.some((other) => settled.has(other)) === true) return true;
    for (const term of settled)
      if (side.lexicon.answersByTerm.get(term)?.has(head) === true) return true;
  }
  return false;
}

/** "must be settled", "need to be determined": how a matter is to be settled, not that it is open. */
function obliged(side: SentenceModel, at: number): boolean {
  const { tokens, lexicon } = side;
  const before = lexicon.infinitiveMarkers.has(tokens[at - 1]?.word ?? '') ? at - 2 : at - 1;
  return lexicon.obligationModals.has(tokens[before]?.word ?? '');
}

/**
 * What a settling verb at i settles: after "to", the verb agreed on ("agreed to hold talks" settles
 * holding them, not their date); after "that", the clause ("agreed that the round will take place
 * in Oslo"); else the noun phrase it takes, to its first preposition ("accepted the invitation to
 * the summit", "agreed on the importance of the summit").
 */
function settledMatter(side: SentenceModel, verb: number): Matter | null {
  const { tokens, lexicon } = side;
  const aside = asideEnd(side, verb);
  const i = aside ?? verb;
  const next = tokens[i + 1];
  // "The free trade agreement was signed on Monday": the passive settles its subject; not "It was
  // agreed that ..." or "It was decided to ...", which settle what follows, read below.
  const introduces =
    next !== undefined &&
    (lexicon.complementizers.has(next.word) || lexicon.infinitiveMarkers.has(next.word));
  if (lexicon.passiveAuxiliaries.has(tokens[verb - 1]?.word ?? '') && !introduces)
    return headOf(side, subjectStart(side, verb - 1), verb - 2);
  if (!next || (aside === null && breaksClause(side, i))) return null;
  const end = clauseEnd(side, i + 1);
  const after = tokens[i + 2];
  // "agreed to conclude negotiations on the treaty" settles no text: it leaves one open, as "agreed
  // to work towards concluding the arrangement" does.
  if (
    lexicon.infinitiveMarkers.has(next.word) &&
    after &&
    (lexicon.completingVerbs.has(after.word) || completingAsGoal(side, i + 4))
  )
    return null;
  if (lexicon.infinitiveMarkers.has(next.word) && after && !lexicon.determiners.has(after.word))
    return after.term === null
      ? null
      : { from: i + 2, to: i + 2, terms: keptSet(new Set([after.term])) };
  if (lexicon.complementizers.has(next.word)) {
    const clause = matterOf(side, i + 2, end);
    const held = heldAt(side, i + 2, end);
    const event = held === null ? null : matterOf(side, i + 2, held - 1);
    return clause && event ? { ...clause, event: event.terms } : clause;
  }
  const start = lexicon.prepositions.has(next.word) ? i + 2 : i + 1;
  if (start > end) return null;
  let to = start;
  while (to < end && !lexicon.prepositions.has(tokens[to + 1]!.word)) to++;
  return matterOf(side, start, to);
}

/**
 * The last word of an aside between commas right after a settling word, when the word's complement
 * follows it ("welcomed the signing*, on the occasion of the visit,* of the agreement").
 */
function asideEnd(side: SentenceModel, verb: number): number | null {
  if (!breaksClause(side, verb)) return null;
  const of = side.lexicon.frame?.complementPrepositions ?? [];
  for (let k = verb + 1; k < side.tokens.length && k <= verb + ASIDE_WORDS; k++)
    if (breaksClause(side, k)) return of.includes(side.tokens[k + 1]?.word ?? '') ? k : null;
  return null;
}

/** How many words an aside after a settling word may hold ("on the occasion of this visit"). */
const ASIDE_WORDS = 8;

/** The first word of a denied deciding's complement: past "was taken on", "whether he would". */
function complementStart(side: SentenceModel, from: number): number {
  const { tokens, lexicon } = side;
  for (let k = from; k < tokens.length && k < from + COMPLEMENT_REACH; k++) {
    const word = tokens[k]!.word;
    if (lexicon.prepositions.has(word) || lexicon.complementizers.has(word)) return k + 1;
    if (breaksClause(side, k)) break;
  }
  return from;
}

/** How far past a word of deciding its complement may start ("decision was taken on"). */
const COMPLEMENT_REACH = 4;

/**
 * The head of the matter that tokens from..to name: from its first word that may name one to the
 * first preposition ("the *timing and venue* of the next round", "whether he would *travel* to").
 */
function headOf(side: SentenceModel, from: number, to: number): Matter | null {
  const { tokens, lexicon } = side;
  let k = from;
  while (k <= to && matterOf(side, k, k) === null) k++;
  let end = k;
  while (end < to && !lexicon.prepositions.has(tokens[end + 1]!.word)) end++;
  return k > to ? null : matterOf(side, k, end);
}

/**
 * A text to be finished, with the words after its head to `to`: what the text is on or of names it
 * as well ("concluding negotiations *on a visiting forces agreement*", "a memorandum *on direct
 * flights* will be signed").
 */
function withRest(side: SentenceModel, head: Matter, to: number): Matter {
  const { tokens, lexicon } = side;
  // The noun phrase ends at a verb or at a preposition of anything but its topic ("before the winter").
  let end = head.to;
  for (let k = head.to + 1; k <= to; k++) {
    const word = tokens[k]!.word;
    const stops = lexicon.prepositions.has(word) && !lexicon.topicPrepositions.has(word);
    if (stops || lexicon.auxiliaries.has(word) || isPastForm(side, word)) break;
    end = k;
  }
  const rest = matterOf(side, head.to + 1, end);
  return rest
    ? { ...head, to: rest.to, terms: keptSet(new Set([...head.terms, ...rest.terms])) }
    : head;
}

/** What the head ends before `to` is of: "the venue *of the next round*". */
function ofPart(side: SentenceModel, head: Matter, to: number): Pick<Matter, 'of'> {
  const of = side.lexicon.frame?.complementPrepositions ?? [];
  const at = head.to + 1;
  if (!of.includes(side.tokens[at]?.word ?? '')) return {};
  const matter = matterOf(side, at + 1, to);
  return matter ? { of: matter.terms } : {};
}

/** Where a verb from..to says that an event will be held ("will be held", "will take place"). */
function heldAt(side: SentenceModel, from: number, to: number): number | null {
  const { tokens, lexicon } = side;
  for (let k = from; k <= to; k++)
    if (
      lexicon.holdingVerbs.has(tokens[k]!.word) ||
      lexicon.occurrenceVerbs.some((phrase) => wordsAt(side, k, phrase))
    )
      return k;
  return null;
}

/**
 * Where the noun phrase that ends before token k starts, in its clause: past the words between it
 * and k ("still to", "have not yet"), its content words and the small words inside a noun phrase
 * ("the timing and venue of the next round"), up to what ends it ("said", "that").
 */
function subjectStart(side: SentenceModel, k: number): number {
  const { tokens, lexicon } = side;
  const inPhrase = (word: string) =>
    lexicon.determiners.has(word) ||
    lexicon.listJoiners.has(word) ||
    lexicon.infinitiveMarkers.has(word) ||
    lexicon.auxiliaries.has(word) ||
    lexicon.frame?.complementPrepositions?.includes(word) === true;
  // The verbs of a passive's chain stand between too: "is expected to be signed at a later date".
  const between = (token: Token) =>
    token.term === null ||
    lexicon.auxiliaries.has(token.word) ||
    lexicon.negators.has(keyOf(token)) ||
    isPastForm(side, token.word);
  let i = k - 1;
  while (i >= 0 && between(tokens[i]!) && !breaksClause(side, i) && !isClauseOpener(side, i)) i--;
  // Before an auxiliary ("is still being drafted") stands a whole subject, and a preposition after
  // one of its content words opens what its head is about: "an agreement *on* this matter" is one
  // noun phrase, whose head headOf() finds before the preposition. Without one ("at a date still to
  // be agreed"), the matter is the noun right before.
  const subject = tokens.slice(i + 1, k).some((token) => lexicon.auxiliaries.has(token.word));
  let start = k;
  for (; i >= 0 && !breaksClause(side, i); i--) {
    const token = tokens[i]!;
    const modifies = subject && lexicon.prepositions.has(token.word) && tokens[i - 1]?.term != null;
    if (token.term === null && !inPhrase(token.word) && !modifies) break;
    if (lexicon.reportingVerbs.has(token.word)) break;
    start = i;
  }
  return start;
}

function isClauseOpener(side: SentenceModel, i: number): boolean {
  return side.lexicon.clauseOpeners.has(side.tokens[i]!.word);
}

/**
 * The content terms of tokens from..to that may name a matter, with where they stand: not the
 * words of deciding, nor those of the parties ("side", "President") or of reporting ("stressed").
 */
function matterOf(side: SentenceModel, from: number, to: number): Matter | null {
  const { tokens, lexicon } = side;
  const terms = new Set<string>();
  let [first, last] = [-1, -1];
  countSteps(to - from + 1);
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
    if (first < 0) first = i;
    last = i;
  }
  return first < 0 ? null : { from: first, to: last, terms: keptSet(terms) };
}
