import { alignDocuments, scoredCandidates, scoringFor } from './align/policy.js';
import { pairFeatures } from './align/score.js';
import { slotMap } from './align/slots.js';
import { learnPeople } from './classify/index.js';
import {
  checkOptions,
  DEFAULT_OPTIONS,
  type CompareOptions,
  type CompareProgress,
} from './compare-options.js';
import { detectFormat, InputError, loadDocument, type FormatChoice } from './load/index.js';
import { detectLanguages } from './load/language.js';
import { buildReport, matchOf, mirror } from './report/build.js';
import type { Report } from './report/types.js';
import { sentenceParts } from './segment/parts.js';
import { segmentDocument } from './segment/sentences.js';
import type { DocumentModel } from './sentence/document.js';
import {
  inYear,
  sentenceModel,
  withPeople,
  withSpellings,
  type SentenceModel,
} from './sentence/model.js';
import { documentYear } from './classify/quantities.js';
import { learnSpellings } from './classify/spellings.js';
import { documentSpace } from './vectorize/documents.js';
import type { LanguageCode } from './language/index.js';

export { DEFAULT_OPTIONS, type CompareOptions, type CompareProgress } from './compare-options.js';
export { mirror } from './report/build.js';

export interface DocumentInput {
  text: string;
  label?: string;
  /** Where the text came from (a path, '-'), shown in reports. */
  source?: string;
  format?: FormatChoice;
}

/** How many pairs are classified between two progress reports. */
const PROGRESS_EVERY = 500;

/**
 * Compares two documents and returns the full report. Pure: same inputs, same report.
 *
 * The pipeline, each stage reading what the one before made: load and segment each document into
 * sentences (with their sentence models), learn the people both name, vectorize the sentences,
 * align them (align/policy.ts), classify each aligned pair by the contradiction cues, and build
 * the report (report/build.ts).
 */
export function compare(
  a: string | DocumentInput,
  b: string | DocumentInput,
  options: CompareOptions = {},
): Report {
  const settings = resolveSettings(options);
  const progress = progressOf(options);
  const [readA, readB] = readAll([a, b], settings, progress) as [DocumentModel, DocumentModel];
  return compareRead(readA, readB, settings, progress);
}

export type Settings = typeof DEFAULT_OPTIONS;
export type Progress = (stage: CompareProgress['stage'], done: number, total: number) => void;

/** The options checked, with defaults for those not given; an option given as undefined keeps its default. */
export function resolveSettings(options: CompareOptions): Settings {
  checkOptions(options);
  const { lang, threshold, contradictionThreshold } = {
    ...DEFAULT_OPTIONS,
    ...Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)),
  };
  return { lang, threshold, contradictionThreshold };
}

function progressOf(options: CompareOptions): Progress {
  return (stage, done, total) => options.onProgress?.({ stage, done, total });
}

/**
 * Reads and splits every document once, in one language: the detected languages must agree.
 * Documents without a label are named by their position: A, B, C…
 */
export function readAll(
  inputs: readonly (string | DocumentInput)[],
  settings: Settings,
  progress: Progress,
): DocumentModel[] {
  const given = inputs.map((input) => (typeof input === 'string' ? { text: input } : input));
  const labels = given.map((input, k) => input.label ?? positionLabel(k));
  const chosen = settings.lang;
  const langs =
    chosen === 'auto' ? detectLanguages(given.map((input) => input.text)) : given.map(() => chosen);
  if (langs.some((lang) => lang !== langs[0])) {
    const each = labels.map((label, k) => `${label}: ${langs[k]}`).join(', ');
    throw new InputError(
      `the documents are in different languages (${each}); ` +
        'communique compares statements in one language, translation is out of its scope (use --lang to override the detection)',
    );
  }
  return given.map((input, k) => {
    progress('segment', k, given.length);
    return read(input, labels[k]!, langs[k]!);
  });
}

