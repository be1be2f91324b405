import { align, type AlignedPair } from './align/index.js';
import {
  checkOptions,
  DEFAULT_OPTIONS,
  type CompareOptions,
  type CompareProgress,
} from './compare-options.js';
import {
  classify,
  CUES,
  learnPeople,
  toSide,
  type CuePull,
  type Finding,
  type People,
  type Side,
} from './classify/index.js';
import { detectFormat, InputError, loadDocument, type FormatChoice } from './load/index.js';
import { detectLanguage } from './load/language.js';
import {
  SCHEMA_VERSION,
  type DocumentReport,
  type InputFormat,
  type Match,
  type Reason,
  type Report,
  type Sentence,
} from './report/types.js';
import { sentenceParts, type Part } from './segment/parts.js';
import { segmentDocument } from './segment/sentences.js';
import { cosine, sharedTermIds, type VectorSpace, vectorize } from './vectorize/tfidf.js';
import type { LanguageCode } from './vectorize/languages.js';
import { isBoilerplate } from './vectorize/tokenize.js';

export { DEFAULT_OPTIONS, type CompareOptions, type CompareProgress } from './compare-options.js';

export interface DocumentInput {
  text: string;
  label?: string;
  /** Where the text came from (a path, '-'), shown in reports. */
  source?: string;
  format?: FormatChoice;
}

/** Shared content words two sentences need before a cue may join them below the threshold. */
const MIN_SHARED_TOPIC_TERMS = 2;
const MAX_TERMS_SHOWN = 8;
const MAX_ANCHORED_PAIRS = 400;
/** Similarity from which two sentences say the same in nearly the same words. */
const SAME_WORDING = 0.8;
/** Weight of framing words ("discussed", "sides") relative to content words. */
const BOILERPLATE_WEIGHT = 0.5;
/** Similarity from which two lines of front matter that share a topic word are taken to announce one event. */
const FRONT_MATTER_MIN = 0.1;

/** How many pairs are classified between two progress reports. */
const PROGRESS_EVERY = 500;

type Settings = typeof DEFAULT_OPTIONS & Pick<CompareOptions, 'onProgress'>;
type Progress = (stage: CompareProgress['stage'], done: number, total: number) => void;

interface Prepared {
  input: Required<DocumentInput> & { format: InputFormat };
  lang: LanguageCode;
  sentences: Sentence[];
  /** Front matter, heading or prose, sentence by sentence. */
  parts: Part[];
  sides: Side[];
}

/** Compares two documents and returns the full report. Pure: same inputs, same report. */
export function compare(
  a: string | DocumentInput,
  b: string | DocumentInput,
  options: CompareOptions = {},
): Report {
  // An option given as undefined keeps its default.
  checkOptions(options);
  const settings: Settings = {
    ...DEFAULT_OPTIONS,
    ...Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)),
  };
  const progress = (stage: CompareProgress['stage'], done: number, total: number) =>
    settings.onProgress?.({ stage, done, total });
  const [inputA, inputB] = [a, b].map((input) =>
    typeof input === 'string' ? { text: input } : input,
  ) as [DocumentInput, DocumentInput];
  const [langA, langB] = [inputA, inputB].map((input) =>
    settings.lang === 'auto' ? detectLanguage(input.text) : settings.lang,
  );
  if (langA !== langB) {
    throw new InputError(
      `the documents are in different languages (${inputA.label ?? 'A'}: ${langA}, ${inputB.label ?? 'B'}: ${langB}); ` +
        'communique compares statements in one language, translation is out of its scope (use --lang to override the detection)',
    );
  }
  progress('segment', 0, 2);
  const readA = prepare(inputA, 'A', langA!);
  progress('segment', 1, 2);
  const readB = prepare(inputB, 'B', langB!);
  // A person one document names with their country stands for that country in both.
  const people = learnPeople([...readA.sides, ...readB.sides]);
  const [first, second] = [readA, readB].map((doc) => withPeople(doc, people)) as [
    Prepared,
    Prepared,
  ];
  // Work in one canonical order so that swapping the inputs mirrors the result bit for bit,
  // ties included.
  const swapped = canonicalKey(first) > canonicalKey(second);
  const [x, y] = swapped ? [second, first] : [first, second];
  const matches = matchSentences(x, y, settings, progress);
  const report = buildReport(x, y, matches, settings);
  return swapped ? mirror(report) : report;
}

