// An external sort for the output pass: entries (key, JSON value) are kept in memory up to a
// budget, then written out as sorted runs; reading merges the runs (merge-runs.ts: in levels, at
// most a fixed number of files at once). Stable: entries with equal keys come back in the order
// they were added, so the output does not depend on the budget or the fan-in.
import { FAN_IN, mergeEntries, mergeLevels, readRuns, writeRun, type Entry } from './merge-runs';
import type { TempFiles } from './temp-files';

export interface RunSorter<T> {
  add(key: string, value: T): void;
  /** Every entry in key order (code units), equal keys in insertion order. Call once. */
  sorted(): AsyncGenerator<[string, T]>;
}

const byKey = (a: Entry, b: Entry): number => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/** `fanIn`: run files merged at once (tests make it small to force several levels). */
export function makeRunSorter<T>(tmp: TempFiles, name: string, budgetChars: number, fanIn = FAN_IN): RunSorter<T> {
  let entries: Entry[] = [];
  let chars = 0;
  const runs: string[] = [];
  const flush = (): void => {
    const file = tmp.file(`${name}-${runs.length}.run`);
    writeRun(file, entries.sort(byKey));
    runs.push(file);
    entries = [];
    chars = 0;
  };
  return {
    add(key, value) {
      const json = JSON.stringify(value);
      entries.push([key, json]);
      chars += key.length + json.length;
      if (chars >= budgetChars) flush();
    },
    async *sorted() {
      const sources = readRuns(mergeLevels(runs, tmp, name, fanIn));
      sources.push(entries.sort(byKey)[Symbol.iterator]());
      entries = [];
      for (const [key, json] of mergeEntries(sources)) yield [key, JSON.parse(json) as T];
    },
  };
}
