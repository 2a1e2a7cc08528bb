// Runs the whole extraction: the extraction pass (extract-all.ts) → cross-article resolution over
// the compact actor summaries → the graph, either as one in-memory document (extractGraph: kg
// load, kg eval, the library) or streamed node by node from records spilled to disk
// (extractGraphStream: kg extract), with flat memory however large the corpus.
import { buildGraphFromRecords } from '../graph/build-graph';
import type { GraphDocument } from '../graph/graph-document';
import type { KnownActor } from '../resolve/actor';
import type { ArticleActors } from '../resolve/actor-summary';
import type { Aliases } from '../resolve/aliases';
import { readAliasesFile } from '../resolve/read-aliases';
import { resolveAcross, type Resolution } from '../resolve/resolve-across';
import type { Warning } from '../warnings';
import type { ArticleRecord } from './article-record';
import { extractAll, type ExtractAllOptions, type ExtractOptions, type ExtractStats } from './extract-all';
import { makeLineSpool, type LineSpool } from './spill/line-spool';
import { makeTempFiles } from './spill/temp-files';
import { streamGraph, type GraphItem } from './stream-graph';

export { extractAll, type ArticleObserver, type ExtractOptions, type ExtractStats, type Extracted, type ProgressListener } from './extract-all';

export interface ExtractResult {
  graph: GraphDocument;
  warnings: Warning[];
  stats: ExtractStats;
}

export interface RunOptions extends ExtractAllOptions {
  /** Actors already in the target graph that these articles may name (kg load asks Neo4j). */
  knownActors?: (articles: readonly ArticleActors[]) => Promise<KnownActor[]>;
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

async function* parseRecords(spool: LineSpool): AsyncGenerator<ArticleRecord> {
  for await (const line of spool.lines()) yield JSON.parse(line) as ArticleRecord;
}

async function resolveRun(summaries: readonly ArticleActors[], aliases: Aliases | undefined, run: RunOptions): Promise<Resolution> {
  const known = run.knownActors ? await run.knownActors(summaries) : [];
  return resolveAcross(summaries, aliases, known);
}

export async function extractGraph(inputs: string[], config: ExtractOptions, run: RunOptions = {}): Promise<ExtractResult> {
  const aliases = config.aliasesFile ? readAliasesFile(config.aliasesFile) : undefined; // fail fast, before extracting
  const spool = makeLineSpool('records', Infinity);
  const { summaries, warnings, stats } = await extractAll(inputs, config, run, (lines) => spool.append(lines));
  const resolution = await resolveRun(summaries, aliases, run);
  const records: ArticleRecord[] = [];
  for await (const record of parseRecords(spool)) records.push(record);
  const graph = buildGraphFromRecords(records, resolution);
  const entities = graph.nodes.filter((n) => n.labels.includes('Entity')).length;
  const relations = graph.relationships.filter((r) => r.type !== 'MENTIONS').length;
  return { graph, warnings, stats: { articles: stats.articles, entities, relations } };
}

export async function extractGraphStream(inputs: string[], config: ExtractOptions, run: StreamOptions): Promise<GraphStream> {
  const aliases = config.aliasesFile ? readAliasesFile(config.aliasesFile) : undefined;
  const budget = run.budgetChars ?? DEFAULT_BUDGET;
  const tmp = makeTempFiles(run.tmpDir);
  const stats: ExtractStats = { articles: 0, entities: 0, relations: 0 };
  try {
    const spool = makeLineSpool('records', budget, tmp);
    const extracted = await extractAll(inputs, config, run, (lines) => spool.append(lines));
    stats.articles = extracted.stats.articles;
    const resolution = await resolveRun(extracted.summaries, aliases, run);
    extracted.summaries.length = 0;
    const items = async function* (): AsyncGenerator<GraphItem> {
      try {
        for await (const item of streamGraph(parseRecords(spool), resolution, tmp, budget)) {
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