function prepare(given: DocumentInput, fallbackLabel: string, lang: LanguageCode): Prepared {
  const source = given.source ?? '';
  const format =
    !given.format || given.format === 'auto' ? detectFormat(source, given.text) : given.format;
  const full = {
    text: given.text,
    label: given.label ?? fallbackLabel,
    source,
    format,
  } satisfies Required<DocumentInput>;
  const sentences = segmentDocument(loadDocument(full.text, format), { lang });
  return {
    input: full,
    lang,
    sentences,
    parts: sentenceParts(sentences),
    sides: sentences.map((s) => toSide(s.text, lang)),
  };
}

function withPeople(doc: Prepared, people: People): Prepared {
  // What was found in a side before its people were known is found again.
  return people.size === 0
    ? doc
    : { ...doc, sides: doc.sides.map((side) => ({ ...side, people, found: [] })) };
}

/**
 * Whether two sentences stand in the same part of their documents. Headlines and headings repeat or
 * announce what the prose says; pairing one with a body sentence of the other document takes that
 * sentence from its real counterpart.
 */
function samePart(x: Prepared, y: Prepared, i: number, j: number): boolean {
  return x.parts[i] === y.parts[j];
}

function canonicalKey(doc: Prepared): string {
  return `${doc.input.format}\u0000${doc.input.text}`;
}

function matchSentences(x: Prepared, y: Prepared, settings: Settings, progress: Progress): Match[] {
  progress('align', 0, 1);
  const terms = (doc: Prepared) => doc.sides.map(contentTerms);
  const space = vectorize(terms(x), terms(y), {
    isBoilerplate: (term) => isBoilerplate(term, x.lang),
    boilerplateWeight: BOILERPLATE_WEIGHT,
  });
  const pulls = CUES.flatMap((cue) => (cue.pull === undefined ? [] : [cue.pull]));
  const saying = pulls.map((pull) => (pull.says ? anchoredPairs(x, y, pull.says) : []));
  const pairs = align(space, {
    threshold: settings.threshold,
    // Near-identical wording needs no topic word: "The ministers agreed to remain in contact" twice.
    accept: (i, j, similarity) =>
      samePart(x, y, i, j) && (similarity >= SAME_WORDING || topicTerms(space, i, j) >= 1),
    pinned: [
      ...pulls.flatMap((pull, k) =>
        pull.disputes ? disputedPairs(x, y, saying[k]!, pull.disputes) : [],
      ),
      ...frontMatterPairs(x, y, space),
    ],
    mergeGain: 0.05,
    mergePartMin: 0.15,
    secondary: {
      threshold: settings.contradictionThreshold,
      accept: (i, j) =>
        samePart(x, y, i, j) &&
        topicTerms(space, i, j) >= topicWordsNeeded(x.sides[i]!, y.sides[j]!),
      anchored: saying.flat(),
    },
  });
  return pairs.map((pair, k) => {
    if (k % PROGRESS_EVERY === 0) progress('classify', k, pairs.length);
    return describe(pair, x, y, space);
  });
}

/**
 * How many shared topic words a pair below the threshold needs to be aligned: none when no cue
 * fires (it is never aligned), else the fewest any cue asks for ("who asked for the call", "how the
 * talks went" and "whether a topic came up at all" are questions of their own, whatever else the
 * two sentences say).
 */
function topicWordsNeeded(a: Side, b: Side): number {
  let fired = false;
  let needed = MIN_SHARED_TOPIC_TERMS;
  for (const cue of CUES) {
    const finding: Finding | null = cue.detect(a, b);
    if (finding !== null) fired = true;
    const asked = cue.pull?.topicWordsNeeded?.(a, b, finding);
    if (asked !== undefined) needed = Math.min(needed, asked);
  }
  return fired ? needed : Infinity;
}

function contentTerms(side: Side): string[] {
  const terms: string[] = [];
  for (const token of side.tokens) if (token.term !== null) terms.push(token.term);
  return terms;
}

