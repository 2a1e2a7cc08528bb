// `kg extract`: build the graph without a database and write it as JSON, JSONL or Cypher.
import fs from 'node:fs';
import type { Command } from 'commander';
import { NewsgraphError } from '../../errors';
import { toJson, toJsonl } from '../../graph/export-json';
import type { GraphDocument } from '../../graph/graph-document';
import { extractGraph, type ArticleObserver } from '../../pipeline/extract-graph';
import { explainArticle } from '../../relations/explain-article';
import { addVerbosityOptions, configFrom } from '../options';
import { makeReporter } from '../progress';

const FORMATS: Record<string, (graph: GraphDocument) => string> = {
  json: toJson,
  jsonl: toJsonl,
};

interface ExtractFlags {
  format: string;
  out?: string;
  date?: string;
  aliases?: string;
  workers?: string;
  quiet?: boolean;
  verbose?: boolean;
  explain?: boolean;
}

export function registerExtractCommand(program: Command): void {
  const cmd = program
    .command('extract')
    .description('extract actors and relations from articles and write the graph (no database needed)')
    .argument('<inputs...>', 'files, directories, globs, .jsonl corpora, or - for stdin')
    .option('-f, --format <format>', `output format: ${Object.keys(FORMATS).join(', ')}`, 'json')
    .option('-o, --out <file>', 'write to a file instead of stdout')
    .option('--date <yyyy-mm-dd>', 'date of articles that carry none (anchors "on Monday")')
    .option('--aliases <file>', 'alias file that forces or forbids merges')
    .option('--workers <n>', 'worker threads (default: number of cores)')
    .option('--explain', 'print, per sentence, the mentions, the relation rules that fired and the sentences with 2+ actors but no relation (the graph goes to --out only)');
  addVerbosityOptions(cmd).addHelpText(
    'after',
    `
Examples:
  kg extract examples/ --format json --out graph.json
  kg extract 'news/**/*.txt' --date 2024-11-15 > graph.json
  kg extract article.txt --explain | less
  cat article.txt | kg extract - --format cypher | cypher-shell`,
  );
  cmd.action(async (inputs: string[], flags: ExtractFlags) => {
    const render = FORMATS[flags.format];
    if (!render) throw new NewsgraphError('USAGE', `unknown format "${flags.format}"`, `Use one of: ${Object.keys(FORMATS).join(', ')}.`);
    const config = configFrom(flags);
    const reporter = makeReporter(config);
    const observer: ArticleObserver | undefined = flags.explain ? { trace: true, onArticle: (ex) => process.stdout.write(explainArticle(ex)) } : undefined;
    const result = await extractGraph(inputs, config, (s) => reporter.progress(s), observer);
    reporter.done();
    reporter.warnings(result.warnings);
    const output = render(result.graph);
    if (flags.out) fs.writeFileSync(flags.out, output);
    else if (!flags.explain) process.stdout.write(output);
    const { articles, entities, relations } = result.stats;
    reporter.info(`extracted ${articles} articles: ${entities} entities, ${relations} relations${flags.out ? ` → ${flags.out}` : ''}`);
    if (result.warnings.some((w) => w.fatal)) process.exitCode = 1;
  });
}
