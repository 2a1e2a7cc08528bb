// An external sort for the output pass: entries (key, JSON value) are kept in memory up to a
// budget, then written out as sorted runs; reading merges the runs. Stable: entries with equal
// keys come back in the order they were added, so the output does not depend on the budget.
import fs from 'node:fs';
import readline from 'node:readline';
import type { TempFiles } from './temp-files';

export interface RunSorter<T> {
  add(key: string, value: T): void;
  /** Every entry in key order (code units), equal keys in insertion order. Call once. */
  sorted(): AsyncGenerator<[string, T]>;
}

type Entry = [string, string];

/** Entries written per call when a run goes to disk (no second copy of the whole buffer). */
const WRITE_ENTRIES = 1000;

const byKey = (a: Entry, b: Entry): number => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/** Reads a run file back: one `"key"\tjson` line per entry. */
async function* readRun(file: string): AsyncGenerator<Entry> {
  const input = fs.createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 16 });
  for await (const line of readline.createInterface({ input, crlfDelay: Infinity })) {
    const tab = line.indexOf('\t');
    yield [JSON.parse(line.slice(0, tab)) as string, line.slice(tab + 1)];
  }
}

async function* fromMemory(entries: Entry[]): AsyncGenerator<Entry> {
  yield* entries;
}

export function makeRunSorter<T>(tmp: TempFiles, name: string, budgetChars: number): RunSorter<T> {
  let entries: Entry[] = [];
  let chars = 0;
  const runs: string[] = [];
  const flush = (): void => {
    const file = tmp.file(`${name}-${runs.length}.run`);
    const fd = fs.openSync(file, 'w');
    entries.sort(byKey);
    for (let i = 0; i < entries.length; i += WRITE_ENTRIES) {
      fs.writeSync(fd, entries.slice(i, i + WRITE_ENTRIES).map(([k, v]) => `${JSON.stringify(k)}\t${v}\n`).join(''));
    }
    fs.closeSync(fd);
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
      const sources = [...runs.map(readRun), fromMemory(entries.sort(byKey))];
      entries = [];
      const heads = await Promise.all(sources.map((s) => s.next()));
      // A min-heap of source indexes by (head key, index): equal keys come from earlier runs first.
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
        const [key, json] = heads[top].value as Entry;
        yield [key, JSON.parse(json) as T];
        heads[top] = await sources[top].next();
        if (heads[top].done) {
          const last = heap.pop() as number;
          if (heap.length > 0) heap[0] = last;
        }
        sift(0);
      }
    },
  };
}
