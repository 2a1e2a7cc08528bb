// The graph document: the one contract between extraction and loading, and the SPEC JSON
// interchange format (`kg extract --format json`). Neo4j properties cannot nest, so every value
// is a scalar or a list of scalars.
import { RELATION_TYPES } from '../relations/relation';

export type Scalar = string | number | boolean;
export type PropertyValue = Scalar | string[] | number[];
export type Properties = Record<string, PropertyValue>;

export const NODE_LABELS = ['Entity', 'Person', 'Organization', 'Location', 'Article', 'Quote', 'Evidence', 'Name'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const GRAPH_RELATIONSHIP_TYPES = ['MENTIONS', 'SAID', ...RELATION_TYPES] as const;
export type GraphRelationshipType = (typeof GRAPH_RELATIONSHIP_TYPES)[number];

export interface GraphNode {
  id: string;
  labels: NodeLabel[];
  properties: Properties;
}

export interface GraphRelationship {
  type: GraphRelationshipType;
  start: string;
  end: string;
  properties: Properties;
}

export interface GraphDocument {
  nodes: GraphNode[];
  relationships: GraphRelationship[];
}
