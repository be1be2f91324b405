// Only what parsing the command line needs is loaded here; each command loads its own modules
// when it runs, so --help and --version start fast and compare does not load check.
import { readFileSync } from 'node:fs';
import { DEFAULT_MAX_BYTES } from '../io/files.js';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_OPTIONS } from '../compare-options.js';
import { CorpusError } from '../corpus/errors.js';
import { InputError } from '../load/errors.js';
import { escapeUnsafe } from '../render/escape.js';
import { REPORT_SECTIONS, type ReportSection } from '../render/sections.js';
import { LANGUAGES } from '../language/index.js';
import type { CheckFlags } from './check.js';
import type { CompareFlags } from './compare-command.js';
import { UsageError } from './errors.js';
import { EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, type ExitCode } from './exit-codes.js';
import type { SentencesFlags } from './sentences-command.js';
import { writeStdout } from './stdout.js';

/** Refuse inputs larger than this unless --max-bytes says otherwise. */

const { version } = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
) as { version: string };

/** Runs the CLI and returns the exit code (see exit-codes.ts). */
export async function main(argv: string[]): Promise<ExitCode> {
  let exitCode: ExitCode = EXIT_OK;
  const program = buildProgram((code) => (exitCode = code));
  if (argv.length === 0) {
    process.stderr.write(
      `communique: two documents to compare are needed\n${program.helpInformation()}`,
    );
    return EXIT_USAGE;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    return handleError(error, argv.includes('--debug'));
  }
  return exitCode;
}

/**
 * The body of a `check --jobs N` worker thread when the CLI runs from its bundle
 * (bin/check-worker.js): the worker module takes its cases from workerData as it loads.
 */
export async function runCheckWorker(): Promise<void> {
  await import('../corpus/check-worker.js');
}

function buildProgram(setExitCode: (code: ExitCode) => void): Command {
  const program = new Command('communique')
    .description(
      'Compare two or more official readouts of the same event: shared claims, claims only in one, and contradictions.',
    )
    .version(version, '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: writeStdout,
      writeErr: (s) => process.stderr.write(s),
      // One line, like every other error; a bad option value is echoed, so it is escaped too.
      outputError: (message, write) =>
        write(
          `communique: ${escapeUnsafe(
            message
              .replace(/^error: /, '')
              .trim()
              .replace(/\s*\n\s*/g, ' '),
          )}\n`,
        ),
    })
    .showSuggestionAfterError()
    .addHelpText('after', COMPARE_EXAMPLES);

  const compareCommand = program
    .command('compare', { isDefault: true })
    .description(
      'compare document A with document B, or three or more documents claim by claim (one may be - for standard input)',
    )
    .argument('<documents...>', 'two or more documents (text, Markdown or HTML; - reads stdin)')
    .option('--label-a <name>', 'name for document A in the report (default: its file name)')
    .option('--label-b <name>', 'name for document B in the report')
    .option(
      '-l, --label <name>',
      'name for the next document in the report, in the order given (repeatable)',
      collect,
    )
    .addOption(
      new Option(
        '-f, --format <format>',
        'report format: text, JSON, Markdown (for a pull-request comment), NDJSON (a line per match or only-sentence) or HTML (one self-contained page to share)',
      )
        .choices(['text', 'json', 'markdown', 'ndjson', 'html'])
        .default('text'),
    )
    .option(
      '-t, --threshold <number>',
      'minimum similarity for two sentences to be aligned (0–1)',
      unitInterval('--threshold'),
      DEFAULT_OPTIONS.threshold,
    )
    .option(
      '--contradiction-threshold <number>',
      'lower similarity at which a pair that shares topic words and fires a contradiction cue is still aligned (0–1)',
      unitInterval('--contradiction-threshold'),
      DEFAULT_OPTIONS.contradictionThreshold,
    )
    .addOption(
      new Option(
        '--fail-on <condition>',
        'exit 1 when the report has a contradiction, or any difference at all',
      ).choices(['contradiction', 'difference']),
    )
    .option(
      '--show <kinds>',
      'print only these sections of the text report: a comma list of contradiction, shared, only',
      sectionList,
    )
    .option(
      '--word-diff',
      'mark the words each side has and the other lacks, instead of the words that carry the verdict',
    )
    .option('--no-pager', 'do not page a text report taller than the terminal')
    .addOption(colorOption('colour the text report'))
    .option(
      '-w, --width <columns>',
      'wrap the text report to this width; 0 does not wrap (default: terminal width, or 80)',
      nonNegativeInteger('--width'),
    )
    .addOption(
      new Option('--input-format <format>', 'how to read the documents')
        .choices(['auto', 'text', 'markdown', 'html'])
        .default('auto'),
    )
    .addOption(
      langOption('language of both documents; auto detects it and refuses two different languages'),
    )
    .option(
      '--max-bytes <bytes>',
      'refuse inputs larger than this',
      positiveInteger('--max-bytes'),
      DEFAULT_MAX_BYTES,
    )
    .option('-o, --output <file>', 'write the report to this file (atomically) instead of stdout')
    .option('--debug', 'show a stack trace on errors')
    .addHelpText('after', COMPARE_EXAMPLES)
    .action(async (documents: string[], flags: CompareFlags) =>
      setExitCode((await import('./compare-command.js')).runCompare(documents, flags)),
    );

  program
    .command('sentences')
    .description('show how a document is split into sentences, with their positions')
    .argument('<file>', 'document (- reads stdin)')
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(['text', 'json'])
        .default('text'),
    )
    .addOption(
      new Option('--input-format <format>', 'how to read the document')
        .choices(['auto', 'text', 'markdown', 'html'])
        .default('auto'),
    )
    .addOption(langOption('language of the document (its abbreviations); auto detects it'))
    .option(
      '--max-bytes <bytes>',
      'refuse inputs larger than this',
      positiveInteger('--max-bytes'),
      DEFAULT_MAX_BYTES,
    )
    .option('--debug', 'show a stack trace on errors')
    .addHelpText(
      'after',
      examples([
        ['communique sentences readout.txt', 'one sentence a line: number, line:column, text'],
        ['communique sentences page.html', 'the article of a saved page, without its menus'],
        ['communique sentences readout.md -f json', 'with offsets into the file'],
      ]),
    )
    .action(async (file: string, flags: SentencesFlags) =>
      (await import('./sentences-command.js')).runSentences(file, flags),
    );

  program
    .command('check')
    .description(
      'run every case (two statements and a case.json) under the folders; compare each report with its snapshot (expected.json) and gold labels',
    )
    .argument('<dir...>', 'folders holding cases')
    .option('-u, --update', 'rewrite the snapshots from the current reports')
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(['text', 'json', 'junit', 'github'])
        .default('text'),
    )
    .option(
      '--filter <pattern>',
      'run only cases whose id contains PATTERN, or matches it as a glob if it has * or ? (repeatable)',
      collect,
    )
    .option(
      '--min-f1 <number>',
      'fail a gold-labelled case whose link F1 is below this (0–1)',
      unitInterval('--min-f1'),
    )
    .addOption(colorOption('colour the text output'))
    .option(
      '--max-bytes <bytes>',
      'refuse statements larger than this',
      positiveInteger('--max-bytes'),
      DEFAULT_MAX_BYTES,
    )
    .option(
      '-j, --jobs <number>',
      'check this many cases at once, on worker threads (at most one per core; default: the number of cores)',
      positiveInteger('--jobs'),
    )
    .option('-o, --output <file>', 'write the output to this file (atomically) instead of stdout')
    .option('--debug', 'show a stack trace on errors')
    .addHelpText(
      'after',
      examples([
        ['communique check fixtures', 'every case under fixtures/'],
        ['communique check fixtures --filter lavrov -u', 'rewrite the snapshots of matching cases'],
        ['communique check fixtures -f github --min-f1 0.8', 'annotations for a CI run'],
      ]),
    )
    .action(async (dirs: string[], flags: CheckFlags) =>
      setExitCode(await (await import('./check.js')).runCheck(dirs, flags)),
    );

  compareCommand.exitOverride();
  return program;
}

