// The load flow shared by `kg load` and `kg demo`, streaming: articles are read, screened against
// the database in groups (an article already loaded by this extraction is neither extracted nor
// written), extracted on worker threads, and written in batches of articles while the next batch
// is extracted. Extraction runs on the shared pool (pipeline/extract-pool.ts), whose workers make
// the article records. Memory holds one screening group and at most two batches, whatever the corpus.
import type { Config } from '../config';
import type { ArticleRecord } from '../graph/article-record';
import type { Article } from '../ingest/article';
import { readArticles } from '../ingest/read-articles';
import { inShard, type Shard } from '../ingest/shard';
import { applySchema } from '../load/apply-schema';
import type { GraphConnection } from '../load/connect';
import { addOutcome, DEFAULT_BATCH_SIZE, emptySummary, type LoadSummary } from '../load/load-graph';
import { runRead } from '../load/run-cypher';
import { readCypher } from '../load/cypher-file';
import { writeBatch } from '../load/write-batch';
import { parseRecords, type ResultBatch } from '../pipeline/extract-batch';
import { makeExtractor, type Extractor } from '../pipeline/extract-pool';
import type { ExtractStats } from '../pipeline/extract-graph';
import { NO_ALIASES } from '../resolve/aliases';
import { readAliasesFile } from '../resolve/read-aliases';
import type { Warning } from '../warnings';
import { extractionStamp } from './extraction-stamp';
import type { Reporter } from './reporter';

export interface LoadInputsOptions {
  batchSize?: number;
  /** Replace articles loaded by another extraction and corrected stories (default true). */
  replace?: boolean;
  shard?: Shard;
}

export interface LoadedInputs {
  summary: LoadSummary;
  warnings: Warning[];
}

/** Articles screened per database query. */
const SCREEN_GROUP = 250;
/** Below this many articles to extract, starting worker threads costs more than it saves. */
const WORKER_THRESHOLD = 12;

export async function loadInputs(conn: GraphConnection, inputs: string[], config: Config, reporter: Reporter, options: LoadInputsOptions = {}): Promise<LoadedInputs> {
  const aliases = config.aliasesFile ? readAliasesFile(config.aliasesFile) : NO_ALIASES; // fail fast, before extracting
  const stamp = extractionStamp(config.aliasesFile);
  const replace = options.replace ?? true;
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  await applySchema(conn);
  const summary = emptySummary();
  const warnings: Warning[] = [];
  const protect = new Set<string>();
  const stats: ExtractStats = { articles: 0, entities: 0, relations: 0 };
  const pending: ArticleRecord[] = [];
  // One batch is written while the next is extracted; a failed write stops the run at the next flush.
  let writing: Promise<void> = Promise.resolve();
  let failure: unknown;
  const settle = async (): Promise<void> => {
    await writing;
    if (failure !== undefined) throw failure;
  };
  const flush = async (all: boolean): Promise<void> => {
    while (pending.length >= batchSize || (all && pending.length > 0)) {
      const batch = pending.splice(0, batchSize);
      await settle();
      writing = writeBatch(conn, { add: batch, remove: [], replace, protect }, aliases).then((o) => {
        addOutcome(summary, o);
        reporter.detail(`  batch: ${o.added.length} added, ${o.skipped.length} unchanged, ${o.replaced.length} replaced`);
      }, (err: unknown) => {
        failure = err;
      });
    }
  };
  const deliver = (batch: ResultBatch): void => {
    for (const r of batch.results) {
      warnings.push(...r.warnings);
      stats.articles++;
      stats.entities += r.actors;
      stats.relations += r.relations;
    }
    reporter.progress(stats);
    pending.push(...parseRecords(batch.lines));
  };
  let extractor: Extractor | undefined;
  const screen = async (group: Article[]): Promise<void> => {
    if (group.length === 0) return;
    const { rows } = await runRead(conn, readCypher('load/read-articles.cypher'), { ids: group.map((a) => a.id), sources: [], urls: [] });
    const loaded = new Map(rows.map((r) => [String(r.id), r.extraction === null ? undefined : String(r.extraction)]));
    const todo = group.filter((a) => {
      if (!loaded.has(a.id) || (replace && loaded.get(a.id) !== stamp.extraction)) return true;
      if (loaded.get(a.id) === stamp.extraction) summary.skipped++;
      else summary.stale++;
      return false;
    });
    extractor ??= await makeExtractor(todo.length >= WORKER_THRESHOLD ? config.workers : 1, { aliases, stamp }, deliver);
    for (const article of todo) {
      await extractor.push(article);
      await flush(false);
    }
  };
  const group: Article[] = [];
  for await (const item of readArticles(inputs, { date: config.date })) {
    if ('warning' in item) warnings.push(item.warning);
    else if (inShard(item.article.id, options.shard) && !protect.has(item.article.id)) {
      protect.add(item.article.id);
      group.push(item.article);
      if (group.length >= SCREEN_GROUP) await screen(group.splice(0));
    }
  }
  await screen(group.splice(0));
  await extractor?.close();
  reporter.endProgress();
  await flush(true);
  await settle();
  return { summary, warnings };
}
