// Streaming output: the graph assembled from spilled article records through external sorts is
// the same document, byte for byte, as buildGraph makes in memory, however small the buffers and
// whatever the order of the records; temporary files go when the stream ends. Also the JSON
// encoders against JSON.stringify.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { recordArticle, type ArticleRecord } from '../../src/graph/article-record';
import { buildGraph } from '../../src/graph/build-graph';
import { toJson, toJsonl } from '../../src/graph/export-json';
import type { GraphDocument } from '../../src/graph/graph-document';
import { makeArticle } from '../../src/ingest/make-article';
import { extractAll } from '../../src/pipeline/extract-all';
import { extractArticle } from '../../src/pipeline/extract-article';
import { parseRecords } from '../../src/pipeline/extract-batch';
import { makeTempFiles, type TempFiles } from '../../src/pipeline/spill/temp-files';
import { streamGraph } from '../../src/pipeline/stream-graph';
import { makeNameSpool } from '../../src/pipeline/stream-names';
import { NO_ALIASES, type Aliases } from '../../src/resolve/aliases';
import { collectGraph } from '../../src/cli/write-graph';

const TEXTS = [
  'Mayor Ellen Quimby met Governor Tom Arlott in Saltmarsh on Monday. "We will build the new harbour," Quimby said. Arlott, an ally of Quimby, backed the plan.',
  'Governor Tom Arlott criticized Northwind Shipping, a Saltmarsh-based company. Northwind chief executive Dana Pell said the company would appeal.',
  'Dana Pell met Ellen Quimby in Saltmarsh. Pell, who heads Northwind Shipping, said: "The harbour plan is good for business."',
  'The French-language paper quoted Quimby. Quimby met Pell again on Friday.',
];

const STAMP = { extractor: 'newsgraph test', extraction: '0123456789abcdef' };

function records(texts: readonly string[], aliases: Aliases): ArticleRecord[] {
  return texts.map((text, i) => recordArticle(extractArticle(makeArticle({ text, source: `t${i}.txt`, date: `2024-05-0${i + 1}` })), aliases, STAMP));
}

async function* from<T>(list: readonly T[]): AsyncGenerator<T> {
  // A JSON round trip, as the records take through the spill.
  for (const item of list) yield JSON.parse(JSON.stringify(item)) as T;
}

async function streamInput(recs: readonly ArticleRecord[], aliases: Aliases, tmp: TempFiles, budget: number) {
  const names = makeNameSpool(tmp, budget);
  for (const r of recs) names.add(r.uses, r.article.date);
  return { names: await names.resolve(aliases), aliases };
}

describe('streamed graph', () => {
  const recs = records(TEXTS, NO_ALIASES);
  const inMemory = buildGraph(recs, NO_ALIASES);

  test('the fixture has what the test is about: shared actors, relations, quotes, MENTIONS', () => {
    const types = new Set(inMemory.relationships.map((r) => r.type));
    expect(types).toContain('MENTIONS');
    expect(types).toContain('SAID');
    expect(inMemory.relationships.filter((r) => r.type !== 'MENTIONS' && r.type !== 'SAID').length).toBeGreaterThan(1);
    expect(inMemory.nodes.some((n) => n.labels.includes('Quote'))).toBe(true);
    expect(inMemory.relationships.some((r) => r.type !== 'MENTIONS' && (r.properties.articles as string[]).length > 1)).toBe(true);
  });

  test.each([1e9, 2000, 50])('buffers of %p characters give the in-memory document byte for byte', async (budget) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-stream-test-'));
    // Input order, not the article-id order buildGraph sorts into.
    const tmp = makeTempFiles(dir);
    const doc = await collectGraph(streamGraph(from([...recs].reverse()), await streamInput([...recs].reverse(), NO_ALIASES, tmp, budget), tmp, budget));
    expect(toJson(doc)).toBe(toJson(inMemory));
    expect(toJsonl(doc)).toBe(toJsonl(inMemory));
    expect(fs.readdirSync(dir).length).toBe(budget < 1e9 ? 1 : 0); // sorted runs went to disk only when the buffers were small
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('with an alias file that puts two name keys on one actor (no edge between them, both MENTIONS kept)', async () => {
    const aliases: Aliases = { merge: [['Ellen Quimby', 'Dana Pell']], forbid: [], names: {} };
    const merged = records(TEXTS, aliases);
    const expected = buildGraph(merged, aliases);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-stream-test-'));
    const tmp = makeTempFiles(dir);
    const doc = await collectGraph(streamGraph(from(merged), await streamInput(merged, aliases, tmp, 50), tmp, 50));
    expect(toJson(doc)).toBe(toJson(expected));
    expect(toJson(expected)).not.toBe(toJson(inMemory));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('JSON encoders write what JSON.stringify writes, empty lists included', () => {
    const empty: GraphDocument = { nodes: [], relationships: [] };
    const onlyNodes: GraphDocument = { nodes: inMemory.nodes.slice(0, 2), relationships: [] };
    for (const doc of [empty, onlyNodes, inMemory]) expect(toJson(doc)).toBe(JSON.stringify(doc, null, 1) + '\n');
    expect(toJsonl(empty)).toBe('\n');
  });
});

test('the extraction pass hands on articles in input order, also past the batch that starts workers', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-order-test-'));
  const file = path.join(dir, 'corpus.jsonl');
  const lines = Array.from({ length: 30 }, (_, i) => JSON.stringify({ id: `r${i}`, text: `${TEXTS[i % TEXTS.length]} Item ${i}.` }));
  fs.writeFileSync(file, lines.join('\n') + '\n');
  const spilled: ArticleRecord[] = [];
  const uses: string[][] = [];
  const { stats } = await extractAll([file], { workers: 2 }, NO_ALIASES, {}, (batch) => {
    spilled.push(...parseRecords(batch.lines));
    uses.push(...batch.results.map((r) => r.uses.map((u) => u.group)));
  });
  expect(stats.articles).toBe(30);
  expect(spilled.map((r) => r.article.source)).toEqual(lines.map((_, i) => `r${i}`));
  expect(uses).toEqual(spilled.map((r) => r.uses.map((u) => u.group)));
  fs.rmSync(dir, { recursive: true, force: true });
  // two worker threads each load compromise and the syntax model: seconds on a busy machine
}, 120_000);
