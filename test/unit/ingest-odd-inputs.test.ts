// Inputs that are not plain article files: named pipes, devices behind a .txt link, files over
// the size cap, other file types in a directory or glob, a byte-order mark before a JSONL corpus,
// dates that are no calendar day. Each is read or refused with a message naming it; none blocks.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readArticles, type IngestItem } from '../../src/ingest/read-articles';
import { expandInputs } from '../../src/ingest/expand-inputs';
import { readRegularFile } from '../../src/ingest/read-regular-file';
import { readJsonlLines } from '../../src/ingest/read-jsonl-lines';
import { isCalendarDate } from '../../src/text/calendar-date';
import { examplesInput } from '../../src/cli/examples-input';

let dir: string;
const at = (...parts: string[]): string => path.join(dir, ...parts);

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-odd-'));
  fs.mkdirSync(at('mixed'));
  fs.writeFileSync(at('mixed', 'story.txt'), 'Anna Berg met Tom Lund in Oslo.\n');
  fs.writeFileSync(at('mixed', 'scan.pdf'), '%PDF-1.4 not text');
  fs.writeFileSync(at('mixed', 'NOTES'), 'Some notes.\n');
  fs.writeFileSync(at('mixed', '.hidden.txt'), 'Hidden files are not read.\n');
  spawnSync('mkfifo', [at('mixed', 'pipe.txt')]);
  fs.symlinkSync('/dev/zero', at('zero.txt'));
  fs.mkdirSync(at('pdfs'));
  fs.writeFileSync(at('pdfs', 'a.pdf'), '%PDF');
  fs.writeFileSync(at('pdfs', 'b.pdf'), '%PDF');
  fs.writeFileSync(at('bom.jsonl'), '\ufeff{"id":"r1","text":"Anna Berg met Tom Lund."}\n{"id":"r2","text":"Carl Moe met Tom Lund.","date":"2024-13-45"}\n');
  fs.writeFileSync(at('big.txt'), 'x'.repeat(5000));
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function collect(inputs: string[]): Promise<IngestItem[]> {
  const items: IngestItem[] = [];
  for await (const item of readArticles(inputs)) items.push(item);
  return items;
}
const messages = (items: IngestItem[]): string[] => items.flatMap((i) => ('warning' in i ? [i.warning.message] : []));
const sources = (items: IngestItem[]): string[] => items.flatMap((i) => ('article' in i ? [i.article.source] : []));

test('a directory: article files read; a .pdf, a file without extension and a FIFO each named with the reason', async () => {
  const items = await collect([at('mixed')]);
  expect(sources(items)).toEqual([at('mixed', 'story.txt')]);
  const said = messages(items).join('\n');
  expect(said).toContain(`${at('mixed', 'scan.pdf')}: not an article file (.pdf)`);
  expect(said).toContain(`${at('mixed', 'NOTES')}: not an article file (no extension)`);
  expect(said).toContain(`${at('mixed', 'pipe.txt')}: a named pipe (FIFO), not a file`);
  expect(said).not.toContain('.hidden');
});

test.each([
  ['a .txt link to /dev/zero', 'zero.txt', 'a device, not a file'],
  ['a named pipe named directly', path.join('mixed', 'pipe.txt'), 'a named pipe (FIFO), not a file'],
])('%s is refused before reading, without blocking', async (_what, file, reason) => {
  const items = await collect([at(file)]);
  expect(sources(items)).toEqual([]);
  expect(messages(items)).toEqual([`${at(file)}: ${reason}; skipped`]);
});

test('a quoted glob that matches only .pdf files names each and says no article file matched', () => {
  const { sources: found, warnings } = expandInputs([path.join(dir, 'pdfs', '*.pdf')]);
  expect(found).toEqual([]);
  expect(warnings.map((w) => w.message)).toEqual([
    `${at('pdfs', 'a.pdf')}: not an article file (.pdf); skipped (read: .txt .md .markdown .jsonl .ndjson .html .htm)`,
    `${at('pdfs', 'b.pdf')}: not an article file (.pdf); skipped (read: .txt .md .markdown .jsonl .ndjson .html .htm)`,
    `${path.join(dir, 'pdfs', '*.pdf')}: matches no .txt/.md/.markdown/.jsonl/.ndjson/.html/.htm files`,
  ]);
});

test('a file over the size cap is refused by its size, before it is read', async () => {
  const read = await readRegularFile(at('big.txt'), 1000);
  expect(read).toEqual({ refused: expect.stringMatching(/^0\.0 MB, over the 0\.0 MB limit for one input; skipped/), code: 'INPUT_TOO_LARGE' });
  expect('buf' in (await readRegularFile(at('big.txt'), 10_000))).toBe(true);
});

test('a JSONL line over the record cap is dropped by number; the next line still counts', async () => {
  const file = at('long.jsonl');
  fs.writeFileSync(file, `{"id":"a","text":"${'y'.repeat(300)}"}\n{"id":"b","text":"short"}\n`);
  const lines = [];
  for await (const line of readJsonlLines(file, 100)) lines.push(line);
  expect(lines).toEqual([{ n: 1, tooLong: 320 }, { n: 2, line: '{"id":"b","text":"short"}' }]);
});

test('a byte-order mark before a JSONL corpus keeps its first record; a record date that is no day is reported', async () => {
  const items = await collect([at('bom.jsonl')]);
  expect(sources(items)).toEqual(['r1', 'r2']);
  expect(messages(items)).toEqual(['r2: date "2024-13-45" is not a date; ignored']);
  expect(items.flatMap((i) => ('article' in i ? [i.article.date ?? null] : []))).toEqual([null, null]);
});

test.each([
  ['2024-02-29', true],
  ['2023-02-29', false],
  ['2024-13-45', false],
  ['2024-1-5', false],
  ['1999-12-31', true],
])('isCalendarDate(%j) is %j', (value, expected) => {
  expect(isCalendarDate(value)).toBe(expected);
});

test('Article.source is the path as given, normalized: "./x/a.txt", "x//a.txt" and the folder give one source', () => {
  const cwd = process.cwd();
  const rel = path.relative(cwd, at('mixed', 'story.txt'));
  const forms = [`./${rel}`, rel.replace(/\//g, '//'), rel];
  expect(new Set(forms.map((f) => expandInputs([f]).sources.map((s) => ('path' in s ? s.path : '-'))[0]))).toEqual(new Set([rel]));
});

test.each([
  ['/repo', '/repo/examples', 'examples'],
  ['/repo/docs', '/repo/examples', '../examples'.startsWith('..') ? '/repo/examples' : ''],
  ['/elsewhere', '/repo/examples', '/repo/examples'],
])('kg demo names the bundled examples from %s as %j-like paths', (cwd, dir, expected) => {
  expect(examplesInput(cwd, dir)).toBe(expected);
});
