import type { Reason } from '../report/types.js';
import type { AnyWords, Words } from './lexicon.js';
import type { SentenceModel } from '../sentence/model.js';

/** What a cue found: the words on each side and why they conflict. The registry adds the cue's name. */
export type Finding = Omit<Reason, 'cue'>;

/**
 * A contradiction cue, one module each (as a rule is in ESLint), listed once in `cues/index.ts`,
 * from which the report's `Cue` type and the schema's enum follow.
 */
export interface CueDefinition<Name extends string = string, W extends AnyWords = AnyWords> {
  readonly name: Name;
  /** The lexicon fields it reads, each language's words for them in src/language/<code>/data/cues.ts. */
  readonly words?: W;
  /** The explanations it gives, as templates of the words it found. */
  readonly messages: Readonly<Record<string, (...words: string[]) => string>>;
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
   * Of those pairs, the ones matched before any other because they dispute what the cue compares,
   * unless another such pair confirms either sentence.
   */
  readonly disputes?: (a: SentenceModel, b: SentenceModel) => boolean;
  /**
   * How many shared topic words a pair below the threshold needs when some cue fires on it; the
   * fewest any cue asks for counts. Undefined asks for the default.
   */
  readonly topicWordsNeeded?: (
    a: SentenceModel,
    b: SentenceModel,
    finding: Finding | null,
  ) => number | undefined;
}

/** Declares a cue, keeping its name's literal type for the registry. */
export function defineCue<const Name extends string, W extends AnyWords = NoWords>(
  cue: CueDefinition<Name, W>,
): CueDefinition<Name, W> {
  return cue;
}

/** The words of a cue that declares none of its own (it reads a shared analysis's). */
export type NoWords = Words<unknown, object>;
