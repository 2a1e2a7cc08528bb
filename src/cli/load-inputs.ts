// The load flow shared by `kg load` and `kg demo`: schema first (the full-text index is needed
// to find actors already in the graph), extract with resolution against those actors, load.
import type { Config } from '../config';
import { applySchema } from '../load/apply-schema';
import type { GraphConnection } from '../load/connect';
import { findKnownActors, lookupTerms } from '../load/find-known-actors';
import { loadGraph, type LoadSummary } from '../load/load-graph';
import { extractGraph } from '../pipeline/extract-graph';
import type { Warning } from '../warnings';
import type { Reporter } from './reporter';

export interface LoadedInputs {
  summary: LoadSummary;
  warnings: Warning[];
}

export async function loadInputs(conn: GraphConnection, inputs: string[], config: Config, reporter: Reporter, batchSize?: number): Promise<LoadedInputs> {
  await applySchema(conn);
  const extracted = await extractGraph(inputs, config, {
    onProgress: (s) => reporter.progress(s),
    knownActors: (exs) => findKnownActors(conn, lookupTerms(exs)),
  });
  reporter.endProgress();
  reporter.warnings(extracted.warnings);
  const summary = await loadGraph(conn, extracted.graph, {
    batchSize,
    onProgress: (step, done, total) => reporter.detail(`  ${step}: ${done}/${total}`),
  });
  return { summary, warnings: extracted.warnings };
}

/** "MET_WITH 2, WORKS_FOR 5" or "none". */
export function relationCounts(summary: LoadSummary): string {
  return Object.entries(summary.relationships).map(([t, n]) => `${t} ${n}`).join(', ') || 'none';
}
