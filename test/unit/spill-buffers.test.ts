// The spill buffers of streaming runs: a line spool gives back its lines in order whether it
// stayed in memory or went to disk, and the external sort returns equal keys in insertion order
// across runs (what keeps streamed output independent of the buffer size).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeLineSpool } from '../../src/pipeline/spill/line-spool';
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

test('many runs merge into the same order as one stable sort', async () => {
  const sorter = makeRunSorter<number>(tmp, 'many', 40);
  let seed = 7;
  const keys = Array.from({ length: 300 }, () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return `k${seed % 23}`;
  });
  keys.forEach((key, i) => sorter.add(key, i));
  const expected = keys.map((key, i): [string, number] => [key, i]).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  expect(await all(sorter.sorted())).toEqual(expected);
});
