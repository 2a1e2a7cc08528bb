// Graph stage: turns per-article extractions and the cross-article resolution into the graph
// document. Deterministic: nodes sorted by id, relationships by type/start/end, lists sorted.
import { standsForUnnamedPerson } from './unnamed-person';
import { createHash } from 'node:crypto';
import type { ArticleExtraction } from '../pipeline/extract-article';
import { SYMMETRIC_TYPES } from '../relations/relation';
import type { Resolution } from '../resolve/resolve-across';
import { evidenceProperties, type EvidenceRecord } from './evidence';
import type { GraphDocument, GraphNode, GraphRelationship, GraphRelationshipType, Properties } from './graph-document';
import { actorNode, articleNode } from './node-properties';

// Code-unit order, not localeCompare: the order (and so the bytes) must not depend on the
// machine's locale (LANG), which picks ICU's collation.
const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const compareRels = (a: GraphRelationship, b: GraphRelationship): number =>
  compareText(a.type, b.type) || compareText(a.start, b.start) || compareText(a.end, b.end);

export const makeQuoteId = (articleId: string, start: number): string =>
  `quote-${createHash('sha256').update(`${articleId}:${start}`).digest('hex').slice(0, 16)}`;

function mentionRelationships(ex: ArticleExtraction, ids: Record<string, string>): GraphRelationship[] {
  const starts = new Map(ex.mentions.map((m) => [m.id, m.start]));
  return ex.actors.map((actor) => ({
    type: 'MENTIONS' as const,
    start: ex.article.id,
    end: ids[actor.key],
    properties: {
      count: actor.mentionIds.length,
      forms: [...actor.forms],
      starts: actor.mentionIds.map((id) => starts.get(id) ?? -1).sort((a, b) => a - b),
    },
  }));
}

/** Actors named at least once (not only through a demonym such as "Belgian"). */
function namedActorIds(extractions: readonly ArticleExtraction[], resolution: Resolution): Set<string> {
  const ids = new Set<string>();
  for (const ex of extractions) {
    const idOf = resolution.actorIds[ex.article.id] ?? {};
    for (const m of ex.mentions) if (!m.linkOnly && ex.actorOf[m.id]) ids.add(idOf[ex.actorOf[m.id]]);
  }
  return ids;
}

export function buildGraph(extractions: readonly ArticleExtraction[], resolution: Resolution): GraphDocument {
  const nodes: GraphNode[] = resolution.actors.map(actorNode);
  const relationships: GraphRelationship[] = [];
  const edges = new Map<string, { type: GraphRelationshipType; start: string; end: string; records: EvidenceRecord[] }>();
  const addEvidence = (type: GraphRelationshipType, from: string, to: string, record: EvidenceRecord): void => {
    const [start, end] = SYMMETRIC_TYPES.has(type) && to < from ? [to, from] : [from, to];
    const key = `${type}|${start}|${end}`;
    const edge = edges.get(key) ?? { type, start, end, records: [] };
    edge.records.push(record);
    edges.set(key, edge);
  };
  for (const ex of extractions) {
    const ids = resolution.actorIds[ex.article.id] ?? {};
    nodes.push(articleNode(ex.article));
    relationships.push(...mentionRelationships(ex, ids));
    for (const rel of ex.relations) {
      const from = ids[rel.subject];
      const to = ids[rel.object];
      if (!from || !to || from === to || standsForUnnamedPerson(ex, rel, rel.subject) || standsForUnnamedPerson(ex, rel, rel.object)) continue;
      const { evidence: sentence, start, end, rule, confidence, role, date, place } = rel;
      addEvidence(rel.type, from, to, { article: ex.article.id, sentence, start, end, rule, confidence, role, date, place });
    }
    for (const quote of ex.quotes) {
      const speaker = ids[quote.speaker];
      if (!speaker) continue;
      const id = makeQuoteId(ex.article.id, quote.start);
      const props: Properties = { text: quote.text, article: ex.article.id, start: quote.start, end: quote.end };
      nodes.push({ id, labels: ['Quote'], properties: props });
      addEvidence('SAID', speaker, id, { article: ex.article.id, sentence: quote.text, start: quote.start, end: quote.end, rule: quote.rule, confidence: quote.confidence });
    }
  }
  // A country known only through a demonym ("the Belgian port of Antwerp", "French-language") is
  // no actor of the story: it gets a node only when a relation uses it.
  const named = namedActorIds(extractions, resolution);
  for (const edge of edges.values()) named.add(edge.start).add(edge.end);
  const dropped = new Set(resolution.actors.map((a) => a.id).filter((id) => !named.has(id)));
  const kept = { nodes: nodes.filter((n) => !dropped.has(n.id)), relationships: relationships.filter((r) => !dropped.has(r.end)) };
  for (const edge of edges.values()) {
    kept.relationships.push({ type: edge.type, start: edge.start, end: edge.end, properties: evidenceProperties(edge.records) });
  }
  kept.nodes.sort((a, b) => compareText(a.id, b.id));
  kept.relationships.sort(compareRels);
  return kept;
}
