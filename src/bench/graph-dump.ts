// A canonical text dump of a whole graph — of a Neo4j database, or of a graph document as it
// would be stored — one sorted line per node and relationship with labels/type and all
// properties: equal dumps are equal graphs. Used by the integration tests and the lifecycle
// benchmark to compare loads, reloads, halves, crashes and concurrent loaders.
import type { GraphConnection } from '../load/connect';
import type { GraphDocument } from '../graph/graph-document';
import { runRead } from '../load/run-cypher';
import { toPlain, type Plain } from '../query/plain-value';

const sortKeys = (v: unknown): unknown =>
  v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys((v as Record<string, unknown>)[k])])) : v;

const nodeLine = (labels: string[], props: Plain): string => JSON.stringify(sortKeys({ labels: [...labels].sort(), props }));
const relLine = (start: Plain, type: string, end: Plain, props: Plain): string => JSON.stringify(sortKeys({ start, type, end, props }));

export async function dumpGraph(conn: GraphConnection): Promise<string> {
  const nodes = await runRead(conn, 'MATCH (n) RETURN labels(n) AS labels, properties(n) AS props', {});
  const rels = await runRead(conn, 'MATCH (a)-[r]->(b) RETURN coalesce(a.id, elementId(a)) AS start, type(r) AS type, coalesce(b.id, elementId(b)) AS end, properties(r) AS props', {});
  const lines = [
    ...nodes.rows.map((r) => nodeLine(r.labels as string[], toPlain(r.props))),
    ...rels.rows.map((r) => relLine(toPlain(r.start), String(r.type), toPlain(r.end), toPlain(r.props))),
  ];
  return lines.sort().join('\n');
}

/** The dump the database would give after loading exactly this document. */
export function dumpDocument(graph: GraphDocument): string {
  const lines = [
    ...graph.nodes.map((n) => nodeLine(n.labels, { ...n.properties, id: n.id } as Plain)),
    ...graph.relationships.map((r) => relLine(r.start, r.type, r.end, r.properties as Plain)),
  ];
  return lines.sort().join('\n');
}

/** Lines in one dump and not the other (both directions): 0 means equal graphs. */
export function dumpDiff(a: string, b: string): number {
  const count = (text: string): Map<string, number> => {
    const m = new Map<string, number>();
    for (const line of text ? text.split('\n') : []) m.set(line, (m.get(line) ?? 0) + 1);
    return m;
  };
  const [ma, mb] = [count(a), count(b)];
  let diff = 0;
  for (const [line, n] of ma) diff += Math.max(0, n - (mb.get(line) ?? 0));
  for (const [line, n] of mb) diff += Math.max(0, n - (ma.get(line) ?? 0));
  return diff;
}
