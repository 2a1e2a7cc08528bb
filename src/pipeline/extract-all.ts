// The extraction pass: ingest (streamed) → per-article extraction (worker threads for larger
// batches) → each article's record handed on as JSON lines and its actor summary kept, compact
// and interned, for cross-article resolution. Nothing else of an article stays in memory.
// Extraction never throws on odd text; unreadable inputs are warnings and the rest is processed.
import type { Config } from '../config';
import type { Article } from '../ingest/article';
import { readArticles } from '../ingest/read-articles';
import type { ArticleActors } from '../resolve/actor-summary';
import type { Warning } from '../warnings';
import type { ArticleExtraction, ExtractArticleOptions } from './extract-article';
import type { ResultBatch } from './extract-batch';
import { canUseWorkers, makeWorkerExtractor, type Extractor } from './extract-pool';
import { internSummary, makeInterner } from './intern-summary';

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

export interface ExtractAllOptions {
  onProgress?: ProgressListener;
  observer?: ArticleObserver;
  /** Read at most this many articles. */
  limit?: number;
}

export interface Extracted {
  /** Per article, in input order: its actors as cross-article resolution reads them. */
  summaries: ArticleActors[];
  warnings: Warning[];
  stats: ExtractStats;
}

/** Receives each batch's article records: UTF-8 JSON lines (ArticleRecord), in input order. */
export type RecordSink = (lines: Uint8Array) => void;

/** Below this many articles, starting worker threads costs more than it saves. */
const WORKER_THRESHOLD = 12;

async function makeExtractor(workers: number, options: ExtractArticleOptions, deliver: (batch: ResultBatch) => void): Promise<Extractor> {
  if (canUseWorkers(workers)) return makeWorkerExtractor(workers, options, deliver);
  const { makeInlineExtractor } = await import('./extract-inline'); // loads the NLP models here only
  return makeInlineExtractor(options, deliver);
}

/** Extracts every article of the inputs, in input order. */
export async function extractAll(inputs: string[], config: ExtractOptions, run: ExtractAllOptions = {}, sink: RecordSink = () => {}): Promise<Extracted> {
  const out: Extracted = { summaries: [], warnings: [], stats: { articles: 0, entities: 0, relations: 0 } };
  const intern = makeInterner();
  const deliver = (batch: ResultBatch): void => {
    sink(batch.lines);
    for (const result of batch.results) {
      if (result.extraction) run.observer?.onArticle(result.extraction);
      out.summaries.push(internSummary(result.summary, intern));
      out.warnings.push(...result.warnings);
      out.stats.articles++;
      out.stats.entities += result.summary.actors.length;
      out.stats.relations += result.relations;
    }
    run.onProgress?.(out.stats);
  };
  const options: ExtractArticleOptions = { trace: run.observer?.trace };
  const buffered: Article[] = [];
  let extractor: Extractor | undefined;
  let read = 0;
  for await (const item of readArticles(inputs, { date: config.date })) {
    if ('warning' in item) {
      out.warnings.push(item.warning);
      continue;
    }
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
