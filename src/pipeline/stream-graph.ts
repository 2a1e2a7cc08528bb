// The output pass of a streaming run: reads the spilled article records back once, gives every
// local actor its node id from the cross-article resolution, and sorts the article parts
// (graph/article-graph.ts) externally, so that nodes and relationships come out one at a time in
// document order — the same document buildGraphFromRecords makes in memory, without holding it.
import { articleGraph } from '../graph/article-graph';
import { evidenceEdge, unnamedActorIds } from '../graph/build-graph';
import type { EvidenceRecord } from '../graph/evidence';
import type { GraphNode, GraphRelationship, GraphRelationshipType } from '../graph/graph-document';
import { actorNode } from '../graph/node-properties';
import type { Actor } from '../resolve/actor';
import type { Resolution } from '../resolve/resolve-across';
import type { ArticleRecord } from './article-record';
import { makeRunSorter } from './spill/sorted-runs';
import type { TempFiles } from './spill/temp-files';

export type GraphItem = { node: GraphNode } | { relationship: GraphRelationship };

/** A MENTIONS relationship as is, or one piece of evidence for an aggregated edge. */
type RelationshipPart = { mention: GraphRelationship } | { evidence: EvidenceRecord };

const SEP = '\u0000';

/** Articles and quotes (sorted) merged with the actors (sorted by id), each actor's node made as it goes out. */
async function* mergeNodes(sorted: AsyncGenerator<[string, GraphNode]>, actors: readonly Actor[]): AsyncGenerator<GraphItem> {
  let a = 0;
  for await (const [id, node] of sorted) {
    while (a < actors.length && actors[a].id < id) yield { node: actorNode(actors[a++]) };
    yield { node };
  }
  while (a < actors.length) yield { node: actorNode(actors[a++]) };
}

async function* groupRelationships(sorted: AsyncGenerator<[string, RelationshipPart]>, dropped: ReadonlySet<string>): AsyncGenerator<GraphItem> {
  let key = '';
  let records: EvidenceRecord[] = [];
  const close = (): GraphItem => {
    const [type, start, end] = key.split(SEP);
    const item = { relationship: evidenceEdge({ type: type as GraphRelationshipType, start, end }, records) };
    records = [];
    return item;
  };
  for await (const [k, part] of sorted) {
    if (records.length > 0 && k !== key) yield close();
    if ('mention' in part) {
      if (!dropped.has(part.mention.end)) yield { relationship: part.mention };
      continue;
    }
    key = k;
    records.push(part.evidence);
  }
  if (records.length > 0) yield close();
}

export async function* streamGraph(records: AsyncIterable<ArticleRecord>, resolution: Resolution, tmp: TempFiles, budgetChars: number): AsyncGenerator<GraphItem> {
  const nodes = makeRunSorter<GraphNode>(tmp, 'nodes', budgetChars);
  const rels = makeRunSorter<RelationshipPart>(tmp, 'relationships', budgetChars);
  const used = new Set<string>();
  for await (const rec of records) {
    const part = articleGraph(rec, resolution.actorIds[rec.article.id] ?? {});
    nodes.add(part.article.id, part.article);
    for (const quote of part.quotes) nodes.add(quote.id, quote);
    for (const m of part.mentions) rels.add(`MENTIONS${SEP}${m.start}${SEP}${m.end}`, { mention: m });
    for (const e of part.evidence) {
      rels.add(`${e.type}${SEP}${e.start}${SEP}${e.end}`, { evidence: e.record });
      used.add(e.start).add(e.end);
    }
    for (const id of part.named) used.add(id);
  }
  const dropped = unnamedActorIds(resolution, used);
  yield* mergeNodes(nodes.sorted(), resolution.actors.filter((a) => !dropped.has(a.id)));
  yield* groupRelationships(rels.sorted(), dropped);
}
