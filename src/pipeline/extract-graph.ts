// Runs the whole extraction: ingest (streamed) → per-article extraction (worker threads for
// larger batches) → cross-article resolution → graph document, collecting warnings on the way.
// Extraction never throws on odd text; unreadable inputs are warnings and the rest is processed.
import type { Config } from '../config';
import type { ExtractionStamp } from '../graph/article-record';
import { graphOf } from '../graph/build-graph';
import type { GraphDocument } from '../graph/graph-document';
import type { Article } from '../ingest/article';
import { readArticles } from '../ingest/read-articles';
import { inShard, type Shard } from '../ingest/shard';
import { readAliasesFile } from '../resolve/read-aliases';
import { NO_ALIASES } from '../resolve/aliases';
import type { Warning } from '../warnings';
import type { ArticleExtraction, ExtractArticleOptions } from './extract-article';
import { canUseWorkers, makeInlineExtractor, makeWorkerExtractor, type Extractor } from './extract-pool';

export interface ExtractStats {
  articles: number;
  entities: number;
  relations: number;
}

export interface ExtractResult {
  graph: GraphDocument;
  warnings: Warning[];
  stats: ExtractStats;
  extractions: ArticleExtraction[];
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

/** Below this many articles, starting worker threads costs more than it saves. */
const WORKER_THRESHOLD = 12;

export interface Extracted {
  extractions: ArticleExtraction[];
  warnings: Warning[];
}

/** Extracts every article of the inputs, in input order. */
export async function extractAll(inputs: string[], config: ExtractOptions, run: RunOptions = {}): Promise<Extracted> {
  const warnings: Warning[] = [];
  const extractions: ArticleExtraction[] = [];
  const stats: ExtractStats = { articles: 0, entities: 0, relations: 0 };
  const options: ExtractArticleOptions = { trace: run.observer?.trace };
  const deliver = (ex: ArticleExtraction): void => {
    run.observer?.onArticle(ex);
    extractions.push(ex);
    warnings.push(...ex.warnings);
    stats.articles++;
    stats.entities += ex.actors.length;
    stats.relations += ex.relations.length;
    run.onProgress?.(stats);
  };
  const buffered: Article[] = [];
  let extractor: Extractor | undefined;
  let read = 0;
  for await (const item of readArticles(inputs, { date: config.date })) {
    if ('warning' in item) {
      warnings.push(item.warning);
      continue;
    }
    if (!inShard(item.article.id, run.shard)) continue;
    if (++read > (run.limit ?? Infinity)) break;
    if (extractor) {
      await extractor.push(item.article);
      continue;
    }
    buffered.push(item.article);
    if (buffered.length >= WORKER_THRESHOLD && canUseWorkers(config.workers)) {
      extractor = makeWorkerExtractor(config.workers, options, deliver);
      for (const article of buffered.splice(0)) await extractor.push(article);
    }
  }
  extractor ??= makeInlineExtractor(options, deliver);
  for (const article of buffered) await extractor.push(article);
  await extractor.close();
  return { extractions, warnings };
}

export async function extractGraph(inputs: string[], config: ExtractOptions, run: RunOptions = {}): Promise<ExtractResult> {
  const aliases = config.aliasesFile ? readAliasesFile(config.aliasesFile) : undefined; // fail fast, before extracting
  const { extractions, warnings } = await extractAll(inputs, config, run);
  const graph = graphOf(extractions, aliases ?? NO_ALIASES, run.stamp);
  const entities = graph.nodes.filter((n) => n.labels.includes('Entity')).length;
  const relations = graph.relationships.filter((r) => r.type !== 'MENTIONS').length;
  return { graph, warnings, extractions, stats: { articles: extractions.length, entities, relations } };
}
