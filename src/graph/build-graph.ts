// Graph stage: assembles the graph document — exactly what kg load stores — from article records
// and the resolution of their names. Deterministic: nodes sorted by id, relationships by
// type/start/end, lists sorted. An actor gets a node when an article names it (not only through a
// demonym such as "Belgian") or a relation or quote uses it.
import { createHash } from 'node:crypto';
import { SYMMETRIC_TYPES } from '../relations/relation';
import { NO_ALIASES, type Aliases } from '../resolve/aliases';
import { addUses, sortedRecords, type NameRecord } from '../resolve/name-record';
import { resolveNames } from '../resolve/resolve-names';
import type { ArticleExtraction } from '../pipeline/extract-article';
import { recordArticle, type ArticleRecord, type ExtractionStamp, type StatedRelation } from './article-record';
import { edgeProperties } from './evidence';
import type { GraphDocument, GraphNode, GraphRelationship, GraphRelationshipType } from './graph-document';
import { actorNode, articleNode, evidenceNode, nameNode } from './node-properties';

// Code-unit order, not localeCompare: the order (and so the bytes) must not depend on the
// machine's locale (LANG), which picks ICU's collation.
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const groupOf = (r: GraphRelationship): string => String(r.properties.group ?? '');
export const compareRels = (a: GraphRelationship, b: GraphRelationship): number =>
  compareText(a.type, b.type) || compareText(a.start, b.start) || compareText(a.end, b.end) || compareText(groupOf(a), groupOf(b));

export const makeQuoteId = (articleId: string, start: number): string =>
  `quote-${createHash('sha256').update(`${articleId}:${start}`).digest('hex').slice(0, 16)}`;

/** The name index of a set of article records, sorted by key. */
export function foldRecords(records: readonly ArticleRecord[]): NameRecord[] {
  const index = new Map<string, NameRecord>();
  for (const r of records) addUses(index, r.uses, r.article.date);
  return sortedRecords(index);
}

/** The actors an evidence record joins, in edge order (symmetric types: smaller id first). */
export function evidenceEnds(r: StatedRelation, idOf: (group: string) => string): [string, string] {
  const [from, to] = [idOf(r.subject), idOf(r.object)];
  return SYMMETRIC_TYPES.has(r.type) && to < from ? [to, from] : [from, to];
}

/** One article's nodes (Article, Evidence, Quote) and MENTIONS/SAID relationships, its evidence with the actors it joins, and the actors it makes present. */
export interface ArticleGraph {
  nodes: GraphNode[];
  relationships: GraphRelationship[];
  evidence: Array<{ record: StatedRelation; from: string; to: string }>;
  present: string[];
}

export function articleGraph(r: ArticleRecord, idOf: (group: string) => string): ArticleGraph {
  const id = r.article.id;
  const out: ArticleGraph = { nodes: [articleNode(r.article, r.stamp, r.uses)], relationships: [], evidence: [], present: [] };
  for (const m of r.mentions) {
    out.present.push(idOf(m.group));
    out.relationships.push({ type: 'MENTIONS', start: id, end: idOf(m.group), properties: { count: m.count, forms: [...m.forms], starts: [...m.starts], group: m.group } });
  }
  for (const rel of r.relations) {
    const [from, to] = evidenceEnds(rel, idOf);
    out.nodes.push(evidenceNode(rel, from, to));
    out.evidence.push({ record: rel, from, to });
  }
  for (const q of r.quotes) {
    const quote = makeQuoteId(id, q.start);
    out.present.push(idOf(q.speaker));
    out.nodes.push({ id: quote, labels: ['Quote'], properties: { text: q.text, article: id, start: q.start, end: q.end } });
    out.relationships.push({ type: 'SAID', start: idOf(q.speaker), end: quote, properties: { articles: [id], count: 1, confidence: Math.round(q.confidence * 1000) / 1000, rule: q.rule, group: q.speaker } });
  }
  return out;
}

/** The typed relationships between actors, one per (type, from, to) with evidence and from ≠ to. */
export function edgesOf(evidence: ReadonlyArray<{ record: StatedRelation; from: string; to: string }>): GraphRelationship[] {
  const edges = new Map<string, { type: GraphRelationshipType; start: string; end: string; records: StatedRelation[] }>();
  for (const { record, from, to } of evidence) {
    if (from === to) continue;
    const key = `${record.type}|${from}|${to}`;
    const edge = edges.get(key) ?? { type: record.type, start: from, end: to, records: [] };
    edge.records.push(record);
    edges.set(key, edge);
  }
  return [...edges.values()].map((e) => makeEdge(e.type, e.start, e.end, e.records));
}

/** The typed relationship between two actors, its aggregates computed from all its evidence. */
export const makeEdge = (type: GraphRelationshipType, start: string, end: string, records: readonly StatedRelation[]): GraphRelationship =>
  ({ type, start, end, properties: edgeProperties(records) });

/** The graph of a set of article records (any order). */
export function buildGraph(input: readonly ArticleRecord[], aliases: Aliases = NO_ALIASES): GraphDocument {
  const records = [...input].sort((a, b) => compareText(a.article.id, b.article.id));
  const names = foldRecords(records);
  const resolution = resolveNames(names, aliases);
  const idOf = (group: string): string => resolution.actorOf.get(group) as string;
  const nodes: GraphNode[] = names.map((n) => nameNode(n, idOf(n.key), aliases));
  const relationships: GraphRelationship[] = [];
  const present = new Set<string>();
  const evidence: ArticleGraph['evidence'] = [];
  for (const r of records) {
    const part = articleGraph(r, idOf);
    nodes.push(...part.nodes);
    relationships.push(...part.relationships);
    evidence.push(...part.evidence);
    for (const id of part.present) present.add(id);
  }
  for (const edge of edgesOf(evidence)) {
    present.add(edge.start).add(edge.end);
    relationships.push(edge);
  }
  // One push per actor: a spread of a corpus-sized list overflows the call stack (20 MB of text).
  for (const a of resolution.actors) if (present.has(a.id)) nodes.push(actorNode(a));
  nodes.sort((a, b) => compareText(a.id, b.id));
  relationships.sort(compareRels);
  return { nodes, relationships };
}

/** The graph of a set of extractions. */
export function graphOf(extractions: readonly ArticleExtraction[], aliases: Aliases = NO_ALIASES, stamp?: ExtractionStamp): GraphDocument {
  return buildGraph(extractions.map((ex) => recordArticle(ex, aliases, stamp)), aliases);
}
