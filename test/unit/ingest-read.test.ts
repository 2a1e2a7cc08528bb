import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { readArticles, type IngestItem } from '../../src/ingest/read-articles';
import { decodeInput } from '../../src/ingest/decode-input';

let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-ingest-'));
  fs.writeFileSync(path.join(dir, 'a.txt'), 'Leaders Meet in Rome\n\nThe prime minister met the mayor in Rome.');
  fs.writeFileSync(path.join(dir, 'empty.txt'), '');
  fs.writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
  fs.mkdirSync(path.join(dir, 'sub'));
  fs.writeFileSync(path.join(dir, 'sub', 'b.md'), '# Budget Vote Delayed\n\nThe **council** delayed the [vote](http://x).');
  fs.writeFileSync(
    path.join(dir, 'c.jsonl'),
    ['{"id":"r1","text":"First record.","date":"2024-03-01"}', '{not json', '{"id":"r2"}', '{"id":"r3","text":"Third record.","title":"T"}'].join('\n'),
  );
  fs.writeFileSync(path.join(dir, 'page.html'), '<!doctype html><html><body><p>Mayor &amp; council met.</p><script>x()</script></body></html>');
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function collect(inputs: string[], stdin?: NodeJS.ReadableStream): Promise<IngestItem[]> {
  const items: IngestItem[] = [];
  for await (const item of readArticles(inputs, { stdin })) items.push(item);
  return items;
}

const articles = (items: IngestItem[]) => items.flatMap((i) => ('article' in i ? [i.article] : []));
const warnings = (items: IngestItem[]) => items.flatMap((i) => ('warning' in i ? [i.warning] : []));

test('a directory is read recursively; bad inputs become warnings naming them', async () => {
  const items = await collect([dir, path.join(dir, 'missing.txt')]);
  expect(articles(items).map((a) => path.basename(a.source)).sort()).toEqual(['a.txt', 'b.md', 'page.html', 'r1', 'r3']);
  const messages = warnings(items).map((w) => w.message);
  expect(messages).toEqual(
    expect.arrayContaining([
      expect.stringContaining('missing.txt: no such file'),
      expect.stringContaining('empty.txt: empty input'),
      expect.stringContaining('binary.txt: binary data'),
      expect.stringContaining('c.jsonl:2: not valid JSON'),
      expect.stringContaining('c.jsonl:3: record has no "text"'),
    ]),
  );
});

test('title from the first line, markdown and HTML reduced to text, JSONL fields kept', async () => {
  const list = articles(await collect([dir]));
  const bySource = new Map(list.map((a) => [path.basename(a.source), a]));
  expect(bySource.get('a.txt')?.title).toBe('Leaders Meet in Rome');
  expect(bySource.get('b.md')?.text).toBe('Budget Vote Delayed\n\nThe council delayed the vote.');
  expect(bySource.get('page.html')?.text).toBe('Mayor & council met.');
  expect(bySource.get('r1')).toMatchObject({ source: 'r1', date: '2024-03-01', text: 'First record.' });
  expect(bySource.get('r3')?.title).toBe('T');
});

test('stdin: plain text, or JSONL when it starts with an object', async () => {
  const plain = articles(await collect(['-'], Readable.from(['A short note about Oslo.'])));
  expect(plain.map((a) => a.source)).toEqual(['-']);
  const jsonl = articles(await collect(['-'], Readable.from(['{"id":"x","text":"One."}\n{"id":"y","text":"Two."}\n'])));
  expect(jsonl.map((a) => a.source)).toEqual(['x', 'y']);
});

test('the same text under two names is read once', async () => {
  const copy = path.join(dir, 'copy-of-a.txt');
  fs.copyFileSync(path.join(dir, 'a.txt'), copy);
  const items = await collect([path.join(dir, 'a.txt'), copy]);
  fs.rmSync(copy);
  expect(articles(items)).toHaveLength(1);
  expect(warnings(items)[0].code).toBe('INPUT_DUPLICATE');
});

test('Latin-1 text is read with a warning', () => {
  const decoded = decodeInput(Buffer.from('Caf\xe9 in Qu\xe9bec', 'latin1'), 'x.txt');
  expect(decoded.text).toBe('Café in Québec');
  expect(decoded.warnings.map((w) => w.code)).toEqual(['INPUT_ENCODING']);
});
