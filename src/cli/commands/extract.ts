// `kg extract`: build the graph without a database and write it as JSON, JSONL, Cypher, CSV
// (for neo4j-admin import) or a self-contained HTML page.
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { NewsgraphError } from '../../errors';
import { buildCsvExport, describeCsvImport } from '../../bulk/export-csv';
import { toJson, toJsonl } from '../../graph/export-json';
import type { GraphDocument } from '../../graph/graph-document';
import { readCytoscapeSource } from '../../graph/html/read-cytoscape-source';
import { renderGraphHtml } from '../../graph/html/render-graph-html';
import { parseShard } from '../../ingest/shard';
import { toCypherScript } from '../../load/export-cypher';
import { extractGraph, type ArticleObserver } from '../../pipeline/extract-graph';
import { explainArticle } from '../../relations/explain-article';
import { extractionStamp } from '../extraction-stamp';
import { addVerbosityOptions, configFrom } from '../options';
import { countOf } from '../count-of';
import { createReporter } from '../reporter';

const FORMATS: Record<string, (graph: GraphDocument) => string> = {
  json: toJson,
  jsonl: toJsonl,
  cypher: toCypherScript,
  html: (graph) => renderGraphHtml(graph, { librarySource: readCytoscapeSource() }),
};
const FORMAT_NAMES = [...Object.keys(FORMATS), 'csv'];

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
    .option('--shard <I/N>', 'only shard I of N of the articles (stable split by article id)')
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
    const render = FORMATS[flags.format];
    if (!render && flags.format !== 'csv') throw new NewsgraphError('USAGE', `unknown format "${flags.format}"`, `Use one of: ${FORMAT_NAMES.join(', ')}.`);
    const config = configFrom(flags);
    const reporter = createReporter(config);
    const observer: ArticleObserver | undefined = flags.explain ? { trace: true, onArticle: (ex) => process.stdout.write(explainArticle(ex)) } : undefined;
    const shard = flags.shard ? parseShard(flags.shard) : undefined;
    const result = await extractGraph(inputs, config, { onProgress: (s) => reporter.progress(s), observer, shard, stamp: extractionStamp(config.aliasesFile) });
    reporter.endProgress();
    reporter.warnings(result.warnings);
    if (!render) reporter.info(writeCsv(result.graph, flags.out));
    else if (flags.out) fs.writeFileSync(flags.out, render(result.graph));
    else if (!flags.explain) process.stdout.write(render(result.graph));
    const { articles, entities, relations } = result.stats;
    reporter.info(`extracted ${countOf(articles, 'article')}: ${countOf(entities, 'entity', 'entities')}, ${countOf(relations, 'relation')}${flags.out ? ` → ${flags.out}` : ''}`);
    if (result.warnings.some((w) => w.fatal)) process.exitCode = 1;
  });
}
