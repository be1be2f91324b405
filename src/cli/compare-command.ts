import { statSync } from 'node:fs';
import { compare, positionLabel, type CompareProgress } from '../compare.js';
import type { FormatChoice } from '../load/index.js';
import { escapeUnsafe } from '../render/escape.js';
import { renderHtml } from '../render/html.js';
import { renderJsonChunks } from '../render/json.js';
import { renderMarkdown } from '../render/markdown.js';
import { renderNdjson } from '../render/ndjson.js';
import { progressLine } from '../render/progress.js';
import { createStyle } from '../render/style.js';
import { renderManyHtml } from '../render/many-html.js';
import { renderManyText } from '../render/many-text.js';
import type { ReportSection } from '../render/sections.js';
import { renderText, type TextOptions } from '../render/text.js';
import { compareMany, type MultiReport } from '../multi/index.js';
import type { Report } from '../report/types.js';
import type { LanguageCode } from '../language/index.js';
import { resolveColorLevel, type ColorChoice } from './color.js';
import { UsageError } from './errors.js';
import { EXIT_FAILED, EXIT_OK, type ExitCode } from './exit-codes.js';
import { readDocument, writeOutputFile } from '../io/files.js';
import { writePaged } from './pager.js';
import { isTerminal, writeStdout } from './stdout.js';

export type FailOn = 'contradiction' | 'difference';

/** A comparison shorter than this shows no progress at all. */
const PROGRESS_DELAY_MS = 250;
const STAGE_NAMES: Record<CompareProgress['stage'], string> = {
  segment: 'splitting into sentences',
  align: 'aligning sentences',
  classify: 'classifying aligned pairs',
};

export interface CompareFlags {
  labelA?: string;
  labelB?: string;
  /** Labels of the documents in order (repeatable); before --label-a and --label-b. */
  label?: string[];
  format: 'text' | 'json' | 'markdown' | 'ndjson' | 'html';
  threshold: number;
  contradictionThreshold: number;
  failOn?: FailOn;
  color: ColorChoice;
  width?: number;
  show?: ReportSection[];
  wordDiff?: boolean;
  /** False with --no-pager. */
  pager: boolean;
  inputFormat: FormatChoice;
  lang: LanguageCode | 'auto';
  maxBytes: number;
  output?: string;
  debug?: boolean;
}

/** `communique A B [C…]`: reads the documents, compares them, writes the report; returns the exit code. */
export function runCompare(paths: string[], flags: CompareFlags): ExitCode {
  if (paths.length < 2)
    throw new UsageError('compare needs two or more documents; only one was given');
  if (paths.filter((path) => path === '-').length > 1)
    throw new UsageError(
      `only one of the ${paths.length === 2 ? 'two ' : ''}documents can be read from standard input`,
    );
  if (paths.length > 2 && !MANY_FORMATS.includes(flags.format))
    throw new UsageError(
      `--format ${flags.format} reports on two documents; for three or more use ${MANY_FORMATS.join(' or ')}`,
    );
  if (flags.output !== undefined) refuseOutputOntoInput(flags.output, paths);
  const read = paths.map((path) => readDocument(path, flags.maxBytes));
  // Long documents take seconds: a terminal is shown where the work is, after a moment.
  // process.stderr is made on first use, which takes a few milliseconds; a pipe gets no status anyway.
  const status = progressLine(isTerminal(2) ? process.stderr : null, {
    delayMs: PROGRESS_DELAY_MS,
  });
  const fallback = defaultLabels(...paths);
  const given = [flags.labelA, flags.labelB];
  const documents = read.map((doc, k) => ({
    ...doc,
    label: flags.label?.[k] ?? given[k] ?? fallback[k]!,
    format: flags.inputFormat,
  }));
  const options = {
    lang: flags.lang,
    threshold: flags.threshold,
    contradictionThreshold: flags.contradictionThreshold,
  };
  const stageText = ({ stage, done, total }: CompareProgress) =>
    `${STAGE_NAMES[stage]}${stage === 'classify' ? ` ${done}/${total}` : ''}`;
  const toTerminal = flags.output === undefined && isTerminal(1);
  // JSON is written as it is rendered, in pieces (see renderJsonChunks); the other formats whole.
  let rendered: string | Iterable<string>;
  let failing: boolean;
  let warnings: string[] = [];
  if (documents.length === 2) {
    const report = compare(documents[0]!, documents[1]!, {
      ...options,
      onProgress: (progress) => status.show(`communique: ${stageText(progress)}`),
    });
    status.clear();
    rendered = renderReport(report, flags, toTerminal);
    failing = failed(report, flags.failOn);
    warnings = report.warnings;
  } else {
    const report = compareMany(documents, {
      ...options,
      onProgress: (progress) =>
        status.show(
          `communique: ${progress.pair === 0 ? '' : `pair ${progress.pair}/${progress.pairs}, `}${stageText(progress)}`,
        ),
    });
    status.clear();
    rendered = renderManyReport(report, flags, toTerminal);
    failing = failedMany(report, flags.failOn);
    warnings = report.warnings;
  }
  if (flags.output !== undefined) writeOutputFile(flags.output, rendered);
  else if (typeof rendered === 'string' && toTerminal && flags.format === 'text' && flags.pager)
    writePaged(rendered, process.stdout.rows);
  else writeStdout(rendered);
  // A warning belongs on stderr too, where a script that reads only the report still sees it.
  for (const warning of warnings)
    process.stderr.write(`communique: warning: ${escapeUnsafe(warning)}\n`);
  return failing ? EXIT_FAILED : EXIT_OK;
}

