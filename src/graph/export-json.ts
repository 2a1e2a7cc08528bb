// JSON and JSONL exporters of the graph document, as encoders that take one node or relationship
// at a time (document order), so a streaming run writes the same bytes without holding the
// document. Output is byte-identical for the same input: every object has a fixed key order.
import type { GraphDocument, GraphNode, GraphRelationship } from './graph-document';

export type TextSink = (text: string) => void;

/** Takes the nodes, then the relationships, in document order; end() once. */
export interface GraphEncoder {
  node(node: GraphNode): void;
  relationship(rel: GraphRelationship): void;
  end(): void;
}

/** Writes exactly what `JSON.stringify(graph, null, 1) + "\n"` gives, item by item. */
export function makeJsonEncoder(write: TextSink): GraphEncoder {
  let section = 0; // 0 before the document, 1 in "nodes", 2 in "relationships"
  let first = true;
  const closeList = (): void => write(first ? ']' : '\n ]');
  const enter = (to: number): void => {
    for (; section < to; section++, first = true) {
      if (section === 0) write('{\n "nodes": [');
      else {
        closeList();
        write(',\n "relationships": [');
      }
    }
  };
  // An item two levels deep: its own lines shift by two spaces (strings hold no raw newline).
  const item = (value: GraphNode | GraphRelationship): void => {
    write(`${first ? '\n  ' : ',\n  '}${JSON.stringify(value, null, 1).replace(/\n/g, '\n  ')}`);
    first = false;
  };
  return {
    node(node) {
      enter(1);
      item(node);
    },
    relationship(rel) {
      enter(2);
      item(rel);
    },
    end() {
      enter(2);
      closeList();
      write('\n}\n');
    },
  };
}

/** One line per node, then one per relationship: {"kind":"node",...} / {"kind":"relationship",...}. */
export function makeJsonlEncoder(write: TextSink): GraphEncoder {
  let empty = true;
  const line = (value: object): void => {
    write(JSON.stringify(value) + '\n');
    empty = false;
  };
  return {
    node: (node) => line({ kind: 'node', ...node }),
    relationship: (rel) => line({ kind: 'relationship', ...rel }),
    end: () => (empty ? write('\n') : undefined), // an empty graph is one empty line, as ever
  };
}

/** Runs an encoder over a whole document, collecting its text. */
export function encodeGraph(graph: GraphDocument, makeEncoder: (write: TextSink) => GraphEncoder): string {
  const parts: string[] = [];
  const encoder = makeEncoder((text) => parts.push(text));
  for (const node of graph.nodes) encoder.node(node);
  for (const rel of graph.relationships) encoder.relationship(rel);
  encoder.end();
  return parts.join('');
}

export function toJson(graph: GraphDocument): string {
  return encodeGraph(graph, makeJsonEncoder);
}

export function toJsonl(graph: GraphDocument): string {
  return encodeGraph(graph, makeJsonlEncoder);
}
