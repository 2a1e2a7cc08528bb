// Runs ingest → nlp → mentions → resolve → relations → graph over a list of inputs and returns
// one graph document plus the warnings collected on the way. (Stub; filled in by the pipeline work.)
import type { Config } from '../config';
import type { GraphDocument } from '../graph/graph-document';
import type { Warning } from '../warnings';

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

export async function extractGraph(inputs: string[], config: Config, onProgress?: ProgressListener): Promise<ExtractResult> {
  void inputs;
  void config;
  void onProgress;
  return { graph: { nodes: [], relationships: [] }, warnings: [], stats: { articles: 0, entities: 0, relations: 0 } };
}
