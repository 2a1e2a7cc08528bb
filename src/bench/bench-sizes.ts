// Size benchmark: seconds per MB of extraction (ingest → graph) for inputs of 1, 5 and 20 MB in
// each shape (plain text, one long line, HTML, Markdown, JSONL). Every stage is meant to be linear,
// so the per-MB figure should stay flat as the size grows. Prints; never asserts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Config } from '../config';
import { extractGraph } from '../pipeline/extract-graph';
import { makeSizedInput, shapeExtension, type SizeShape } from './size-corpus';

export interface SizeFigure {
  shape: SizeShape;
  megabytes: number;
  bytes: number;
  articles: number;
  entities: number;
  seconds: number;
  secondsPerMb: number;
  /** CPU time of the process (all threads) per MB: less sensitive to a busy machine than wall time. */
  cpuSecondsPerMb: number;
}

const cpuSeconds = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

export async function benchSizes(shapes: readonly SizeShape[], sizes: readonly number[], config: Pick<Config, 'workers'>, onFigure: (f: SizeFigure) => void): Promise<SizeFigure[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-sizes-'));
  const figures: SizeFigure[] = [];
  try {
    for (const shape of shapes) {
      for (const megabytes of sizes) {
        const file = path.join(dir, `${shape}-${megabytes}mb${shapeExtension(shape)}`);
        fs.writeFileSync(file, makeSizedInput(shape, megabytes));
        const bytes = fs.statSync(file).size;
        const [t0, c0] = [performance.now(), cpuSeconds()];
        const { stats } = await extractGraph([file], { workers: config.workers });
        const seconds = (performance.now() - t0) / 1000;
        const mb = bytes / 1_000_000;
        const round = (n: number): number => Math.round(n * 100) / 100;
        const figure = { shape, megabytes, bytes, articles: stats.articles, entities: stats.entities, seconds: round(seconds), secondsPerMb: round(seconds / mb), cpuSecondsPerMb: round((cpuSeconds() - c0) / mb) };
        figures.push(figure);
        onFigure(figure);
        fs.rmSync(file);
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}
