// Runs the whole extraction: the extraction pass (extract-all.ts) → article records and the name
// index → resolution over the name index → the graph, either as one in-memory document
// (extractGraph: kg eval, kg bench, the library) or streamed node by node from records spilled to
// disk (extractGraphStream: kg extract), with flat memory however large the corpus. Both give the
// same document (buildGraph's).
import type { ArticleRecord } from '../graph/article-record';
import { buildGraph } from '../graph/build-graph';
import type { GraphDocument } from '../graph/graph-document';
import { NO_ALIASES, type Aliases } from '../resolve/aliases';
import { readAliasesFile } from '../resolve/read-aliases';
import type { Warning } from '../warnings';
import { extractAll, type ExtractOptions, type ExtractStats, type RunOptions } from './extract-all';
import { parseRecords } from './extract-batch';
import { makeLineSpool, type LineSpool } from './spill/line-spool';
import { makeTempFiles } from './spill/temp-files';
import { makeNameSpool } from './stream-names';
import { streamGraph, type GraphItem } from './stream-graph';

export { extractAll, type ArticleObserver, type ExtractOptions, type ExtractStats, type Extracted, type ProgressListener, type RunOptions } from './extract-all';

export interface ExtractResult {
  graph: GraphDocument;
  warnings: Warning[];
  stats: ExtractStats;
}

export interface StreamOptions extends RunOptions {
  /** Folder for the run's temporary files (Config.tmpDir). */
  tmpDir: string;
  /** Characters each spill buffer holds before it goes to disk (default: 2M). */
  budgetChars?: number;
}

export interface GraphStream {
  warnings: Warning[];
  /** Articles as extracted; entities and relations count up as the items are read. */
  stats: ExtractStats;
  /** Nodes, then relationships, in document order; temporary files go when it ends. */
  items: AsyncGenerator<GraphItem>;
  /** Removes the temporary files now (when the items are not read to the end). */
  dispose(): void;
}

const DEFAULT_BUDGET = 2_000_000;

const readAliases = (config: ExtractOptions): Aliases => (config.aliasesFile ? readAliasesFile(config.aliasesFile) : NO_ALIASES);

async function* readRecords(spool: LineSpool): AsyncGenerator<ArticleRecord> {
  for await (const line of spool.lines()) yield JSON.parse(line) as ArticleRecord;
}

export async function extractGraph(inputs: string[], config: ExtractOptions, run: RunOptions = {}): Promise<ExtractResult> {
  const aliases = readAliases(config); // fail fast, before extracting
  const records: ArticleRecord[] = [];
  const { warnings, stats } = await extractAll(inputs, config, aliases, run, (batch) => records.push(...parseRecords(batch.lines)));
  const graph = buildGraph(records, aliases);
  const entities = graph.nodes.filter((n) => n.labels.includes('Entity')).length;
  const relations = graph.relationships.filter((r) => r.type !== 'MENTIONS').length;
  return { graph, warnings, stats: { articles: stats.articles, entities, relations } };
}

export async function extractGraphStream(inputs: string[], config: ExtractOptions, run: StreamOptions): Promise<GraphStream> {
  const aliases = readAliases(config);
  const budget = run.budgetChars ?? DEFAULT_BUDGET;
  const tmp = makeTempFiles(run.tmpDir);
  const stats: ExtractStats = { articles: 0, entities: 0, relations: 0 };
  try {
    const spool = makeLineSpool('records', budget, tmp);
    const names = makeNameSpool(tmp, budget);
    const extracted = await extractAll(inputs, config, aliases, run, (batch) => {
      spool.append(batch.lines);
      for (const r of batch.results) names.add(r.uses, r.date);
    });
    stats.articles = extracted.stats.articles;
    const input = { names: await names.resolve(aliases), aliases };
    const items = async function* (): AsyncGenerator<GraphItem> {
      try {
        for await (const item of streamGraph(readRecords(spool), input, tmp, budget)) {
          if ('node' in item && item.node.labels.includes('Entity')) stats.entities++;
          if ('relationship' in item && item.relationship.type !== 'MENTIONS') stats.relations++;
          yield item;
        }
      } finally {
        tmp.remove();
      }
    };
    return { warnings: extracted.warnings, stats, items: items(), dispose: () => tmp.remove() };
  } catch (err) {
    tmp.remove();
    throw err;
  }
}
