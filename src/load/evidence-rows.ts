// Evidence records as the load statements return them (type, from, to, article, start, end,
// rule, confidence, role, date, place), and the changes of one article's records on one edge
// that the edge update (update-edges.ts) works from.
import type { EvidenceRecord } from '../graph/evidence';
import type { Plain } from '../query/plain-value';

/** An edge: relation type and the actor ids at its ends. */
export interface Pair {
  type: string;
  from: string;
  to: string;
}

/** One article's records on one edge before and after the batch (see graph/edge-update.ts). */
export interface EvidenceChange extends Pair {
  article: string;
  before: EvidenceRecord[];
  after: EvidenceRecord[];
}

const opt = (v: Plain | undefined): string | undefined => (typeof v === 'string' ? v : undefined);

export const pairKey = (p: Pair): string => `${p.type}|${p.from}|${p.to}`;
export const pairOf = (row: Record<string, Plain>): Pair => ({ type: String(row.type), from: String(row.from), to: String(row.to) });

export function evidenceRecord(row: Record<string, Plain>): EvidenceRecord {
  return {
    article: String(row.article), sentence: '', start: Number(row.start), end: Number(row.end), rule: String(row.rule),
    confidence: Number(row.confidence), role: opt(row.role), date: opt(row.date), place: opt(row.place),
  };
}

/** Each row's record as the change of its article on its edge (`side`: before or after the batch). */
export function recordChanges(rows: ReadonlyArray<Record<string, Plain>>, side: 'before' | 'after'): EvidenceChange[] {
  return rows.map((row) => {
    const record = evidenceRecord(row);
    return { ...pairOf(row), article: record.article, before: side === 'before' ? [record] : [], after: side === 'after' ? [record] : [] };
  });
}
