// Runs the whole extraction: ingest (streamed) → per-article extraction → cross-article
// resolution → graph document, collecting warnings on the way. Extraction never throws on odd
// text; unreadable inputs are warnings and the rest of the batch is processed.
import type { Config } from '../config';
import { buildGraph } from '../graph/build-graph';
import type { GraphDocument } from '../graph/graph-document';
import { readArticles } from '../ingest/read-articles';
import { readAliasesFile } from '../resolve/read-aliases';
import { resolveAcross } from '../resolve/resolve-across';
import type { Warning } from '../warnings';
import { extractArticle, type ArticleExtraction } from './extract-article';

export interface ExtractStats {
  articles: number;
  entities: number;
  relations: number;
}

export interface ExtractResult {
  graph: GraphDocument;
  warnings: Warning[];
  stats: ExtractStats;
}

export type ProgressListener = (stats: ExtractStats) => void;

export type ExtractOptions = Pick<Config, 'date' | 'aliasesFile' | 'workers'>;

export async function extractGraph(inputs: string[], config: ExtractOptions, onProgress?: ProgressListener): Promise<ExtractResult> {
  const warnings: Warning[] = [];
  const extractions: ArticleExtraction[] = [];
  const stats: ExtractStats = { articles: 0, entities: 0, relations: 0 };
  for await (const item of readArticles(inputs, { date: config.date })) {
    if ('warning' in item) {
      warnings.push(item.warning);
      continue;
    }
    const ex = extractArticle(item.article);
    extractions.push(ex);
    warnings.push(...ex.warnings);
    stats.articles++;
    stats.entities += ex.actors.length;
    stats.relations += ex.relations.length;
    onProgress?.(stats);
  }
  const aliases = config.aliasesFile ? readAliasesFile(config.aliasesFile) : undefined;
  const graph = buildGraph(extractions, resolveAcross(extractions, aliases));
  const entities = graph.nodes.filter((n) => n.labels.includes('Entity')).length;
  const relations = graph.relationships.filter((r) => r.type !== 'MENTIONS').length;
  return { graph, warnings, stats: { articles: stats.articles, entities, relations } };
}
