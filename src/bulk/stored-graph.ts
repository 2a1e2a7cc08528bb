// What `kg load` leaves in an empty database for one graph document: the document is the store
// image (src/graph/build-graph.ts), so every node and relationship is stored as it is, with
// integer-valued properties as Neo4j integers (row-values.ts), exactly as the loader's statements
// write them. The CSV export writes this, so an imported graph equals a loaded one
// (test/integration/csv-import-roundtrip.test.ts compares full dumps). Pure.
import type { GraphDocument } from '../graph/graph-document';
import { nodeRow, relationshipRow } from '../load/batch-rows';
import type { Row } from '../load/row-values';

export interface StoredNode {
  id: string;
  labels: string[];
  properties: Row;
}

export interface StoredRelationship {
  type: string;
  start: string;
  end: string;
  properties: Row;
}

export interface StoredGraph {
  nodes: StoredNode[];
  relationships: StoredRelationship[];
}

export function toStoredGraph(graph: GraphDocument): StoredGraph {
  return {
    nodes: graph.nodes.map((n) => ({ id: n.id, labels: [...n.labels], properties: nodeRow(n).properties as Row })),
    relationships: graph.relationships.map((r) => ({ type: r.type, start: r.start, end: r.end, properties: relationshipRow(r).properties as Row })),
  };
}
