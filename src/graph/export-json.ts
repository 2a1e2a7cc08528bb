// JSON and JSONL exporters of the graph document. Output is byte-identical for the same input:
// the document is already sorted and every object is built with a fixed key order.
import type { GraphDocument } from './graph-document';

export function toJson(graph: GraphDocument): string {
  return JSON.stringify(graph, null, 1) + '\n';
}

/** One line per node, then one per relationship: {"kind":"node",...} / {"kind":"relationship",...}. */
export function toJsonl(graph: GraphDocument): string {
  const lines = [
    ...graph.nodes.map((n) => JSON.stringify({ kind: 'node', ...n })),
    ...graph.relationships.map((r) => JSON.stringify({ kind: 'relationship', ...r })),
  ];
  return lines.join('\n') + '\n';
}
