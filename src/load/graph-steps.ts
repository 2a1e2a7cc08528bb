// The statements and rows that write a whole graph document as it is (nodes before the
// relationships that join them), with the very statements kg load uses: for the Cypher script
// export and the per-row baseline of kg bench --load. Pure.
import type { GraphDocument, GraphNode, GraphRelationship } from '../graph/graph-document';
import { RELATION_TYPES } from '../relations/relation';
import { nodeRow, relationshipRow } from './batch-rows';
import { readCypher, relationshipStatement, stripComments } from './cypher-file';
import type { Row } from './row-values';

export interface GraphStep {
  name: string;
  statement: string;
  rows: Row[];
}

const file = (name: string): string => stripComments(readCypher(name));
const labelled = (nodes: GraphNode[], label: GraphNode['labels'][number]): Row[] => nodes.filter((n) => n.labels.includes(label)).map(nodeRow);
const typed = (rels: GraphRelationship[], type: string): Row[] => rels.filter((r) => r.type === type).map(relationshipRow);

export function graphSteps(graph: GraphDocument): GraphStep[] {
  const entities = graph.nodes.filter((n) => n.labels.includes('Entity')).map((n) => ({ ...nodeRow(n), label: n.labels.find((l) => l !== 'Entity') ?? 'Entity' }));
  const steps: GraphStep[] = [
    { name: 'names', statement: file('load/names.cypher'), rows: labelled(graph.nodes, 'Name') },
    { name: 'entities', statement: file('load/entities.cypher'), rows: entities },
    { name: 'articles', statement: file('load/articles.cypher'), rows: labelled(graph.nodes, 'Article') },
    { name: 'evidence', statement: file('load/evidence.cypher'), rows: labelled(graph.nodes, 'Evidence') },
    { name: 'quotes', statement: file('load/quotes.cypher'), rows: labelled(graph.nodes, 'Quote') },
    { name: 'MENTIONS', statement: file('load/mentions-merge.cypher'), rows: typed(graph.relationships, 'MENTIONS') },
    { name: 'SAID', statement: file('load/said.cypher'), rows: typed(graph.relationships, 'SAID') },
    ...RELATION_TYPES.map((type) => ({ name: type, statement: relationshipStatement(file('load/relationship.cypher'), type), rows: typed(graph.relationships, type) })),
  ];
  return steps.filter((s) => s.rows.length > 0);
}

