// Progress and notes for humans go to stderr (stdout is for results): silenced by --quiet,
// details only with --verbose. Progress is one line rewritten in place on a terminal, ended
// (cleared) before anything else is printed; when stderr is not a terminal there is no progress
// unless --verbose asks for it (then a line every few seconds).
import type { ExtractStats } from '../pipeline/extract-graph';
import type { Warning } from '../warnings';
import { escapeControl } from './escape-control';

export interface Reporter {
  info: (message: string) => void;
  detail: (message: string) => void;
  progress: (stats: ExtractStats) => void;
  /** Clears the in-place progress line: call before printing results on stdout. */
  endProgress: () => void;
  warnings: (list: readonly Warning[]) => void;
}

const MAX_WARNINGS = 25;

export function createReporter(flags: { quiet: boolean; verbose: boolean }, stream: NodeJS.WriteStream = process.stderr): Reporter {
  let last = Date.now();
  let inPlace = false;
  const endProgress = (): void => {
    if (inPlace) stream.write('\r\x1b[K');
    inPlace = false;
  };
  const write = (message: string): void => {
    endProgress();
    stream.write(message + '\n');
  };
  return {
    info: (message) => (flags.quiet ? undefined : write(message)),
    detail: (message) => (flags.verbose && !flags.quiet ? write(message) : undefined),
    progress(stats) {
      const now = Date.now();
      if (flags.quiet || (!stream.isTTY && !flags.verbose) || now - last < (stream.isTTY ? 200 : 5000)) return;
      last = now;
      const line = `articles ${stats.articles}, entities ${stats.entities}, relations ${stats.relations}`;
      if (!stream.isTTY) return write(line);
      stream.write(`\r\x1b[K${line}`);
      inPlace = true;
    },
    endProgress,
    warnings(list) {
      const shown = flags.verbose ? list : list.filter((w) => w.fatal || !flags.quiet).slice(0, MAX_WARNINGS);
      for (const w of shown) write(`${w.fatal ? 'error' : 'warning'}: ${escapeControl(w.message, true)}`);
      const hidden = list.length - shown.length;
      if (hidden > 0 && !flags.quiet) write(`... and ${hidden} more warnings (--verbose shows all)`);
    },
  };
}
