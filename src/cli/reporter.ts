// Progress and notes for humans go to stderr (stdout is for results): silenced by --quiet,
// details only with --verbose.
export interface Reporter {
  info: (message: string) => void;
  detail: (message: string) => void;
}

export function createReporter(flags: { quiet: boolean; verbose: boolean }): Reporter {
  const write = (message: string): void => {
    process.stderr.write(message + '\n');
  };
  return {
    info: (message) => (flags.quiet ? undefined : write(message)),
    detail: (message) => (flags.verbose && !flags.quiet ? write(message) : undefined),
  };
}
