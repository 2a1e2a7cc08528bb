// Loads article records (or a whole graph document) into Neo4j in batches of articles, each one
// write transaction (write-batch.ts). The graph that results depends only on the set of articles
// loaded, whatever the batches, their order, a crash and rerun, or other loaders at the same time:
// names are re-resolved against everything already stored. Reloading an article by the same
// extraction is a no-op; one by another extraction (or a corrected story: same source or url, new
// text) replaces the old one, unless `replace` is false.
import type { ArticleRecord } from '../graph/article-record';
import type { GraphDocument } from '../graph/graph-document';
import { splitGraph } from '../graph/split-graph';
import { NO_ALIASES, type Aliases } from '../resolve/aliases';
import type { GraphConnection } from './connect';
import { addChanges, noChanges, type ChangeCounts } from './tx-cypher';
import { writeBatch, type BatchOutcome } from './write-batch';

export const DEFAULT_BATCH_SIZE = 200;

export interface LoadOptions {
  /** Articles per write transaction. */
  batchSize?: number;
  aliases?: Aliases;
  /** Replace articles loaded by another extraction and corrected stories (default true). */
  replace?: boolean;
  /** Articles of the current run, never replaced as an older version of another (the batch's own are added). */
  protect?: ReadonlySet<string>;
  onBatch?: (outcome: BatchOutcome) => void;
}

export interface LoadSummary {
  added: number;
  skipped: number;
  replaced: number;
  removed: number;
  /** Loaded by another extraction and kept (replace off). */
  stale: number;
  changes: ChangeCounts;
}

export const emptySummary = (): LoadSummary => ({ added: 0, skipped: 0, replaced: 0, removed: 0, stale: 0, changes: noChanges() });

export function addOutcome(summary: LoadSummary, o: BatchOutcome): void {
  summary.added += o.added.length;
  summary.skipped += o.skipped.length;
  summary.replaced += o.replaced.length;
  summary.removed += o.remove.length - o.replaced.length;
  summary.stale += o.stale.length;
  addChanges(summary.changes, o.changes);
}

export async function loadRecords(conn: GraphConnection, records: readonly ArticleRecord[], options: LoadOptions = {}): Promise<LoadSummary> {
  const size = Math.max(1, Math.trunc(options.batchSize ?? DEFAULT_BATCH_SIZE));
  const protect = new Set([...(options.protect ?? []), ...records.map((r) => r.article.id)]);
  const summary = emptySummary();
  for (let i = 0; i < records.length; i += size) {
    const outcome = await writeBatch(conn, { add: records.slice(i, i + size), remove: [], replace: options.replace ?? true, protect }, options.aliases ?? NO_ALIASES);
    addOutcome(summary, outcome);
    options.onBatch?.(outcome);
  }
  return summary;
}

export function loadGraph(conn: GraphConnection, graph: GraphDocument, options: LoadOptions = {}): Promise<LoadSummary> {
  return loadRecords(conn, splitGraph(graph), options);
}

/** Removes articles by id with everything only they support; ids not in the database are ignored. */
export async function removeArticles(conn: GraphConnection, ids: readonly string[], options: Pick<LoadOptions, 'batchSize' | 'aliases' | 'onBatch'> = {}): Promise<LoadSummary> {
  const size = Math.max(1, Math.trunc(options.batchSize ?? DEFAULT_BATCH_SIZE));
  const summary = emptySummary();
  for (let i = 0; i < ids.length; i += size) {
    const outcome = await writeBatch(conn, { add: [], remove: ids.slice(i, i + size), replace: false, protect: new Set() }, options.aliases ?? NO_ALIASES);
    addOutcome(summary, outcome);
    options.onBatch?.(outcome);
  }
  return summary;
}
