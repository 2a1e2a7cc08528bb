// Evidence records and how they fold into the flat, Neo4j-safe properties of a relationship:
// parallel lists (evidence[i] is the sentence of evidenceArticles[i] at evidenceStarts[i]...),
// keyed by evidenceKeys so that a reload appends nothing twice.
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

/** Keeps one record per key (the most confident; ties: the first rule by name). */
export function dedupeEvidence(records: readonly EvidenceRecord[]): EvidenceRecord[] {
  const best = new Map<string, EvidenceRecord>();
  for (const r of records) {
    const key = evidenceKey(r);
    const seen = best.get(key);
    if (!seen || r.confidence > seen.confidence || (r.confidence === seen.confidence && r.rule < seen.rule)) best.set(key, r);
  }
  return [...best.values()].sort(byPosition);
}

const firstDefined = (records: readonly EvidenceRecord[], field: 'role' | 'date' | 'place'): string | undefined =>
  records.find((r) => r[field] !== undefined)?.[field];

export function evidenceProperties(records: readonly EvidenceRecord[]): Properties {
  const list = dedupeEvidence(records);
  const top = list.reduce((a, b) => (b.confidence > a.confidence ? b : a), list[0]);
  const props: Properties = {
    articles: [...new Set(list.map((r) => r.article))].sort(),
    count: list.length,
    confidence: Math.round(top.confidence * 1000) / 1000,
    rule: top.rule,
    evidence: list.map((r) => r.sentence),
    evidenceArticles: list.map((r) => r.article),
    evidenceStarts: list.map((r) => r.start),
    evidenceEnds: list.map((r) => r.end),
    evidenceRules: list.map((r) => r.rule),
    evidenceKeys: list.map(evidenceKey),
  };
  for (const field of ['role', 'date', 'place'] as const) {
    const value = firstDefined(list, field);
    if (value !== undefined) props[field] = value;
  }
  return props;
}
