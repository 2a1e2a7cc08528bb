// `kg eval --gold FILE GRAPH_OR_INPUTS...`: precision/recall/F1 per type against a gold
// annotation (seed format or eval JSONL), for a graph JSON from `kg extract` or for articles it
// extracts first.
import fs from 'node:fs';
import type { Command } from 'commander';
import { NewsgraphError } from '../../errors';
import { evaluateGraph, failedThresholds, type Thresholds } from '../../eval/evaluate';
import { formatReport } from '../../eval/format-report';
import { readGold } from '../../eval/gold';
import type { GraphDocument } from '../../graph/graph-document';
import { extractGraph } from '../../pipeline/extract-graph';
import { addVerbosityOptions, configFrom } from '../options';
import { createReporter } from '../reporter';

interface EvalFlags extends Record<string, string | boolean | undefined> {
  gold: string;
  json?: boolean;
  quiet?: boolean;
  verbose?: boolean;
  minEntityF1?: string;
  minRelationF1?: string;
  minRelPrecision?: string;
  minCoreRecall?: string;
}

/** A graph JSON document from `kg extract --format json`, or undefined for article inputs. */
function readGraphFile(inputs: readonly string[]): GraphDocument | undefined {
  if (inputs.length !== 1 || !inputs[0].endsWith('.json') || !fs.existsSync(inputs[0])) return undefined;
  try {
    const doc = JSON.parse(fs.readFileSync(inputs[0], 'utf8')) as Partial<GraphDocument>;
    return Array.isArray(doc.nodes) && Array.isArray(doc.relationships) ? (doc as GraphDocument) : undefined;
  } catch {
    return undefined;
  }
}

const threshold = (v: string | undefined, name: string): number | undefined => {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n)) throw new NewsgraphError('USAGE', `${name} needs a number, got "${v}"`, 'For example --min-entity-f1 0.8.');
  return n;
};

export function registerEvalCommand(program: Command): void {
  const cmd = program
    .command('eval')
    .description('precision/recall/F1 per type against a gold annotation (seed JSON or eval JSONL)')
    .argument('<graph-or-inputs...>', 'a graph JSON from `kg extract`, or articles to extract first')
    .requiredOption('--gold <file>', 'gold annotation: seed format (entities/aliases, relations) or eval JSONL (spans, relations)')
    .option('--json', 'print the report as JSON')
    .option('--min-entity-f1 <x>', 'exit 1 when entity F1 is below x')
    .option('--min-relation-f1 <x>', 'exit 1 when relation F1 is below x')
    .option('--min-rel-precision <x>', 'exit 1 when relation precision is below x')
    .option('--min-core-recall <x>', 'exit 1 when recall of core relations (seed gold) is below x');
  addVerbosityOptions(cmd).addHelpText(
    'after',
    `
Examples:
  kg eval --gold gold.json graph.json
  kg eval --gold conll04/dev.jsonl conll04/dev.jsonl --json
  kg eval --gold gold.json articles/ --min-entity-f1 0.95 --min-rel-precision 0.9`,
  );
  cmd.action(async (inputs: string[], flags: EvalFlags) => {
    const thresholds: Thresholds = {
      entityF1: threshold(flags.minEntityF1, '--min-entity-f1'),
      relationF1: threshold(flags.minRelationF1, '--min-relation-f1'),
      relationPrecision: threshold(flags.minRelPrecision, '--min-rel-precision'),
      coreRecall: threshold(flags.minCoreRecall, '--min-core-recall'),
    };
    const gold = readGold(flags.gold);
    let graph = readGraphFile(inputs);
    if (!graph) {
      const config = configFrom(flags);
      const reporter = createReporter(config);
      const result = await extractGraph(inputs, config, { onProgress: (s) => reporter.progress(s) });
      reporter.warnings(result.warnings);
      graph = result.graph;
    }
    const report = evaluateGraph(gold, graph);
    process.stdout.write(flags.json ? JSON.stringify(report, null, 2) + '\n' : formatReport(report));
    const failed = failedThresholds(report, thresholds);
    if (failed.length) {
      process.stderr.write(`below the bar: ${failed.join('; ')}\n`);
      process.exitCode = 1;
    }
  });
}