/**
 * Every pair of sentences that both say who asked for the call, or both say how the talks went:
 * such pairs are about the same thing whatever their similarity. A readout has one or two of each;
 * a long transcript with many would make this quadratic, so beyond a few they are left out.
 */
function anchoredPairs(
  x: Prepared,
  y: Prepared,
  says: (side: Side) => boolean,
): { a: number; b: number }[] {
  const saying = (doc: Prepared) => doc.sides.flatMap((side, i) => (says(side) ? [i] : []));
  const inX = saying(x);
  const inY = saying(y);
  if (inX.length * inY.length > MAX_ANCHORED_PAIRS) return [];
  return inX.flatMap((a) => inY.map((b) => ({ a, b })));
}

/**
 * Pairs of front-matter lines that share a topic word, to be matched first: two headlines of one
 * event ("Iran and Three European Countries Hold Talks in Istanbul" / "Statement ... on the E3–Iran
 * Meeting in Istanbul") share few words, but front matter pairs only with front matter, and a
 * readout has a few lines of it at most.
 */
function frontMatterPairs(
  x: Prepared,
  y: Prepared,
  space: VectorSpace,
): { a: number; b: number }[] {
  const front = (doc: Prepared) => doc.parts.flatMap((part, i) => (part === 'front' ? [i] : []));
  const [inX, inY] = [front(x), front(y)];
  if (inX.length * inY.length > MAX_ANCHORED_PAIRS) return [];
  return inX.flatMap((a) =>
    inY
      .filter(
        (b) => cosine(space.a[a]!, space.b[b]!) >= FRONT_MATTER_MIN && topicTerms(space, a, b) >= 1,
      )
      .map((b) => ({ a, b })),
  );
}

/**
 * Pairs of sentences that dispute what a cue compares (they name different initiators), to be
 * matched first. A sentence that the other document confirms somewhere belongs with that
 * confirmation, not with a dispute ("at the request of the Indian side" in both, "Pakistan
 * requested a meeting on water").
 */
function disputedPairs(
  x: Prepared,
  y: Prepared,
  saying: readonly { a: number; b: number }[],
  disputes: NonNullable<CuePull['disputes']>,
): { a: number; b: number }[] {
  const inSamePart = saying.filter(({ a, b }) => samePart(x, y, a, b));
  const disputed = inSamePart.map(({ a, b }) => disputes(x.sides[a]!, y.sides[b]!));
  const confirmedA = new Set(inSamePart.filter((_, k) => !disputed[k]).map(({ a }) => a));
  const confirmedB = new Set(inSamePart.filter((_, k) => !disputed[k]).map(({ b }) => b));
  return inSamePart.filter(
    ({ a, b }, k) => disputed[k] && !confirmedA.has(a) && !confirmedB.has(b),
  );
}

/** Shared terms that say what a sentence is about: not framing words, not spread over most sentences. */
function topicTerms(space: VectorSpace, i: number, j: number): number {
  const total = space.a.length + space.b.length;
  const { topical, documentFrequency } = space.vocabulary;
  // A term in one sentence on each side (df 2) is always specific, however short the documents.
  return sharedTermIds(space.a[i]!, space.b[j]!).filter(
    (id) =>
      topical[id] === 1 && (documentFrequency[id]! <= 2 || documentFrequency[id]! * 2 <= total),
  ).length;
}

function describe(pair: AlignedPair, x: Prepared, y: Prepared, space: VectorSpace): Match {
  const sideX = joinSides(pair.a.map((i) => x.sides[i]!));
  const sideY = joinSides(pair.b.map((j) => y.sides[j]!));
  const { kind, reasons } = classify(sideX, sideY);
  return {
    kind,
    a: pair.a,
    b: pair.b,
    similarity: Math.round(pair.similarity * 1e4) / 1e4,
    terms: displayTerms(pair, x, y, space),
    reasons,
  };
}

function joinSides(sides: Side[]): Side {
  return sides.length === 1
    ? sides[0]!
    : toSide(sides.map((s) => s.text).join(' '), sides[0]!.lexicon.lang, sides[0]!.people);
}

