import type { LanguageHooks } from '../language/hooks.js';
import type { LanguageCode } from '../language/index.js';
import { termOf, tokenize, type Token } from '../vectorize/tokenize.js';

/**
 * A cue's lexicon is declared with the cue: each field a name and a kind, the kind saying what the
 * language's data gives (a list of words, of phrases, a table) and what the cue reads (a set of
 * stems, token sequences, a map). A language's data (src/language/<code>/data/cues.ts) is typed by
 * the declarations of every registered cue (see words.ts), and compiled field by field, so a new
 * cue with new words needs no edit to a central list of fields.
 */

/** What a field kind may use to make a language's words ready for look-ups by token. */
export interface WordContext {
  lang: LanguageCode;
  hooks: LanguageHooks;
  /** The keys (term, or word for a stopword) of a phrase's tokens. */
  keys: (phrase: string) => string[];
  /** The words of a phrase as tokenized, not stemmed. */
  words: (phrase: string) => string[];
  /** A word's term, null for a stopword. */
  term: (word: string) => string | null;
}

/** A kind of lexicon field: from what a language's data gives (or nothing) to what a cue reads. */
export interface FieldKind<Given, Compiled> {
  compile(given: Given | undefined, context: WordContext): Compiled;
}

type AnyKind = FieldKind<never, unknown>;
type Fields = Readonly<Record<string, AnyKind>>;

/** What a language's data may give for some fields: every field optional, absent is empty. */
export type GivenWords<F extends Fields> = {
  [K in keyof F]?: F[K] extends FieldKind<infer Given, unknown> ? Given : never;
};
/** The same fields compiled. */
export type CompiledWords<F extends Fields> = {
  readonly [K in keyof F]: F[K] extends FieldKind<never, infer Compiled> ? Compiled : never;
};

/** The lexicon fields a cue or a shared analysis declares: how to compile a language's data. */
export interface Words<Given, Compiled> {
  compile(data: Given, context: WordContext): Compiled;
}

/** Any declaration of words, whatever its fields. */
export type AnyWords = Words<never, unknown>;

/**
 * Declares lexicon fields by kind. `derive` builds fields from the compiled ones (and the data as
 * given), for look-ups that combine fields ("any word of these phrases"); a derived field may
 * replace a declared one of the same name and type.
 */
export function defineWords<const F extends Fields, D extends object = Record<never, never>>(
  fields: F,
  derive?: (compiled: CompiledWords<F>, given: GivenWords<F>, context: WordContext) => D,
): Words<GivenWords<F>, CompiledWords<F> & D> {
  return {
    compile(data, context) {
      // Fields are declared by name; the language's data is read by the same names.
      const given = data as Readonly<Record<string, never>>;
      const compiled = Object.fromEntries(
        Object.entries(fields).map(([name, kind]) => [name, kind.compile(given[name], context)]),
      ) as CompiledWords<F>;
      return { ...compiled, ...derive?.(compiled, data, context) } as CompiledWords<F> & D;
    },
  };
}

const kind = <Given, Compiled>(
  compile: (given: Given | undefined, context: WordContext) => Compiled,
): FieldKind<Given, Compiled> => ({ compile });

/** Words as written, for words whose stem would match others ("placed" / "place"). */
export const wordSet = kind<readonly string[], ReadonlySet<string>>((list) => new Set(list));
/** Words and phrases by the keys of their tokens, so that one entry covers a word's inflections. */
export const keySet = kind<readonly string[], ReadonlySet<string>>(
  (list = [], { keys }) => new Set(list.flatMap(keys)),
);
/** Words by their terms (stems); stopwords drop out. */
export const termSet = kind<readonly string[], ReadonlySet<string>>(
  (list = [], { term }) => new Set(list.map(term).filter((t): t is string => t !== null)),
);
/** Phrases as the keys of their tokens. */
export const keyPhrases = kind<readonly string[], string[][]>((list = [], { keys }) =>
  list.map(keys),
);
/** Phrases as their tokens' words, not terms ("placed" must not match "place"). */
export const wordPhrases = kind<readonly string[], string[][]>((list = [], { words }) =>
  list.map(words),
);
/** Pairs of words, each looked up as written, joined by a space ("not only"). */
export const wordPairs = kind<readonly string[][], ReadonlySet<string>>(
  (pairs = []) => new Set(pairs.map((pair) => pair.join(' '))),
);
/** A verb and the particle after it ("rule out"), as the verb's term and the particle. */
export const verbParticles = kind<readonly string[][], ReadonlySet<string>>(
  (pairs = [], { term }) => new Set(pairs.map(([verb, particle]) => `${term(verb!)} ${particle}`)),
);
/** A table by word as written, as a map: looked up for every word of every sentence. */
export const table = <Value>() =>
  kind<Readonly<Record<string, Value>>, ReadonlyMap<string, Value>>(
    (record = {}) => new Map(Object.entries(record)),
  );
/** A table by phrase, each phrase split into its words ("and a half"). */
export const phraseTable = <Value>() =>
  kind<Readonly<Record<string, Value>>, [string[], Value][]>((record = {}) =>
    Object.entries(record).map(([phrase, value]) => [phrase.split(' '), value]),
  );
/** A table from a word to a verb, as the verb's term; a verb without a term drops out. */
export const termTable = kind<Readonly<Record<string, string>>, ReadonlyMap<string, string>>(
  (record = {}, { term }) =>
    new Map(
      Object.entries(record).flatMap(([word, verb]) => {
        const verbTerm = term(verb);
        return verbTerm === null ? [] : [[word, verbTerm]];
      }),
    ),
);
/** A yes or no; absent is no. */
export const flag = kind<boolean, boolean>((value = false) => value);
/** A list read as it is given; absent is empty. */
export const list = <Item>() => kind<readonly Item[], readonly Item[]>((items = []) => items);
/** Data read as it is given. */
export const asGiven = <Value>() => kind<Value, Value | undefined>((value) => value);

/** The context for compiling a language's words. */
export function wordContext(lang: LanguageCode, hooks: LanguageHooks): WordContext {
  const keys = (phrase: string) => tokenize(phrase, lang).map(keyOf);
  return {
    lang,
    hooks,
    keys,
    words: (phrase) => tokenize(phrase, lang).map((t) => t.word),
    term: (word) => termOf(word, lang),
  };
}

/** A record's own entry: text from a document may be any word, "constructor" included. */
export function entry<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** How a token is matched against the lexicon: by its term, or by its word when it has none. */
export function keyOf(token: Token): string {
  return token.term ?? token.word;
}

/** Whether the tokens from `start` on have these keys. */
export function keysAt(tokens: readonly Token[], start: number, keys: readonly string[]): boolean {
  if (start + keys.length > tokens.length) return false;
  for (let n = 0; n < keys.length; n++) if (keyOf(tokens[start + n]!) !== keys[n]) return false;
  return true;
}

/** Any word of each phrase, the longest, as the least common ("request", not "of"). */
export function triggerWords(phrases: readonly (readonly string[])[]): string[] {
  return phrases.map((phrase) =>
    phrase.reduce((longest, key) => (key.length > longest.length ? key : longest), ''),
  );
}

/** Items grouped by a key, each group in the items' order. */
export function groupBy<T>(items: readonly T[], keyFor: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyFor(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
