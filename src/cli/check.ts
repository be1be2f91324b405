import { availableParallelism } from 'node:os';
import { checkCorpus, type CheckRun } from '../corpus/index.js';
import { writeOutputFile } from '../io/files.js';
import { renderCheckGithub } from '../render/check/github.js';
import { renderCheckJson } from '../render/check/json.js';
import { renderCheckJunit } from '../render/check/junit.js';
import { createProgress, type Progress } from '../render/check/progress.js';
import { renderCheckText } from '../render/check/text.js';
import { createStyle } from '../render/style.js';
import { resolveColorLevel, type ColorChoice } from './color.js';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, type ExitCode } from './exit-codes.js';
import { isTerminal, writeStdout } from './stdout.js';

export type CheckFormat = 'text' | 'json' | 'junit' | 'github';

export interface CheckFlags {
  update?: boolean;
  format: CheckFormat;
  filter?: string[];
  minF1?: number;
  color: ColorChoice;
  maxBytes: number;
  /** Cases checked at once; the number of cores when not given. */
  jobs?: number;
  output?: string;
}

/**
 * `communique check DIR…` (see checkCorpus): returns 0 when all cases pass and 1 when one fails;
 * when a case cannot be read, EXIT_USAGE (2), as for an unreadable input of `compare`.
 */
export async function runCheck(dirs: string[], flags: CheckFlags): Promise<ExitCode> {
  let progress: Progress | undefined;
  let run: CheckRun;
  try {
    run = await checkCorpus({
      dirs,
      update: flags.update,
      filter: flags.filter,
      minF1: flags.minF1,
      maxBytes: flags.maxBytes,
      jobs: flags.jobs ?? availableParallelism(),
      onCase: (id, total) => (progress ??= createProgress(process.stderr, total)).tick(id),
    });
  } finally {
    progress?.done();
  }
  const rendered = render(run, flags);
  if (flags.output !== undefined) writeOutputFile(flags.output, rendered);
  else writeStdout(rendered);
  return run.errors > 0 ? EXIT_USAGE : run.failed > 0 ? EXIT_FAILED : EXIT_OK;
}

function render(run: CheckRun, flags: CheckFlags): string {
  switch (flags.format) {
    case 'json':
      return renderCheckJson(run);
    case 'junit':
      return renderCheckJunit(run);
    case 'github':
      return renderCheckGithub(run, process.cwd());
    case 'text': {
      const toTerminal = flags.output === undefined && isTerminal(1);
      return renderCheckText(
        run,
        createStyle(resolveColorLevel(flags.color, process.env, toTerminal)),
      );
    }
  }
}