/** The heaviest shared terms, each shown as its shortest written form on either side. */
function displayTerms(pair: AlignedPair, x: Prepared, y: Prepared, space: VectorSpace): string[] {
  const { idf, terms } = space.vocabulary;
  const shared = commonIds(termIds(pair.a, space.a), termIds(pair.b, space.b)).sort(
    (p, q) => idf[q]! - idf[p]! || p - q,
  );
  const shown = new Set(shared.slice(0, MAX_TERMS_SHOWN).map((id) => terms[id]!));
  const surfaces = new Map<string, string>();
  for (const side of [...pair.a.map((i) => x.sides[i]!), ...pair.b.map((j) => y.sides[j]!)]) {
    for (const token of side.tokens) {
      if (token.term === null || !shown.has(token.term)) continue;
      const word = token.word;
      const current = surfaces.get(token.term);
      if (
        current === undefined ||
        word.length < current.length ||
        (word.length === current.length && word < current)
      )
        surfaces.set(token.term, word);
    }
  }
  return [...shown].map((term) => surfaces.get(term)!);
}

/** The term ids of one or more sentences, ascending. */
function termIds(indexes: number[], vectors: VectorSpace['a']): Int32Array {
  if (indexes.length === 1) return vectors[indexes[0]!]!.ids;
  return Int32Array.from(new Set(indexes.flatMap((i) => [...vectors[i]!.ids]))).sort();
}

/** The ids in both ascending lists. */
function commonIds(x: Int32Array, y: Int32Array): number[] {
  const common: number[] = [];
  for (let i = 0, j = 0; i < x.length && j < y.length;) {
    if (x[i] === y[j]) {
      common.push(x[i]!);
      i++;
      j++;
    } else if (x[i]! < y[j]!) i++;
    else j++;
  }
  return common;
}

function buildReport(x: Prepared, y: Prepared, matches: Match[], settings: Settings): Report {
  const inMatch = (side: 'a' | 'b') => new Set(matches.flatMap((m) => m[side]));
  const matchedA = inMatch('a');
  const matchedB = inMatch('b');
  const onlyA = x.sentences.map((s) => s.index).filter((i) => !matchedA.has(i));
  const onlyB = y.sentences.map((s) => s.index).filter((j) => !matchedB.has(j));
  const contradictions = matches.filter((m) => m.kind === 'contradiction').length;
  return {
    schemaVersion: SCHEMA_VERSION,
    a: documentReport(x),
    b: documentReport(y),
    options: {
      language: x.lang,
      threshold: settings.threshold,
      contradictionThreshold: settings.contradictionThreshold,
    },
    matches: sortMatches(matches),
    onlyA,
    onlyB,
    summary: {
      sentencesA: x.sentences.length,
      sentencesB: y.sentences.length,
      shared: matches.length - contradictions,
      contradictions,
      onlyA: onlyA.length,
      onlyB: onlyB.length,
    },
  };
}

function documentReport(doc: Prepared): DocumentReport {
  return {
    label: doc.input.label,
    source: doc.input.source,
    format: doc.input.format,
    language: doc.lang,
    sentences: doc.sentences,
  };
}

function sortMatches(matches: Match[]): Match[] {
  return [...matches].sort((p, q) => p.a[0]! - q.a[0]! || p.b[0]! - q.b[0]!);
}

/** The same report seen from the other side: A and B exchanged everywhere. */
export function mirror(report: Report): Report {
  const flip = (r: Reason): Reason => ({ ...r, a: r.b, b: r.a });
  return {
    ...report,
    a: report.b,
    b: report.a,
    matches: sortMatches(
      report.matches.map((m) => ({ ...m, a: m.b, b: m.a, reasons: m.reasons.map(flip) })),
    ),
    onlyA: report.onlyB,
    onlyB: report.onlyA,
    summary: {
      sentencesA: report.summary.sentencesB,
      sentencesB: report.summary.sentencesA,
      shared: report.summary.shared,
      contradictions: report.summary.contradictions,
      onlyA: report.summary.onlyB,
      onlyB: report.summary.onlyA,
    },
  };
}
