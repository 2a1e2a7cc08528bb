// What a batch does with each article, given what the database holds: skip a reload by the same
// extraction, replace another extraction's version (or keep it with replacing off), replace a
// corrected story (same source or url, new text) unless the old one is part of this run.
import type { ArticleRecord } from '../../src/graph/article-record';
import { decideBatch, type BatchRequest, type StoredArticle } from '../../src/load/decide-batch';

const record = (id: string, extraction = 'v2', source = `${id}.txt`, url?: string): ArticleRecord => ({
  article: { id, source, chars: 10, ...(url ? { url } : {}) },
  stamp: { extractor: 'newsgraph test', extraction },
  uses: [],
  mentions: [],
  relations: [],
  quotes: [],
});
const request = (add: ArticleRecord[], more: Partial<BatchRequest> = {}): BatchRequest => ({ add, remove: [], replace: true, protect: new Set(), ...more });
const stored = (id: string, extraction = 'v2', source = `${id}.txt`, url?: string): StoredArticle => ({ id, extraction, source, url });
const ids = (records: ArticleRecord[]): string[] => records.map((r) => r.article.id);

test('an article loaded by the same extraction is skipped; a new one is added', () => {
  const d = decideBatch(request([record('a'), record('b')]), [stored('a')]);
  expect([ids(d.add), d.skipped, d.remove]).toEqual([['b'], ['a'], []]);
});

test('another extraction of the same article is replaced, or kept when replacing is off', () => {
  const on = decideBatch(request([record('a', 'v2')]), [stored('a', 'v1')]);
  expect([ids(on.add), on.remove, on.replaced]).toEqual([['a'], ['a'], ['a']]);
  const off = decideBatch(request([record('a', 'v2')], { replace: false }), [stored('a', 'v1')]);
  expect([ids(off.add), off.remove, off.stale]).toEqual([[], [], ['a']]);
});

test('a corrected story (same source or url, new text) replaces the old article', () => {
  const bySource = decideBatch(request([record('new', 'v2', 'story.txt')]), [stored('old', 'v2', 'story.txt')]);
  expect([ids(bySource.add), bySource.replaced]).toEqual([['new'], ['old']]);
  const byUrl = decideBatch(request([record('new', 'v2', 'feed-1', 'https://news.example/x')]), [stored('old', 'v2', 'feed-0', 'https://news.example/x')]);
  expect(byUrl.replaced).toEqual(['old']);
});

test('no corrected-story replacement when replacing is off, or of an article of this run or this batch', () => {
  expect(decideBatch(request([record('new', 'v2', 'story.txt')], { replace: false }), [stored('old', 'v2', 'story.txt')]).remove).toEqual([]);
  expect(decideBatch(request([record('new', 'v2', 'story.txt')], { protect: new Set(['old']) }), [stored('old', 'v2', 'story.txt')]).remove).toEqual([]);
  const twins = decideBatch(request([record('x', 'v2', 'same.txt'), record('y', 'v2', 'same.txt')]), [stored('x', 'v2', 'same.txt')]);
  expect([ids(twins.add), twins.remove]).toEqual([['y'], []]);
});

test('removal takes only articles the database holds, once', () => {
  const d = decideBatch(request([], { remove: ['a', 'a', 'missing'] }), [stored('a')]);
  expect([d.remove, d.replaced]).toEqual([['a'], []]);
});
