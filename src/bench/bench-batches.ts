// Loading cost over a growing graph: synthetic articles that all support the same few edges,
// loaded in batches; the time per batch must stay flat (evidence records are nodes of their own,
// so an article's writes do not grow with the edges it touches), and removing one article from
// the full graph must stay fast (the first removal, and the median of a few more: the first one
// also pays for planning the removal's statements). Pure records, no NLP: this measures the
// storage alone.
import type { ArticleRecord, StatedRelation } from '../graph/article-record';
import type { GraphConnection } from '../load/connect';
import { loadRecords, removeArticles } from '../load/load-graph';
import type { ActorType } from '../mentions/mention';
import type { NameUse } from '../resolve/name-record';

const ACTORS: Array<[ActorType, string]> = [['Person', 'Ada Lovelace'], ['Person', 'Charles Babbage'], ['Organization', 'Analytical Society'], ['Location', 'London']];
const key = ([type, name]: [ActorType, string]): string => `${type}|${name.toLowerCase()}`;
const [ADA, CHARLES, SOCIETY, LONDON] = ACTORS.map(key);

export function syntheticRecord(i: number): ArticleRecord {
  const id = `article-synthetic-${String(i).padStart(6, '0')}`;
  const date = `2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
  const uses: NameUse[] = ACTORS.map(([type, name]) => ({ group: key([type, name]), type, name, forms: [name], roles: [], mentions: 2, confidence: 0.9 }));
  const sentence = (what: string): string => `Report ${i}: ${what}.`;
  const rel = (type: StatedRelation['type'], subject: string, object: string, what: string, at: number): StatedRelation => ({
    type, subject, object, article: id, sentence: sentence(what), start: at, end: at + sentence(what).length, rule: 'synthetic', confidence: 0.8,
  });
  return {
    article: { id, source: `synthetic-${i}`, date, chars: 400 },
    stamp: { extractor: 'newsgraph synthetic', extraction: 'synthetic' },
    uses,
    mentions: uses.map((u, n) => ({ group: u.group, count: 2, forms: [u.name], starts: [n * 40, n * 40 + 200] })),
    relations: [
      rel('MET_WITH', ADA, CHARLES, 'Ada Lovelace met Charles Babbage', 0),
      rel('WORKS_FOR', CHARLES, SOCIETY, 'Charles Babbage of the Analytical Society', 100),
      rel('BASED_IN', SOCIETY, LONDON, 'the London-based Analytical Society', 200),
    ],
    quotes: [],
  };
}

export interface BatchBench {
  articles: number;
  batchSize: number;
  batchMs: number[];
  /** Last batch over the second (the first warms caches and creates the nodes). */
  flatness: number;
  /** Over the batches after the first. */
  evidencePerSecond: number;
  /** The first removal after the loads (its statements are planned then, once per server). */
  removeOneMs: number;
  /** The median of REMOVALS more removals of one article each. */
  removeNextMs: number;
}

const REMOVALS = 5;

async function timeRemoval(conn: GraphConnection, i: number): Promise<number> {
  const t0 = Date.now();
  await removeArticles(conn, [syntheticRecord(i).article.id]);
  return Date.now() - t0;
}

export async function benchBatches(conn: GraphConnection, articles: number, batchSize: number, report: (m: string) => void): Promise<BatchBench> {
  const batchMs: number[] = [];
  let evidence = 0;
  let firstMs = 0;
  for (let from = 0; from < articles; from += batchSize) {
    const records = Array.from({ length: Math.min(batchSize, articles - from) }, (_, k) => syntheticRecord(from + k));
    const t0 = Date.now();
    await loadRecords(conn, records, { batchSize });
    batchMs.push(Date.now() - t0);
    if (from === 0) firstMs = batchMs[0];
    else evidence += records.reduce((n, r) => n + r.relations.length, 0);
    report(`  batch ${batchMs.length}: ${batchMs[batchMs.length - 1]} ms`);
  }
  const removeOneMs = await timeRemoval(conn, Math.floor(articles / 2));
  const next: number[] = [];
  for (let k = 1; k <= REMOVALS; k++) next.push(await timeRemoval(conn, Math.floor((articles * k) / (REMOVALS + 2))));
  next.sort((a, b) => a - b);
  const total = batchMs.reduce((a, b) => a + b, 0) - firstMs;
  return {
    articles,
    batchSize,
    batchMs,
    flatness: batchMs.length > 1 ? Math.round((batchMs[batchMs.length - 1] / batchMs[1]) * 100) / 100 : 1,
    evidencePerSecond: total > 0 ? Math.round(evidence / (total / 1000)) : 0,
    removeOneMs,
    removeNextMs: next[Math.floor(next.length / 2)],
  };
}
