// Evidence records (one sentence of one article supporting a relation; stored as :Evidence
// nodes) and the aggregates the relationship between two actors carries, recomputed from all its
// records: articles, count, the top confidence and its rule, the first role/date/place in article
// order. A record's identity on an edge is its key "<articleId>:<start>-<end>".
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

export const evidenceKey = (e: Pick<EvidenceRecord, 'article' | 'start' | 'end'>): string => `${e.article}:${e.start}-${e.end}`;

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

const firstDefined = (records: readonly EvidenceRecord[], field: 'role' | 'date' | 'place'): string | undefined =>
  records.find((r) => r[field] !== undefined)?.[field];

/** The aggregates an edge carries, recomputed from all its evidence records. */
export function edgeProperties(records: readonly EvidenceRecord[]): Properties {
  const list = dedupeEvidence(records);
  const top = list.reduce((a, b) => (b.confidence > a.confidence ? b : a), list[0]);
  const props: Properties = {
    articles: [...new Set(list.map((r) => r.article))].sort(),
    count: list.length,
    confidence: Math.round(top.confidence * 1000) / 1000,
    rule: top.rule,
  };
  for (const field of ['role', 'date', 'place'] as const) {
    const value = firstDefined(list, field);
    if (value !== undefined) props[field] = value;
  }
  return props;
}
