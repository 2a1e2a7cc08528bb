// `kg eval` as a library call: score a graph against a gold file, and check --min-* bars.
import type { GraphDocument } from '../graph/graph-document';
import type { Gold } from './gold';
import type { EvalReport } from './format-report';
import { scoreCorpus } from './score-corpus';
import { scoreSeed } from './score-seed';

export interface Thresholds {
  entityF1?: number;
  relationF1?: number;
  relationPrecision?: number;
  coreRecall?: number;
}

export function evaluateGraph(gold: Gold, graph: GraphDocument): EvalReport {
  return gold.kind === 'seed' ? scoreSeed(gold, graph) : scoreCorpus(gold, graph);
}

/** The bars the report falls below (empty when it passes). */
export function failedThresholds(report: EvalReport, t: Thresholds): string[] {
  const failed: string[] = [];
  const check = (name: string, value: number, min?: number): void => {
    if (min !== undefined && value < min) failed.push(`${name} ${value} < ${min}`);
  };
  check('entity F1', report.entities.all.f1, t.entityF1);
  check('relation F1', report.relations.all.f1, t.relationF1);
  check('relation precision', report.relations.all.p, t.relationPrecision);
  if (report.kind === 'seed') {
    const core = report.levels.core;
    check('core recall', core ? core.got / Math.max(1, core.want) : 1, t.coreRecall);
  } else if (report.missingArticles > 0) failed.push(`${report.missingArticles} record(s) have no Article node`);
  return failed;
}
