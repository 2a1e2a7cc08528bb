// Writes a streamed graph (nodes, then relationships, in document order) through an encoder to a
// file or stdout in chunks, waiting for the stream to drain, so memory does not grow with the
// output. Formats that need the whole document at once (cypher, csv, html) collect it first.
import fs from 'node:fs';
import { once } from 'node:events';
import type { GraphEncoder, TextSink } from '../graph/export-json';
import type { GraphDocument } from '../graph/graph-document';
import type { GraphItem } from '../pipeline/stream-graph';

const CHUNK_CHARS = 1 << 20;

export async function writeGraphStream(items: AsyncIterable<GraphItem>, makeEncoder: (write: TextSink) => GraphEncoder, file: string | undefined): Promise<void> {
  // Opening first makes a bad --out path fail here, before any output, as a plain exception.
  const out: NodeJS.WritableStream = file ? fs.createWriteStream('', { fd: fs.openSync(file, 'w') }) : process.stdout;
  let failure: Error | undefined;
  out.on('error', (err: Error) => (failure = err));
  let parts: string[] = [];
  let chars = 0;
  const encoder = makeEncoder((text) => {
    parts.push(text);
    chars += text.length;
  });
  const flush = async (): Promise<void> => {
    const text = parts.join('');
    parts = [];
    chars = 0;
    if (failure) throw failure;
    if (text !== '' && !out.write(text)) await once(out, 'drain'); // rejects if the stream fails
  };
  for await (const item of items) {
    if ('node' in item) encoder.node(item.node);
    else encoder.relationship(item.relationship);
    if (chars >= CHUNK_CHARS) await flush();
  }
  encoder.end();
  await flush();
  if (file) await new Promise<void>((resolve) => out.end(() => resolve()));
  if (failure) throw failure;
}

export async function collectGraph(items: AsyncIterable<GraphItem>): Promise<GraphDocument> {
  const graph: GraphDocument = { nodes: [], relationships: [] };
  for await (const item of items) {
    if ('node' in item) graph.nodes.push(item.node);
    else graph.relationships.push(item.relationship);
  }
  return graph;
}
