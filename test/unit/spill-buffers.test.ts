// The spill buffers of streaming runs: a line spool gives back its lines in order whether it
// stayed in memory or went to disk, and the external sort returns equal keys in insertion order
// across runs (what keeps streamed output independent of the buffer size).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeLineSpool } from '../../src/pipeline/spill/line-spool';
import { mergeLevels } from '../../src/pipeline/spill/merge-runs';
import { readLines, writeLines } from '../../src/pipeline/spill/run-files';
import { makeRunSorter } from '../../src/pipeline/spill/sorted-runs';
import { makeTempFiles, type TempFiles } from '../../src/pipeline/spill/temp-files';

async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

let base: string;
let tmp: TempFiles;
beforeEach(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-spill-test-'));
  tmp = makeTempFiles(base);
});
afterEach(() => fs.rmSync(base, { recursive: true, force: true }));

test.each([1e9, 10])('a spool with a budget of %p bytes gives its lines back in order', async (budget) => {
  const spool = makeLineSpool('records', budget, tmp);
  spool.append('{"a":1}\n{"b":"é"}\n');
  spool.append(new TextEncoder().encode('{"c":3}\n'));
  spool.append('{"d":"\u2028"}\n');
  expect(await all(spool.lines())).toEqual(['{"a":1}', '{"b":"é"}', '{"c":3}', '{"d":"\u2028"}']);
  expect(fs.readdirSync(base).length).toBe(budget < 100 ? 1 : 0);
});

test.each([1e9, 30, 1])('the sort with a budget of %p characters is stable across runs', async (budget) => {
  const sorter = makeRunSorter<number>(tmp, 'test', budget);
  const keys = ['b', 'a', 'b', 'c', 'a', 'b', 'a\u0000z', 'a'];
  keys.forEach((key, i) => sorter.add(key, i));
  expect(await all(sorter.sorted())).toEqual([['a', 1], ['a', 4], ['a', 7], ['a\u0000z', 6], ['b', 0], ['b', 2], ['b', 5], ['c', 3]]);
});

test('temporary files live in one folder, made on first use and removed', () => {
  expect(fs.readdirSync(base)).toEqual([]);
  const file = tmp.file('x');
  fs.writeFileSync(file, 'x');
  expect(fs.readdirSync(base).length).toBe(1);
  tmp.remove();
  expect(fs.readdirSync(base)).toEqual([]);
});

function randomKeys(count: number, distinct: number): string[] {
  let seed = 7;
  return Array.from({ length: count }, () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return `k${seed % distinct}`;
  });
}

// fan-in 1000: one merge of every run; 2 and 3: several levels of merges before the last one.
test.each([1000, 32, 3, 2])('many runs merged %p at a time give the order of one stable sort', async (fanIn) => {
  const sorter = makeRunSorter<number>(tmp, 'many', 40, fanIn);
  const keys = randomKeys(300, 23);
  keys.forEach((key, i) => sorter.add(key, i));
  const expected = keys.map((key, i): [string, number] => [key, i]).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  expect(await all(sorter.sorted())).toEqual(expected);
});

test.each([
  [40, 32, 32],
  [40, 3, 3],
  [10, 4, 4],
  [3, 4, 3],
])('%p runs merged in levels with a fan-in of %p leave %p runs, in order', (count, fanIn, left) => {
  const runs = Array.from({ length: count }, (_, i) => {
    const file = tmp.file(`r-${i}.run`);
    writeLines(file, [`${JSON.stringify('k')}\t${i}`, `${JSON.stringify(`k${i % 7}`)}\t${i}`]);
    return file;
  });
  const merged = mergeLevels(runs, tmp, 'r', fanIn);
  expect(merged.length).toBe(left);
  // The runs' entries, concatenated in order, keep every run's entries after those of earlier runs.
  const values = merged.flatMap((f) => [...readLines(f)].filter((l) => l.startsWith('"k"\t')).map((l) => Number(l.split('\t')[1])));
  expect(values).toEqual(Array.from({ length: count }, (_, i) => i));
  expect(fs.readdirSync(fs.readdirSync(base).map((d) => path.join(base, d))[0]).length).toBe(left);
});

test.each([1, 2, 5, 1 << 16])('lines read with a block of %p bytes come back whole', (block) => {
  const file = tmp.file('lines');
  const lines = ['{"a":"é€𝄞"}', 'x'.repeat(20), '"\u2028"', 'last without newline'];
  fs.writeFileSync(file, `${lines.slice(0, 3).join('\n')}\n\n${lines[3]}`);
  expect([...readLines(file, block)]).toEqual(lines);
});
