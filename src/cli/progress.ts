// Progress and warnings on stderr. Quiet prints nothing but errors; progress lines are
// throttled and rewritten in place on a terminal.
import type { ExtractStats } from '../pipeline/extract-graph';
import type { Warning } from '../warnings';

export interface Reporter {
  progress(stats: ExtractStats): void;
  info(line: string): void;
  warnings(list: readonly Warning[]): void;
  done(): void;
}

const MAX_WARNINGS = 25;

export function makeReporter(opts: { quiet: boolean; verbose: boolean }, stream: NodeJS.WriteStream = process.stderr): Reporter {
  let last = Date.now();
  let shown = false;
  const clear = (): void => {
    if (shown && stream.isTTY) stream.write('\r\x1b[K');
    shown = false;
  };
  return {
    progress(stats) {
      if (opts.quiet) return;
      const now = Date.now();
      if (now - last < (stream.isTTY ? 200 : 5000)) return;
      last = now;
      const line = `articles ${stats.articles}, entities ${stats.entities}, relations ${stats.relations}`;
      if (stream.isTTY) {
        stream.write(`\r\x1b[K${line}`);
        shown = true;
      } else stream.write(line + '\n');
    },
    info(line) {
      if (opts.quiet) return;
      clear();
      stream.write(line + '\n');
    },
    warnings(list) {
      clear();
      const show = opts.verbose ? list : list.filter((w) => w.fatal || !opts.quiet).slice(0, MAX_WARNINGS);
      for (const w of show) stream.write(`${w.fatal ? 'error' : 'warning'}: ${w.message}\n`);
      if (show.length < list.length && !opts.quiet) stream.write(`... and ${list.length - show.length} more warnings (--verbose shows all)\n`);
    },
    done: clear,
  };
}
