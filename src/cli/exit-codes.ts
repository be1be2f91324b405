// The process's exit codes, in one place (as difftastic's exit_codes.rs). Scripts rely on them:
// 1 is an answer the user asked for, 2 is their mistake or their input's, 70 is ours.

/** The command ran and, where asked, found nothing to fail on. */
export const EXIT_OK = 0;
/** A failure condition the user requested was met: `--fail-on`, a `check` case that failed. */
export const EXIT_FAILED = 1;
/** A usage or input error: bad flags, an unreadable or refused file, a broken corpus case. */
export const EXIT_USAGE = 2;
/** A bug in communique (sysexits' EX_SOFTWARE), so that it is never mistaken for bad input. */
export const EXIT_INTERNAL = 70;

export type ExitCode =
  typeof EXIT_OK | typeof EXIT_FAILED | typeof EXIT_USAGE | typeof EXIT_INTERNAL;
