// Graph stage: turns per-article records and the cross-article resolution into the graph
// document, in memory. Deterministic: nodes sorted by id, relationships by type/start/end, lists
// sorted. The streaming writer (pipeline/stream-graph.ts) assembles the same document from the
// same article parts without holding it.
import type { ArticleExtraction } from '../pipeline/extract-article';
import { toArticleRecord, type ArticleRecord } from '../pipeline/article-record';
import type { Resolution } from '../resolve/resolve-across';
import { articleGraph, compareRels, compareText, type EdgeEvidence } from './article-graph';
import { evidenceProperties, type EvidenceRecord } from './evidence';
import type { GraphDocument, GraphNode, GraphRelationship } from './graph-document';
import { actorNode } from './node-properties';

export { makeQuoteId } from './article-graph';

/** The edge that a run of evidence for one (type, start, end) becomes. */
export function evidenceEdge(edge: Omit<EdgeEvidence, 'record'>, records: readonly EvidenceRecord[]): GraphRelationship {
  return { type: edge.type, start: edge.start, end: edge.end, properties: evidenceProperties(records) };
}

/**
 * Actors that get no node: a country known only through a demonym ("the Belgian port of
 * Antwerp", "French-language") is no actor of the story unless a relation uses it.
 */
export function unnamedActorIds(resolution: Resolution, used: ReadonlySet<string>): Set<string> {
  return new Set(resolution.actors.map((a) => a.id).filter((id) => !used.has(id)));
}

export function buildGraphFromRecords(records: Iterable<ArticleRecord>, resolution: Resolution): GraphDocument {
  const nodes: GraphNode[] = resolution.actors.map(actorNode);
  const relationships: GraphRelationship[] = [];
  const edges = new Map<string, { edge: EdgeEvidence; records: EvidenceRecord[] }>();
  const used = new Set<string>();
  for (const rec of records) {
    const part = articleGraph(rec, resolution.actorIds[rec.article.id] ?? {});
    nodes.push(part.article, ...part.quotes);
    relationships.push(...part.mentions);
    for (const id of part.named) used.add(id);
    for (const e of part.evidence) {
      const key = `${e.type}|${e.start}|${e.end}`;
      const group = edges.get(key) ?? { edge: e, records: [] };
      group.records.push(e.record);
      edges.set(key, group);
    }
  }
  for (const { edge } of edges.values()) used.add(edge.start).add(edge.end);
  const dropped = unnamedActorIds(resolution, used);
  const kept = { nodes: nodes.filter((n) => !dropped.has(n.id)), relationships: relationships.filter((r) => !dropped.has(r.end)) };
  for (const { edge, records: list } of edges.values()) kept.relationships.push(evidenceEdge(edge, list));
  kept.nodes.sort((a, b) => compareText(a.id, b.id));
  kept.relationships.sort(compareRels);
  return kept;
}

export function buildGraph(extractions: readonly ArticleExtraction[], resolution: Resolution): GraphDocument {
  return buildGraphFromRecords(extractions.map(toArticleRecord), resolution);
}