/** A, B, … Z, then AA, AB, …: how a document without a label is named. */
export function positionLabel(position: number): string {
  const letter = String.fromCharCode(65 + (position % 26));
  return position < 26 ? letter : positionLabel(Math.floor(position / 26) - 1) + letter;
}

/**
 * The documents read with what they tell about each other: a name they spell two ways is one name
 * ("Lukashenka" / "Lukashenko"), and a person one document names with their country stands for
 * that country in both.
 */
function readTogether(docs: readonly DocumentModel[]): DocumentModel[] {
  const spellings = learnSpellings(docs.map((doc) => doc.models));
  const spelt = docs.map((doc) => ({
    ...doc,
    models: doc.models.map((model) => withSpellings(model, spellings)),
  }));
  const people = learnPeople(spelt.flatMap((doc) => doc.models));
  return spelt.map((doc) => ({
    ...doc,
    models: doc.models.map((model) => withPeople(model, people)),
  }));
}

/** The report on two documents already read; either order gives the mirrored report. */
export function compareRead(
  readA: DocumentModel,
  readB: DocumentModel,
  settings: Settings,
  progress: Progress,
): Report {
  const [first, second] = readTogether([readA, readB]);
  // Work in one canonical order so that swapping the inputs mirrors the result bit for bit,
  // ties included.
  const swapped = canonicalKey(first!) > canonicalKey(second!);
  const [x, y] = (swapped ? [second, first] : [first, second]) as [DocumentModel, DocumentModel];
  progress('align', 0, 1);
  const space = documentSpace(x, y);
  const pairs = alignDocuments(x, y, space, settings);
  const matches = pairs.map((pair, k) => {
    if (k % PROGRESS_EVERY === 0) progress('classify', k, pairs.length);
    return matchOf(pair, x, y, space);
  });
  const report = buildReport(x, y, matches, space, settings);
  return swapped ? mirror(report) : report;
}

/** One candidate sentence pair with its pair-score features, indices as given (A first). */
export interface PairExample {
  a: number;
  b: number;
  features: number[];
}

/**
 * The features of every pair of sentences the aligner scores, for training the pair score
 * (scripts/train-score.mjs) on labelled cases.
 */
export function pairExamples(
  a: string | DocumentInput,
  b: string | DocumentInput,
  lang: LanguageCode = 'en',
): PairExample[] {
  const docs = [a, b].map((input, k) =>
    read(typeof input === 'string' ? { text: input } : input, k === 0 ? 'A' : 'B', lang),
  );
  const [first, second] = readTogether(docs) as [DocumentModel, DocumentModel];
  const swapped = canonicalKey(first) > canonicalKey(second);
  const [x, y] = swapped ? [second, first] : [first, second];
  const space = documentSpace(x, y);
  const slots = slotMap(x, y);
  const candidates = scoredCandidates(x, y, space, slots);
  const context = scoringFor(x, y, space, candidates, slots);
  return candidates.map((c) => ({
    a: swapped ? c.b : c.a,
    b: swapped ? c.a : c.b,
    features: [...pairFeatures(context, c.a, c.b)],
  }));
}

function read(given: DocumentInput, fallbackLabel: string, lang: LanguageCode): DocumentModel {
  const source = given.source ?? '';
  const format =
    !given.format || given.format === 'auto' ? detectFormat(source, given.text) : given.format;
  const sentences = segmentDocument(loadDocument(given.text, format), { lang });
  return {
    label: given.label ?? fallbackLabel,
    source,
    format,
    text: given.text,
    lang,
    sentences,
    parts: sentenceParts(sentences),
    models: datedModels(sentences.map((s) => sentenceModel(s.text, lang))),
  };
}

/** A document's sentence models, each read in the document's year when it gives one. */
function datedModels(models: SentenceModel[]): SentenceModel[] {
  return inYear(models, documentYear(models));
}

/** What orders documents independently of the order they were given in: their format and text. */
export function canonicalKey(doc: DocumentModel): string {
  return `${doc.format}\u0000${doc.text}`;
}
