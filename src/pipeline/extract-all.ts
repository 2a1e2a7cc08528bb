// The extraction pass: ingest (streamed) → per-article extraction (worker threads for larger
// batches) → each batch's article records handed on as JSON lines, with each article's name uses
// (what the cross-article name index folds). Nothing else of an article stays in memory here.
// Extraction never throws on odd text; unreadable inputs are warnings and the rest is processed.
import type { Config } from '../config';
import type { ExtractionStamp } from '../graph/article-record';
import type { Article } from '../ingest/article';
import { readArticles } from '../ingest/read-articles';
import { inShard, type Shard } from '../ingest/shard';
import type { Aliases } from '../resolve/aliases';
import type { Warning } from '../warnings';
import type { ArticleExtraction } from './extract-article';
import type { ResultBatch } from './extract-batch';
import { makeExtractor, type Extractor } from './extract-pool';

export interface ExtractStats {
  articles: number;
  entities: number;
  relations: number;
}

export type ProgressListener = (stats: ExtractStats) => void;

export type ExtractOptions = Pick<Config, 'date' | 'aliasesFile' | 'workers'>;

/** Sees each article's extraction as it is made, in input order (`kg extract --explain`). */
export interface ArticleObserver {
  /** Keep the sentences in each extraction (ArticleExtraction.sentences). */
  trace?: boolean;
  onArticle(ex: ArticleExtraction): void;
}

export interface RunOptions {
  /** Recorded on every Article: which extraction produced it (kg load compares it on reload). */
  stamp?: ExtractionStamp;
  onProgress?: ProgressListener;
  observer?: ArticleObserver;
  /** Read at most this many articles. */
  limit?: number;
  /** Only the articles of this shard (kg extract --shard I/N). */
  shard?: Shard;
}

export interface Extracted {
  warnings: Warning[];
  /** Articles extracted; local actors and relations found in them. */
  stats: ExtractStats;
}

/** Receives each batch of results (records as JSON lines, name uses), in input order. */
export type BatchSink = (batch: ResultBatch) => void;

/** Below this many articles, starting worker threads costs more than it saves. */
const WORKER_THRESHOLD = 12;

/** Extracts every article of the inputs, in input order, into article records made with `aliases`. */
export async function extractAll(inputs: string[], config: ExtractOptions, aliases: Aliases, run: RunOptions, sink: BatchSink): Promise<Extracted> {
  const out: Extracted = { warnings: [], stats: { articles: 0, entities: 0, relations: 0 } };
  const deliver = (batch: ResultBatch): void => {
    sink(batch);
    for (const result of batch.results) {
      if (result.extraction) run.observer?.onArticle(result.extraction);
      out.warnings.push(...result.warnings);
      out.stats.articles++;
      out.stats.entities += result.actors;
      out.stats.relations += result.relations;
    }
    run.onProgress?.(out.stats);
  };
  const options = { trace: run.observer?.trace, aliases, stamp: run.stamp };
  const buffered: Article[] = [];
  let extractor: Extractor | undefined;
  let read = 0;
  for await (const item of readArticles(inputs, { date: config.date })) {
    if ('warning' in item) {
      out.warnings.push(item.warning);
      continue;
    }
    if (!inShard(item.article.id, run.shard)) continue;
    if (++read > (run.limit ?? Infinity)) break;
    if (extractor) {
      await extractor.push(item.article);
      continue;
    }
    buffered.push(item.article);
    if (buffered.length < WORKER_THRESHOLD) continue;
    extractor = await makeExtractor(config.workers, options, deliver);
    for (const article of buffered.splice(0)) await extractor.push(article);
  }
  extractor ??= await makeExtractor(1, options, deliver);
  for (const article of buffered.splice(0)) await extractor.push(article);
  await extractor.close();
  return out;
}
