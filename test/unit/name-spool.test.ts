// The spilled name index of a streaming run gives the records that folding every use in memory
// gives (same tallies, sorted by key) and resolveNames's actors for them, however small its buffer.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { foldRecords } from '../../src/graph/build-graph';
import { recordArticle } from '../../src/graph/article-record';
import { makeArticle } from '../../src/ingest/make-article';
import { extractArticle } from '../../src/pipeline/extract-article';
import { makeTempFiles } from '../../src/pipeline/spill/temp-files';
import { makeNameSpool } from '../../src/pipeline/stream-names';
import { NO_ALIASES, type Aliases } from '../../src/resolve/aliases';
import type { NameRecord } from '../../src/resolve/name-record';
import { resolveNames } from '../../src/resolve/resolve-names';

const TEXTS = [
  'Mayor Ellen Quimby met Governor Tom Arlott in Saltmarsh on Monday. Arlott, an ally of Quimby, backed the plan.',
  'Governor Tom Arlott criticized Northwind Shipping. Northwind chief executive Dana Pell said the company would appeal.',
  'Dana Pell met Ellen Quimby in Saltmarsh.',
  'Quimby met Pell again on Friday. Governor Tom Arlot spoke in Saltmarsh.',
];

const plain = (list: readonly NameRecord[]) => list.map((r) => ({ ...r, names: [...r.names].sort(), forms: [...r.forms].sort(), roles: [...r.roles].sort(), dates: [...r.dates].sort(), confidences: [...r.confidences].sort() }));

const ALIASES: Array<[string, Aliases]> = [
  ['no alias file', NO_ALIASES],
  ['an alias file that merges two people', { merge: [['Ellen Quimby', 'Dana Pell']], forbid: [], names: {} }],
  ['an alias file that forbids a spelling-variant merge', { merge: [], forbid: [['Tom Arlott', 'Tom Arlot']], names: {} }],
];

describe.each(ALIASES)('with %s', (_, aliases) => {
  const records = TEXTS.map((text, i) => recordArticle(extractArticle(makeArticle({ text, source: `n${i}.txt`, date: i === 2 ? undefined : `2024-05-0${i + 1}` })), aliases));
  const want = foldRecords(records);
  const resolution = resolveNames(want, aliases);

  test.each([1e9, 40])('buffers of %p characters: the folded records, in key order, and their actors', async (budget) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-names-test-'));
    const spool = makeNameSpool(makeTempFiles(dir), budget);
    for (const r of [...records].reverse()) spool.add(r.uses, r.article.date);
    const names = await spool.resolve(aliases);
    const got: NameRecord[] = [];
    for await (const { record, actor } of names.records()) {
      got.push(record);
      expect(actor.id).toBe(resolution.actorOf.get(record.key));
      expect(resolution.actors.find((a) => a.id === actor.id)).toMatchObject(actor);
    }
    expect(got.map((r) => r.key)).toEqual(want.map((r) => r.key));
    expect(plain(got)).toEqual(plain(want));
    expect([...names.actorOf].sort()).toEqual([...resolution.actorOf].sort());
    expect(got.some((r) => r.uses > 1)).toBe(true);
    expect(fs.readdirSync(dir).length).toBe(budget < 1e9 ? 1 : 0);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
