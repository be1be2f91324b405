import type { Reason } from '../report/types.js';
import type { AnyWords, Words } from './lexicon.js';
import type { SentenceModel } from '../sentence/model.js';

/** An explanation's template: the values a cue found, put into a sentence. */
export type Template = (...values: string[]) => string;
/** Templates by message id. */
export type Templates = Readonly<Record<string, Template>>;

/** A message a cue gives: the id of one of its templates and the values that fill it. */
export interface Message {
  readonly id: string;
  readonly values: readonly string[];
}

/**
 * What a cue found: the words on each side and the message saying why they conflict. The
 * registry adds the cue's name and the message's text, from the templates of the language.
 */
export type Finding = Omit<Reason, 'cue' | 'explanation'> & { readonly message: Message };

/**
 * The messages of a set of templates, one maker each: `say.differ(...)` names the template
 * `differ` with its values, checked against the template's parameters.
 */
export function messagesOf<T extends Templates>(
  templates: T,
): { readonly [Id in keyof T]: (...values: Parameters<T[Id]>) => Message } {
  return Object.fromEntries(
    Object.keys(templates).map((id) => [id, (...values: string[]): Message => ({ id, values })]),
    // One maker per template, keyed by its id: what the mapped type says, which no literal can show.
  ) as unknown as { readonly [Id in keyof T]: (...values: Parameters<T[Id]>) => Message };
}

/**
 * A contradiction cue, one module each (as a rule is in ESLint), listed once in `cues/index.ts`,
 * from which the report's `Cue` type and the schema's enum follow.
 */
export interface CueDefinition<Name extends string = string, W extends AnyWords = AnyWords> {
  readonly name: Name;
  /** The lexicon fields it reads, each language's words for them in src/language/<code>/data/cues.ts. */
  readonly words?: W;
  /**
   * The explanations it gives, as templates of the values it found (English; a language may
   * override them in its registry entry's `messages`).
   */
  readonly messages: Templates;
  /** Why the two aligned sides conflict on this cue, or null when they do not. */
  readonly detect: (a: SentenceModel, b: SentenceModel) => Finding | null;
  /** How the cue pulls together two sentences that similarity alone would leave apart, if it does. */
  readonly pull?: CuePull;
}

/**
 * Alignment pairs two sentences from a similarity threshold on. Below it, down to the
 * contradiction threshold, a pair on which a cue fires is aligned when it shares enough topic words;
 * a cue that knows its pairs are about one thing says so here.
 */
export interface CuePull {
  /**
   * Sentences that say what the cue compares ("at the request of the Indian side"): every pair of
   * them, one from each document, is a candidate however little else they share.
   */
  readonly says?: (side: SentenceModel) => boolean;
  /**
   * Whether those pairs count only when each document has one such sentence: a readout gives the
   * length of the talks once, and of several durations nothing says which one that is.
   */
  readonly saidOnce?: boolean;
  /**
   * Slots of the event whose values the cue compares besides what `says` tells, each told by
   * sentences of its own (how many documents were signed): two
   * sentences that are each the only one of their part to tell one are two accounts of it.
   */
  readonly slots?: readonly ((side: SentenceModel) => boolean)[];
  /**
   * Whether two sentences that both say what the cue compares speak of one slot of the event, when
   * not all such pairs do: a length in hours and one in days measure the talks and the visit.
   */
  readonly sameSlot?: (a: SentenceModel, b: SentenceModel) => boolean;
  /**
   * Whether sentences name what the cue compares in passing, making other claims ("met at
   * Hyderabad House and discussed ..."): two sentences each alone in its document to do so are
   * then no claim of their own about it, to be linked when one of them is linked already.
   */
  readonly inPassing?: boolean;
  /**
   * Of those pairs, the ones matched before any other because they dispute what the cue compares,
   * unless another such pair confirms either sentence.
   */
  readonly disputes?: (a: SentenceModel, b: SentenceModel) => boolean;
  /**
   * How many shared topic words a pair below the threshold needs; the fewest any cue asks for
   * counts. Undefined asks for the default when some cue fires on the pair, and leaves it apart
   * when none does; a number asked on a pair no cue fires on aligns it as shared (two agreeing
   * answers to one question).
   */
  readonly topicWordsNeeded?: (
    a: SentenceModel,
    b: SentenceModel,
    finding: Finding | null,
  ) => number | undefined;
  /**
   * Pairs that make a claim of their own, whatever else their sentences say ("Yemen was not
   * discussed" against "they exchanged views on Yemen"): the sentences that may take part in one,
   * and whether a pair of them does. Such a pair is linked even when one of its sentences shares
   * another claim with a third sentence, as long as the other has no link yet.
   */
  readonly ownClaim?: {
    readonly says: (side: SentenceModel) => boolean;
    readonly holds: (a: SentenceModel, b: SentenceModel) => boolean;
  };
  /**
   * Terms by which one sentence disputes another however little else they share ("there was no
   * meeting" / "the ministers met in Delhi"): what a sentence denies, and what it affirms. Each
   * sentence of one document that denies a term is a candidate with every sentence of the other
   * that affirms it, found through an index from terms to the sentences affirming them; a pair the
   * cue fires on makes a claim of its own, as `ownClaim`'s do.
   */
  readonly denials?: {
    readonly denied: (side: SentenceModel) => Iterable<string>;
    readonly affirmed: (side: SentenceModel) => Iterable<string>;
    /**
     * Pairs that need no shared topic word when their term is denied by one sentence of one
     * document and affirmed by one of the other ("no meeting took place" / "the ministers met"):
     * the event itself is what they dispute.
     */
    readonly settles?: (a: SentenceModel, b: SentenceModel) => boolean;
  };
}

/** Declares a cue, keeping its name's literal type for the registry. */
export function defineCue<const Name extends string, W extends AnyWords = NoWords>(
  cue: CueDefinition<Name, W>,
): CueDefinition<Name, W> {
  return cue;
}

/** The words of a cue that declares none of its own (it reads a shared analysis's). */
export type NoWords = Words<unknown, object>;
