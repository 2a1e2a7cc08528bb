// The merge of an external sort's runs. Sources are merged with a min-heap by (key, source index),
// so equal keys come from earlier sources first and the merge is stable. At most `fanIn` run files
// are read at once: when there are more, consecutive groups of runs are first merged into new run
// files (a level), as few as it takes to bring the count down, so memory does not grow with the
// number of runs and every level keeps the order of its runs (stability across levels).
import fs from 'node:fs';
import { readLines, writeLines } from './run-files';
import type { TempFiles } from './temp-files';

/** A key and its value as JSON. */
export type Entry = [string, string];

/** Run files merged at once (each holds one read block and one line in memory). */
export const FAN_IN = 32;

/** Reads a run file back: one `"key"\tjson` line per entry. */
function* readRun(file: string): Generator<Entry> {
  for (const line of readLines(file)) {
    const tab = line.indexOf('\t');
    yield [JSON.parse(line.slice(0, tab)) as string, line.slice(tab + 1)];
  }
}

/** Merges sources each sorted by key; equal keys come from earlier sources first. */
export function* mergeEntries(sources: Iterator<Entry>[]): Generator<Entry> {
  const heads = sources.map((s) => s.next());
  const before = (i: number, j: number): boolean => {
    const [a, b] = [(heads[i].value as Entry)[0], (heads[j].value as Entry)[0]];
    return a < b || (a === b && i < j);
  };
  const heap = sources.map((_, i) => i).filter((i) => !heads[i].done);
  const sift = (at: number): void => {
    for (let i = at; ; ) {
      const [l, r] = [2 * i + 1, 2 * i + 2];
      let m = i;
      if (l < heap.length && before(heap[l], heap[m])) m = l;
      if (r < heap.length && before(heap[r], heap[m])) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m], heap[i]];
      i = m;
    }
  };
  for (let i = (heap.length >> 1) - 1; i >= 0; i--) sift(i);
  while (heap.length > 0) {
    const top = heap[0];
    yield heads[top].value as Entry;
    heads[top] = sources[top].next();
    if (heads[top].done) {
      const last = heap.pop() as number;
      if (heap.length > 0) heap[0] = last;
    }
    sift(0);
  }
}

function* linesOf(entries: Iterable<Entry>): Generator<string> {
  for (const [key, json] of entries) yield `${JSON.stringify(key)}\t${json}`;
}

/** Writes entries (sorted by key) as a run file. */
export const writeRun = (file: string, entries: Iterable<Entry>): void => writeLines(file, linesOf(entries));

/** Merges runs in levels until at most `fanIn` are left; returns them in order. */
export function mergeLevels(runs: readonly string[], tmp: TempFiles, name: string, fanIn = FAN_IN): string[] {
  const width = Math.max(2, fanIn);
  let level = [...runs];
  for (let made = 0; level.length > width; ) {
    const next: string[] = [];
    let excess = level.length - width;
    for (let i = 0; i < level.length; ) {
      const size = excess > 0 ? Math.min(width, excess + 1) : 1;
      const group = level.slice(i, i + size);
      i += size;
      if (group.length === 1) {
        next.push(group[0]);
        continue;
      }
      const file = tmp.file(`${name}-m${made++}.run`);
      writeRun(file, mergeEntries(group.map(readRun)));
      for (const f of group) fs.rmSync(f, { force: true });
      next.push(file);
      excess -= group.length - 1;
    }
    level = next;
  }
  return level;
}

export const readRuns = (runs: readonly string[]): Array<Iterator<Entry>> => runs.map(readRun);
