// Evidence records (one sentence of one article supporting a relation; stored as :Evidence
// nodes) and the aggregates the relationship between two actors carries. Every aggregate is a
// function of the set of records that can be kept up to date from the records an article adds or
// takes away (edge-update.ts), reading at most a few records back through an index:
// `count` (distinct keys), `articleCount`, `articles` (the first ARTICLE_SAMPLE ids in order),
// the top `confidence` with its `rule` (highest confidence, then the last rule name), and
// `role`/`date`/`place` (the first value stated, in code-point order: for ISO dates the earliest).
// A record's identity on an edge is its key "<articleId>:<start>-<end>".
import type { Properties } from './graph-document';

export interface EvidenceRecord {
  article: string;
  sentence: string;
  start: number;
  end: number;
  rule: string;
  confidence: number;
  role?: string;
  date?: string;
  place?: string;
}

/** The supporting articles an edge lists (in id order); `articleCount` says how many there are in all. */
export const ARTICLE_SAMPLE = 100;

export const DETAIL_FIELDS = ['role', 'date', 'place'] as const;
export type DetailField = (typeof DETAIL_FIELDS)[number];

export const evidenceKey = (e: Pick<EvidenceRecord, 'article' | 'start' | 'end'>): string => `${e.article}:${e.start}-${e.end}`;

/** How many distinct records (by key) there are: an edge's `count`. */
export const distinctKeys = (records: readonly EvidenceRecord[]): number => new Set(records.map(evidenceKey)).size;

export const roundConfidence = (c: number): number => Math.round(c * 1000) / 1000;

/** Code-point order, the order of Neo4j's string indexes (UTF-16 code units differ above U+FFFF). */
export function compareCodePoints(a: string, b: string): number {
  const [x, y] = [Array.from(a), Array.from(b)];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = (x[i].codePointAt(0) as number) - (y[i].codePointAt(0) as number);
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

/** The order of an edge's top record: confidence (rounded as stored), then rule name. */
export const compareTop = (a: Pick<EvidenceRecord, 'confidence' | 'rule'>, b: Pick<EvidenceRecord, 'confidence' | 'rule'>): number =>
  roundConfidence(a.confidence) - roundConfidence(b.confidence) || compareCodePoints(a.rule, b.rule);

const byPosition = (a: EvidenceRecord, b: EvidenceRecord): number =>
  a.article < b.article ? -1 : a.article > b.article ? 1 : a.start - b.start || a.end - b.end;

const detail = (r: EvidenceRecord): string => `${r.role ?? ''}|${r.date ?? ''}|${r.place ?? ''}`;
/** The more confident record; ties: the first rule by name, then the first details (a total order, so any input order gives one answer). */
const preferred = (r: EvidenceRecord, seen: EvidenceRecord): boolean =>
  r.confidence > seen.confidence || (r.confidence === seen.confidence && (r.rule < seen.rule || (r.rule === seen.rule && detail(r) < detail(seen))));

/** Keeps one record per key (see preferred). */
export function dedupeEvidence(records: readonly EvidenceRecord[]): EvidenceRecord[] {
  const best = new Map<string, EvidenceRecord>();
  for (const r of records) {
    const key = evidenceKey(r);
    const seen = best.get(key);
    if (!seen || preferred(r, seen)) best.set(key, r);
  }
  return [...best.values()].sort(byPosition);
}

/** The smallest of the values given (code-point order). */
export function firstValue(values: ReadonlyArray<string | undefined>): string | undefined {
  let first: string | undefined;
  for (const v of values) if (v !== undefined && (first === undefined || compareCodePoints(v, first) < 0)) first = v;
  return first;
}

/** The first `limit` distinct ids in code-point order. */
export function firstArticles(ids: Iterable<string>, limit = ARTICLE_SAMPLE): string[] {
  return [...new Set(ids)].sort(compareCodePoints).slice(0, limit);
}

/** The aggregates an edge carries, computed from all its evidence records (at least one). */
export function edgeProperties(records: readonly EvidenceRecord[]): Properties {
  const top = records.reduce((a, b) => (compareTop(b, a) > 0 ? b : a), records[0]);
  const articles = new Set(records.map((r) => r.article));
  const props: Properties = {
    articles: firstArticles(articles),
    articleCount: articles.size,
    count: distinctKeys(records),
    confidence: roundConfidence(top.confidence),
    rule: top.rule,
  };
  for (const field of DETAIL_FIELDS) {
    const value = firstValue(records.map((r) => r[field]));
    if (value !== undefined) props[field] = value;
  }
  return props;
}
