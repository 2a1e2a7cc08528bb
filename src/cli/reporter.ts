// Progress and notes for humans go to stderr (stdout is for results): silenced by --quiet,
// details only with --verbose. Progress lines are throttled and rewritten in place on a terminal.
import type { ExtractStats } from '../pipeline/extract-graph';
import type { Warning } from '../warnings';

export interface Reporter {
  info: (message: string) => void;
  detail: (message: string) => void;
  progress: (stats: ExtractStats) => void;
  warnings: (list: readonly Warning[]) => void;
}

const MAX_WARNINGS = 25;

export function createReporter(flags: { quiet: boolean; verbose: boolean }, stream: NodeJS.WriteStream = process.stderr): Reporter {
  let last = Date.now();
  let inPlace = false;
  const write = (message: string): void => {
    if (inPlace) stream.write('\r\x1b[K');
    inPlace = false;
    stream.write(message + '\n');
  };
  return {
    info: (message) => (flags.quiet ? undefined : write(message)),
    detail: (message) => (flags.verbose && !flags.quiet ? write(message) : undefined),
    progress(stats) {
      const now = Date.now();
      if (flags.quiet || now - last < (stream.isTTY ? 200 : 5000)) return;
      last = now;
      const line = `articles ${stats.articles}, entities ${stats.entities}, relations ${stats.relations}`;
      if (!stream.isTTY) return write(line);
      stream.write(`\r\x1b[K${line}`);
      inPlace = true;
    },
    warnings(list) {
      const shown = flags.verbose ? list : list.filter((w) => w.fatal || !flags.quiet).slice(0, MAX_WARNINGS);
      for (const w of shown) write(`${w.fatal ? 'error' : 'warning'}: ${w.message}`);
      const hidden = list.length - shown.length;
      if (hidden > 0 && !flags.quiet) write(`... and ${hidden} more warnings (--verbose shows all)`);
    },
  };
}