function handleError(error: unknown, debug: boolean): ExitCode {
  if (error instanceof CommanderError) {
    // Help and version are successes; every other commander error is a usage error (commander says 1).
    return error.code === 'commander.helpDisplayed' ||
      error.code === 'commander.version' ||
      error.code === 'commander.help'
      ? EXIT_OK
      : EXIT_USAGE;
  }
  const usage =
    error instanceof InputError || error instanceof UsageError || error instanceof CorpusError;
  if (usage) process.stderr.write(`communique: ${escapeUnsafe(error.message)}\n`);
  else {
    const message = escapeUnsafe((error as Error)?.message ?? String(error));
    process.stderr.write(
      `communique: internal error: ${message}${debug ? '' : ' (--debug shows where)'}\n`,
    );
  }
  if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  return usage ? EXIT_USAGE : EXIT_INTERNAL;
}

function langOption(description: string): Option {
  return new Option('--lang <code>', description).choices(['auto', ...LANGUAGES]).default('auto');
}

function colorOption(description: string): Option {
  return new Option('--color <when>', description)
    .choices(['auto', 'always', 'never'])
    .default('auto');
}

/** `contradiction,only` → the sections in report order; an unknown name is a usage error. */
function sectionList(value: string): ReportSection[] {
  const names = value.split(',').map((name) => name.trim().toLowerCase());
  const unknown = names.filter((name) => !(REPORT_SECTIONS as readonly string[]).includes(name));
  if (unknown.length > 0 || names.length === 0)
    throw new InvalidArgumentError(
      `--show takes a comma list of ${REPORT_SECTIONS.join(', ')} (not "${unknown.join(',')}").`,
    );
  return REPORT_SECTIONS.filter((section) => names.includes(section));
}

const COMPARE_EXAMPLES = examples([
  ['communique moscow.txt dushanbe.txt', 'the report, paged on a terminal'],
  ['communique moscow.txt dushanbe.txt --show contradiction', 'only the contradictions'],
  ['communique moscow.html dushanbe.html -f html -o report.html', 'one page to share, offline'],
]);

/** The lines that end a command's --help: a command and what it does, lined up. */
function examples(lines: [string, string][]): string {
  const width = Math.max(...lines.map(([command]) => command.length));
  return `\nExamples:\n${lines.map(([command, what]) => `  $ ${command.padEnd(width)}  # ${what}`).join('\n')}\n`;
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** A decimal from 0 to 1, written plainly: Number() alone would take "0x1" and "1e-1". */
function unitInterval(option: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^(?:\d+(?:\.\d*)?|\.\d+)$/.test(value.trim()) || n > 1)
      throw new InvalidArgumentError(`${option} takes a number from 0 to 1.`);
    return n;
  };
}

function nonNegativeInteger(option: string) {
  return wholeNumber(option, 0);
}

function positiveInteger(option: string) {
  return wholeNumber(option, 1);
}

function wholeNumber(option: string, min: 0 | 1) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min) {
      throw new InvalidArgumentError(`${option} takes a whole number of ${min} or more.`);
    }
    return n;
  };
}
