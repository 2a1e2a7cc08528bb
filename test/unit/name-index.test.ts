// The streaming name index (single uses kept compact) gives the same records as folding every use.
import { foldRecords } from '../../src/graph/build-graph';
import { recordArticle } from '../../src/graph/article-record';
import { makeArticle } from '../../src/ingest/make-article';
import { extractArticle } from '../../src/pipeline/extract-article';
import { NO_ALIASES } from '../../src/resolve/aliases';
import { makeNameIndex } from '../../src/resolve/name-index';

const TEXTS = [
  'Mayor Ellen Quimby met Governor Tom Arlott in Saltmarsh on Monday. Arlott, an ally of Quimby, backed the plan.',
  'Governor Tom Arlott criticized Northwind Shipping. Northwind chief executive Dana Pell said the company would appeal.',
  'Dana Pell met Ellen Quimby in Saltmarsh.',
  'Quimby met Pell again on Friday.',
];

test('records() equals the fold of every use: tallies, their order, sorted keys', () => {
  const records = TEXTS.map((text, i) => recordArticle(extractArticle(makeArticle({ text, source: `n${i}.txt`, date: i === 2 ? undefined : `2024-05-0${i + 1}` })), NO_ALIASES));
  const index = makeNameIndex();
  for (const r of records) index.add(r.uses, r.article.date);
  const got = index.records();
  const want = foldRecords(records);
  expect(got.map((r) => r.key)).toEqual(want.map((r) => r.key));
  expect(got.filter((r) => r.uses === 1).length).toBeGreaterThan(0);
  expect(got.filter((r) => r.uses > 1).length).toBeGreaterThan(0);
  const plain = (list: typeof got) => list.map((r) => ({ ...r, names: [...r.names], forms: [...r.forms], roles: [...r.roles], dates: [...r.dates], confidences: [...r.confidences] }));
  expect(plain(got)).toEqual(plain(want));
  expect(index.records()).toEqual([]);
});
