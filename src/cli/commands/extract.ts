// `kg extract`: build the graph without a database and write it as JSON, JSONL, Cypher, CSV
// (for neo4j-admin import) or a self-contained HTML page.
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { NewsgraphError } from '../../errors';
import { buildCsvExport, describeCsvImport } from '../../bulk/export-csv';
import { makeJsonEncoder, makeJsonlEncoder, type GraphEncoder, type TextSink } from '../../graph/export-json';
import type { GraphDocument } from '../../graph/graph-document';
import { readCytoscapeSource } from '../../graph/html/read-cytoscape-source';
import { renderGraphHtml } from '../../graph/html/render-graph-html';
import { parseShard } from '../../ingest/shard';
import { toCypherScript } from '../../load/export-cypher';
import { extractGraphStream, type ArticleObserver, type ExtractStats } from '../../pipeline/extract-graph';
import { explainArticle } from '../../relations/explain-article';
import { extractionStamp } from '../extraction-stamp';
import { addVerbosityOptions, configFrom } from '../options';
import { countOf } from '../count-of';
import { createReporter } from '../reporter';
import { collectGraph, writeGraphStream } from '../write-graph';

/** Formats written item by item as the graph streams out: memory stays flat. */
const STREAMED: Record<string, (write: TextSink) => GraphEncoder> = { json: makeJsonEncoder, jsonl: makeJsonlEncoder };
/** Formats rendered from the whole document. */
const FORMATS: Record<string, (graph: GraphDocument) => string> = {
  cypher: toCypherScript,
  html: (graph) => renderGraphHtml(graph, { librarySource: readCytoscapeSource() }),
};
const FORMAT_NAMES = [...Object.keys(STREAMED), ...Object.keys(FORMATS), 'csv'];

/** csv: a folder of files for `neo4j-admin database import`, plus the command that imports them. */
function writeCsv(graph: GraphDocument, dir: string | undefined): string {
  if (!dir) throw new NewsgraphError('USAGE', '--format csv needs --out DIR (a folder for the CSV files)', 'Example: kg extract news/ --format csv --out import/');
  fs.mkdirSync(dir, { recursive: true });
  const { files, manifest } = buildCsvExport(graph);
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  return describeCsvImport(dir, manifest);
}

interface ExtractFlags {
  format: string;
  out?: string;
  date?: string;
  aliases?: string;
  workers?: string;
  tmpDir?: string;
  bufferMb?: string;
  quiet?: boolean;
  verbose?: boolean;
  explain?: boolean;
  shard?: string;
}

export function registerExtractCommand(program: Command): void {
  const cmd = program
    .command('extract')
    .description('extract actors and relations from articles and write the graph (no database needed)')
    .argument('<inputs...>', 'files, directories, globs, .jsonl corpora, or - for stdin')
    .option('-f, --format <format>', `output format: ${FORMAT_NAMES.join(', ')} (csv needs --out DIR)`, 'json')
    .option('-o, --out <file>', 'write to a file instead of stdout')
    .option('--date <yyyy-mm-dd>', 'date of articles that carry none (anchors "on Monday")')
    .option('--aliases <file>', 'alias file that forces or forbids merges')
    .option('--workers <n>', 'worker threads (default: number of cores)')
    .option('--tmp-dir <dir>', 'folder for temporary files of large runs (env NEWSGRAPH_TMPDIR; default: the system temp folder)')
    .option('--shard <I/N>', 'only shard I of N of the articles (stable split by article id)')
    .option('--buffer-mb <n>', 'memory in MB for each buffer of records and sorted relationships before it spills to --tmp-dir', '2')
    .option('--explain', 'print, per sentence, the mentions, the relation rules that fired and the sentences with 2+ actors but no relation (the graph goes to --out only)');
  addVerbosityOptions(cmd).addHelpText(
    'after',
    `
Examples:
  kg extract examples/ --format json --out graph.json
  kg extract 'news/**/*.txt' --date 2024-11-15 > graph.json
  kg extract examples/ --format html --out graph.html   # open graph.html in any browser, offline
  kg extract article.txt --explain | less                # what was found, which rules fired, what was missed
  cat article.txt | kg extract - --format cypher | cypher-shell
  kg extract corpus.jsonl --shard 1/4 --format json --out part-1.json`,
  );
  cmd.action(async (inputs: string[], flags: ExtractFlags) => {
    const stream = STREAMED[flags.format];
    const render = FORMATS[flags.format];
    if (!stream && !render && flags.format !== 'csv') throw new NewsgraphError('USAGE', `unknown format "${flags.format}"`, `Use one of: ${FORMAT_NAMES.join(', ')}.`);
    const config = configFrom(flags);
    const reporter = createReporter(config);
    const observer: ArticleObserver | undefined = flags.explain ? { trace: true, onArticle: (ex) => process.stdout.write(explainArticle(ex)) } : undefined;
    const bufferMb = Number(flags.bufferMb ?? 2);
    if (!(bufferMb > 0)) throw new NewsgraphError('USAGE', `--buffer-mb must be a positive number, not "${flags.bufferMb}"`, 'Example: --buffer-mb 64');
    const shard = flags.shard ? parseShard(flags.shard) : undefined;
    const stamp = extractionStamp(config.aliasesFile);
    const run = { onProgress: (s: ExtractStats) => reporter.progress(s), observer, shard, stamp, tmpDir: config.tmpDir, budgetChars: Math.round(bufferMb * 1e6) };
    const result = await extractGraphStream(inputs, config, run);
    reporter.endProgress();
    reporter.warnings(result.warnings);
    try {
      if (flags.explain && !flags.out) for await (const item of result.items) void item; // the trace is the output; count the graph
      else if (stream) await writeGraphStream(result.items, stream, flags.out);
      else if (!render) reporter.info(writeCsv(await collectGraph(result.items), flags.out));
      else if (flags.out) fs.writeFileSync(flags.out, render(await collectGraph(result.items)));
      else process.stdout.write(render(await collectGraph(result.items)));
    } finally {
      result.dispose();
    }
    const { articles, entities, relations } = result.stats;
    reporter.info(`extracted ${countOf(articles, 'article')}: ${countOf(entities, 'entity', 'entities')}, ${countOf(relations, 'relation')}${flags.out ? ` → ${flags.out}` : ''}`);
    if (result.warnings.some((w) => w.fatal)) process.exitCode = 1;
  });
}
