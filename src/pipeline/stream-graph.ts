// The output pass of a streaming run: reads the spilled article records back once, turns each into
// its part of the graph with the resolution of its name keys (build-graph.ts articleGraph), and
// sorts the parts externally, so that nodes and relationships come out one at a time in document
// order: the same document buildGraph makes in memory, without holding it. The :Name nodes and
// the parts of each actor (one per name record) go through the same sorts. What stays in memory is
// the map from name key to actor id and the set of actors present.
import type { ArticleRecord, StatedRelation } from '../graph/article-record';
import { articleGraph, makeEdge } from '../graph/build-graph';
import type { GraphNode, GraphRelationship, GraphRelationshipType } from '../graph/graph-document';
import { actorNode, nameNode } from '../graph/node-properties';
import type { Aliases } from '../resolve/aliases';
import type { ActorHead } from '../resolve/resolve-groups';
import { actorPartOf, makeActor, type ActorPart } from '../resolve/resolve-names';
import { makeRunSorter } from './spill/sorted-runs';
import type { TempFiles } from './spill/temp-files';
import type { SpooledNames } from './stream-names';

export type GraphItem = { node: GraphNode } | { relationship: GraphRelationship };

/** A MENTIONS or SAID relationship as is, or one piece of evidence for a typed edge. */
type RelationshipPart = { rel: GraphRelationship } | { evidence: StatedRelation };

const SEP = '\u0000';
/** Sorts like compareRels (type, start, end, group): no id holds U+0000, which sorts first. */
const relKey = (type: string, start: string, end: string, group: string): string => `${type}${SEP}${start}${SEP}${end}${SEP}${group}`;

/** Merges node sources, each sorted by id; equal ids come from earlier sources first (as buildGraph's stable sort). */
async function* mergeNodes(sources: Array<AsyncIterator<GraphNode> | Iterator<GraphNode>>): AsyncGenerator<GraphItem> {
  const heads = await Promise.all(sources.map((s) => s.next()));
  for (;;) {
    let pick = -1;
    heads.forEach((h, i) => {
      if (!h.done && (pick < 0 || h.value.id < (heads[pick].value as GraphNode).id)) pick = i;
    });
    if (pick < 0) return;
    yield { node: heads[pick].value as GraphNode };
    heads[pick] = await sources[pick].next();
  }
}

async function* mapSorted(sorted: AsyncGenerator<[string, GraphNode]>): AsyncGenerator<GraphNode> {
  for await (const [, node] of sorted) yield node;
}

/** The nodes of the actors present, from their parts sorted by actor id. */
async function* actorNodes(sorted: AsyncGenerator<[string, [ActorHead, ActorPart]]>, present: ReadonlySet<string>): AsyncGenerator<GraphNode> {
  let head: ActorHead | undefined;
  let parts: ActorPart[] = [];
  for await (const [id, [h, part]] of sorted) {
    if (head && head.id !== id) {
      if (present.has(head.id)) yield actorNode(makeActor(head, parts));
      parts = [];
    }
    head = h;
    parts.push(part);
  }
  if (head && present.has(head.id)) yield actorNode(makeActor(head, parts));
}

async function* groupRelationships(sorted: AsyncGenerator<[string, RelationshipPart]>): AsyncGenerator<GraphItem> {
  let key = '';
  let records: StatedRelation[] = [];
  const close = (): GraphItem => {
    const [type, start, end] = key.split(SEP);
    const item = { relationship: makeEdge(type as GraphRelationshipType, start, end, records) };
    records = [];
    return item;
  };
  for await (const [k, part] of sorted) {
    if (records.length > 0 && k !== key) yield close();
    if ('rel' in part) {
      yield { relationship: part.rel };
      continue;
    }
    key = k;
    records.push(part.evidence);
  }
  if (records.length > 0) yield close();
}

export interface StreamInput {
  /** The name index and its resolution. */
  names: SpooledNames;
  aliases: Aliases;
}

export async function* streamGraph(records: AsyncIterable<ArticleRecord>, input: StreamInput, tmp: TempFiles, budgetChars: number): AsyncGenerator<GraphItem> {
  const { names, aliases } = input;
  const idOf = (group: string): string => names.actorOf.get(group) as string;
  const nodes = makeRunSorter<GraphNode>(tmp, 'nodes', budgetChars);
  const rels = makeRunSorter<RelationshipPart>(tmp, 'relationships', budgetChars);
  const actors = makeRunSorter<[ActorHead, ActorPart]>(tmp, 'actors', budgetChars);
  const present = new Set<string>();
  // Name nodes first: with an equal id they come before the articles' nodes, as in buildGraph.
  for await (const { record, actor } of names.records()) {
    nodes.add(record.key, nameNode(record, actor.id, aliases));
    actors.add(actor.id, [actor, actorPartOf(record)]);
  }
  for await (const rec of records) {
    const part = articleGraph(rec, idOf);
    for (const node of part.nodes) nodes.add(node.id, node);
    for (const rel of part.relationships) rels.add(relKey(rel.type, rel.start, rel.end, String(rel.properties.group ?? '')), { rel });
    for (const { record, from, to } of part.evidence) {
      if (from === to) continue; // both name keys resolve to one actor: no edge
      rels.add(relKey(record.type, from, to, ''), { evidence: record });
      present.add(from).add(to);
    }
    for (const id of part.present) present.add(id);
  }
  yield* mergeNodes([mapSorted(nodes.sorted()), actorNodes(actors.sorted(), present)]);
  yield* groupRelationships(rels.sorted());
}
