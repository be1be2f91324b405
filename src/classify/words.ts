import { bundledValue } from '../language/built-data.js';
import { languageOf, type LanguageCode } from '../language/index.js';
import type { LanguageHooks } from '../language/hooks.js';
import { actorWords } from './actors.js';
import { actWords } from './acts.js';
import { antonymWords } from './antonyms.js';
import { CUES } from './cues/index.js';
import { degreeWords } from './degree.js';
import { eventSlotWords } from './event-slots.js';
import { fillerWords } from './fillers.js';
import { frameWords } from './frame.js';
import { oncePerKey } from '../memo.js';
import { wordContext, type Words } from './lexicon.js';
import { peopleWords } from './people.js';
import { positionWords } from './positions.js';
import { quantityWords } from './quantities.js';
import { substanceWords } from '../align/substance.js';

/**
 * The lexicon fields of the analyses that several cues share; each cue's own are declared with it
 * and listed by the cue registry (cues/index.ts).
 */
const SHARED_WORDS = [
  actorWords,
  actWords,
  antonymWords,
  degreeWords,
  eventSlotWords,
  fillerWords,
  frameWords,
  peopleWords,
  positionWords,
  quantityWords,
  substanceWords,
] as const;

type Declared = (typeof SHARED_WORDS)[number] | NonNullable<(typeof CUES)[number]['words']>;
/** What every declaration compiles to, all in one type (a declaration of none adds nothing). */
type AllCompiled<W> = (W extends Words<never, infer C> ? (x: C) => void : never) extends (
  x: infer I,
) => void
  ? I
  : never;
/** What every declaration reads from a language's data, all in one type. */
type AllGiven<W> = (W extends Words<infer G, unknown> ? (x: G) => void : never) extends (
  x: infer I,
) => void
  ? I
  : never;

/**
 * The words of every cue in one language, as the language's data gives them
 * (src/language/<code>/data/cues.ts): each field of every declaration, all optional.
 */
export type CueLexicon = AllGiven<Declared>;

/** A language's words compiled for look-ups by token key (term, or word for a stopword). */
export type Lexicon = {
  readonly lang: LanguageCode;
  /** The rules the language writes into its words' shapes. */
  readonly hooks: LanguageHooks;
} & AllCompiled<Declared>;

/** Every declaration, each compiled against the language's data. */
export const DECLARED_WORDS: readonly Words<CueLexicon, object>[] = [
  ...SHARED_WORDS,
  ...CUES.flatMap((cue) => (cue.words ? [cue.words] : [])),
];

/** Every declaration compiled against a language's data: the lexicon's fields. */
export function compileLexicon(lang: LanguageCode): object {
  const { cues, hooks } = languageOf(lang);
  const context = wordContext(lang, hooks);
  return Object.assign(
    {},
    ...DECLARED_WORDS.map((words) => words.compile(cues, context)),
  ) as object;
}

/** Where the build packs a language's compiled lexicon beside the CLI bundle. */
export const lexiconFile = (lang: LanguageCode): string => `lexicon-${lang}.json`;

/**
 * A language's lexicon on first use: the CLI reads the one the build compiled, rather than
 * tokenizing every phrase of the cues at every start; elsewhere it is compiled.
 */
export const lexicon = oncePerKey(
  (lang: LanguageCode): Lexicon =>
    Object.assign(
      { lang, hooks: languageOf(lang).hooks },
      bundledValue(lexiconFile(lang)) ?? compileLexicon(lang),
    ) as Lexicon,
);
