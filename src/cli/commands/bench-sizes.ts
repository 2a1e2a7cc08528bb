// `kg bench --sizes 1,5,20`: the size benchmark's table (seconds per MB by shape and size).
import { benchSizes, type SizeFigure } from '../../bench/bench-sizes';
import { SIZE_SHAPES, type SizeShape } from '../../bench/size-corpus';
import { NewsgraphError } from '../../errors';

function parseList(value: string, allowed: readonly string[] | undefined, what: string): string[] {
  const items = value.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = items.filter((s) => (allowed ? !allowed.includes(s) : !(Number(s) > 0)));
  if (items.length === 0 || bad.length) {
    throw new NewsgraphError('USAGE', `invalid ${what}: ${bad.join(', ') || '(empty)'}`, allowed ? `Use some of: ${allowed.join(',')}` : 'Use positive numbers of MB, e.g. --sizes 1,5,20');
  }
  return items;
}

const row = (f: SizeFigure): string =>
  [f.shape.padEnd(10), `${f.megabytes} MB`.padStart(6), `${f.seconds.toFixed(1)} s`.padStart(9), `${f.secondsPerMb.toFixed(2)} s/MB`.padStart(12), `${f.cpuSecondsPerMb.toFixed(2)} cpu-s/MB`.padStart(16), `${f.articles} articles`.padStart(15), `${f.entities} entities`.padStart(16)].join('  ');

export async function runSizeBench(flags: { sizes?: string; shapes?: string; json?: boolean }, workers: number): Promise<void> {
  const sizes = parseList(flags.sizes ?? '', undefined, '--sizes').map(Number);
  const shapes = parseList(flags.shapes ?? SIZE_SHAPES.join(','), SIZE_SHAPES, '--shapes') as SizeShape[];
  if (!flags.json) process.stdout.write(`shape           size     time        per MB        CPU per MB   (${workers} workers)\n`);
  const figures = await benchSizes(shapes, sizes, { workers }, (f) => {
    if (!flags.json) process.stdout.write(row(f) + '\n');
  });
  if (flags.json) process.stdout.write(JSON.stringify(figures, null, 2) + '\n');
}
