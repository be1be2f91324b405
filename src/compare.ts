import { alignDocuments } from './align/policy.js';
import { learnPeople } from './classify/index.js';
import {
  checkOptions,
  DEFAULT_OPTIONS,
  type CompareOptions,
  type CompareProgress,
} from './compare-options.js';
import { detectFormat, InputError, loadDocument, type FormatChoice } from './load/index.js';
import { detectLanguage } from './load/language.js';
import { buildReport, matchOf, mirror } from './report/build.js';
import type { Report } from './report/types.js';
import { sentenceParts } from './segment/parts.js';
import { segmentDocument } from './segment/sentences.js';
import type { DocumentModel } from './sentence/document.js';
import { sentenceModel, withPeople } from './sentence/model.js';
import { documentSpace } from './vectorize/documents.js';
import type { LanguageCode } from './vectorize/languages.js';

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
  // An option given as undefined keeps its default.
  checkOptions(options);
  const settings: typeof DEFAULT_OPTIONS = {
    ...DEFAULT_OPTIONS,
    ...Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)),
  };
  const progress = (stage: CompareProgress['stage'], done: number, total: number) =>
    options.onProgress?.({ stage, done, total });
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
  const readA = read(inputA, 'A', langA!);
  progress('segment', 1, 2);
  const readB = read(inputB, 'B', langB!);
  // A person one document names with their country stands for that country in both.
  const people = learnPeople([...readA.models, ...readB.models]);
  const [first, second] = [readA, readB].map((doc) => ({
    ...doc,
    models: doc.models.map((model) => withPeople(model, people)),
  }));
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
    models: sentences.map((s) => sentenceModel(s.text, lang)),
  };
}

function canonicalKey(doc: DocumentModel): string {
  return `${doc.format}\u0000${doc.text}`;
}
