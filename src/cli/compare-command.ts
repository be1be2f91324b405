import { statSync } from 'node:fs';
import { isatty } from 'node:tty';
import { compare, type CompareProgress } from '../compare.js';
import type { FormatChoice } from '../load/index.js';
import { escapeUnsafe } from '../render/escape.js';
import { renderHtml } from '../render/html.js';
import { renderJson } from '../render/json.js';
import { renderMarkdown } from '../render/markdown.js';
import { renderNdjson } from '../render/ndjson.js';
import { statusLine } from '../render/progress.js';
import { createStyle } from '../render/style.js';
import type { ReportSection } from '../render/sections.js';
import { renderText } from '../render/text.js';
import type { Report } from '../report/types.js';
import type { LanguageCode } from '../vectorize/language-codes.js';
import { resolveColorLevel, type ColorChoice } from './color.js';
import { UsageError } from './errors.js';
import { EXIT_FAILED, EXIT_OK, type ExitCode } from './exit-codes.js';
import { readDocument, writeOutputFile } from '../io/files.js';
import { writePaged } from './pager.js';

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

/** `communique A B`: reads both documents, compares them, writes the report; returns the exit code. */
export function runCompare(pathA: string, pathB: string, flags: CompareFlags): ExitCode {
  if (pathA === '-' && pathB === '-')
    throw new UsageError('only one of the two documents can be read from standard input');
  if (flags.output !== undefined) refuseOutputOntoInput(flags.output, [pathA, pathB]);
  const a = readDocument(pathA, flags.maxBytes);
  const b = readDocument(pathB, flags.maxBytes);
  // Long documents take seconds: a terminal is shown where the work is, after a moment.
  // process.stderr is made on first use, which takes a few milliseconds; a pipe gets no status anyway.
  const status = statusLine(isatty(2) ? process.stderr : null, { delayMs: PROGRESS_DELAY_MS });
  const [labelA, labelB] = defaultLabels(pathA, pathB);
  const report = compare(
    { ...a, label: flags.labelA ?? labelA, format: flags.inputFormat },
    { ...b, label: flags.labelB ?? labelB, format: flags.inputFormat },
    {
      lang: flags.lang,
      threshold: flags.threshold,
      contradictionThreshold: flags.contradictionThreshold,
      onProgress: ({ stage, done, total }) =>
        status.show(
          `communique: ${STAGE_NAMES[stage]}${stage === 'classify' ? ` ${done}/${total}` : ''}`,
        ),
    },
  );
  status.clear();
  const toTerminal = flags.output === undefined && process.stdout.isTTY === true;
  const rendered = renderReport(report, flags, toTerminal);
  if (flags.output !== undefined) writeOutputFile(flags.output, rendered);
  else if (toTerminal && flags.format === 'text' && flags.pager)
    writePaged(rendered, process.stdout.rows);
  else process.stdout.write(rendered);
  // A warning belongs on stderr too, where a script that reads only the report still sees it.
  for (const warning of report.warnings)
    process.stderr.write(`communique: warning: ${escapeUnsafe(warning)}\n`);
  return failed(report, flags.failOn) ? EXIT_FAILED : EXIT_OK;
}

function renderReport(report: Report, flags: CompareFlags, toTerminal: boolean): string {
  switch (flags.format) {
    case 'json':
      return renderJson(report);
    case 'markdown':
      return renderMarkdown(report);
    case 'ndjson':
      return renderNdjson(report);
    case 'html':
      return renderHtml(report);
    case 'text':
      return renderText(report, {
        style: createStyle(resolveColorLevel(flags.color, process.env, toTerminal)),
        width: flags.width ?? (toTerminal ? process.stdout.columns || 80 : 80),
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
 * Labels from the file names without extension ("moscow.txt" → "moscow"). Two files of the same name
 * in different folders are told apart by as many folders as it takes ("2023/readout", "2024/readout");
 * the same file twice becomes "readout (A)" and "readout (B)".
 */
export function defaultLabels(pathA: string, pathB: string): [string, string] {
  const parts = (path: string) =>
    path === '-' ? ['stdin'] : path.split(/[\\/]+/).filter((part) => part !== '' && part !== '.');
  const [partsA, partsB] = [parts(pathA), parts(pathB)];
  const label = (p: string[], depth: number, fallback: string) => {
    const base = (p.at(-1) ?? '').replace(/\.[^.]+$/, '') || fallback;
    return [...p.slice(Math.max(0, p.length - depth), -1), base].join('/');
  };
  for (let depth = 1; depth <= Math.max(partsA.length, partsB.length); depth++) {
    const [a, b] = [label(partsA, depth, 'A'), label(partsB, depth, 'B')];
    if (a !== b) return [a, b];
  }
  const same = label(partsA, 1, 'A');
  return [`${same} (A)`, `${same} (B)`];
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