/** The formats that report on three or more documents. */
const MANY_FORMATS: readonly CompareFlags['format'][] = ['text', 'json', 'html'];

function renderManyReport(
  report: MultiReport,
  flags: CompareFlags,
  toTerminal: boolean,
): string | Iterable<string> {
  if (flags.format === 'json') return renderJsonChunks(report);
  if (flags.format === 'html') return renderManyHtml(report);
  return renderManyText(report, {
    ...textOptions(flags, toTerminal),
    show: flags.show,
    wordDiff: flags.wordDiff,
  });
}

function textOptions(flags: CompareFlags, toTerminal: boolean): TextOptions {
  return {
    style: createStyle(resolveColorLevel(flags.color, process.env, toTerminal)),
    width: flags.width ?? (toTerminal ? process.stdout.columns || 80 : 80),
  };
}

/** --fail-on for several documents: any contradiction, or any claim that not every document carries. */
function failedMany(report: MultiReport, failOn: FailOn | undefined): boolean {
  const contradicted = report.claims.some((claim) => claim.contradictions.length > 0);
  if (failOn === 'contradiction') return contradicted;
  if (failOn === 'difference')
    return (
      contradicted || report.claims.some((claim) => claim.members.length < report.documents.length)
    );
  return false;
}

function renderReport(
  report: Report,
  flags: CompareFlags,
  toTerminal: boolean,
): string | Iterable<string> {
  switch (flags.format) {
    case 'json':
      return renderJsonChunks(report);
    case 'markdown':
      return renderMarkdown(report);
    case 'ndjson':
      return renderNdjson(report);
    case 'html':
      return renderHtml(report);
    case 'text':
      return renderText(report, {
        ...textOptions(flags, toTerminal),
        show: flags.show,
        wordDiff: flags.wordDiff,
      });
  }
}

function failed(report: Report, failOn: FailOn | undefined): boolean {
  const { summary } = report;
  if (failOn === 'contradiction') return summary.contradictions > 0;
  if (failOn === 'difference') return summary.contradictions + summary.onlyA + summary.onlyB > 0;
  return false;
}

/**
 * Labels from the file names without extension ("moscow.txt" → "moscow"). Files of the same name in
 * different folders are told apart by as many folders as it takes ("2023/readout", "2024/readout");
 * the same file twice becomes "readout (A)" and "readout (B)", after the documents' positions.
 */
export function defaultLabels(...paths: string[]): string[] {
  const parts = paths.map((path) =>
    path === '-' ? ['stdin'] : path.split(/[\\/]+/).filter((part) => part !== '' && part !== '.'),
  );
  const label = (k: number, depth: number) => {
    const p = parts[k]!;
    const base = (p.at(-1) ?? '').replace(/\.[^.]+$/, '') || positionLabel(k);
    return [...p.slice(Math.max(0, p.length - depth), -1), base].join('/');
  };
  const depths = paths.map(() => 1);
  for (;;) {
    const labels = depths.map((depth, k) => label(k, depth));
    const clashing = labels.flatMap((l, k) =>
      labels.indexOf(l) !== labels.lastIndexOf(l) ? [k] : [],
    );
    if (clashing.length === 0) return labels;
    if (clashing.every((k) => depths[k]! >= parts[k]!.length)) {
      for (const k of clashing) labels[k] = `${label(k, 1)} (${positionLabel(k)})`;
      return labels;
    }
    for (const k of clashing) depths[k]!++;
  }
}

/**
 * Refuses an output path that is one of the inputs (the same file, through a link or a hard link
 * too): writing the report there would destroy the statement it was made from.
 */
function refuseOutputOntoInput(output: string, inputs: string[]): void {
  const target = statIfExists(output);
  if (target === undefined) return;
  for (const input of inputs) {
    if (input === '-') continue;
    const source = statIfExists(input);
    if (source !== undefined && source.dev === target.dev && source.ino === target.ino) {
      throw new UsageError(`${output}: is the input ${input}; --output would overwrite it`);
    }
  }
}

function statIfExists(path: string): { dev: number; ino: number } | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
