// The graph document reshaped for the standalone viewer: one small record per node and edge with
// what the page draws, searches and shows in its details panel. Pure and deterministic: the order
// follows the (already sorted) document, edge ids are positions in it.
import type { GraphDocument, GraphNode, GraphRelationship } from '../graph-document';
import { SYMMETRIC_TYPES } from '../../relations/relation';
import { VIEWER_NODE_TYPES, type ViewerNodeType } from './node-style';
import { dedupeEvidence, type EvidenceRecord } from '../evidence';
import { numberProp, stringListProp, stringProp } from './property-values';

export interface ViewerNode {
  id: string;
  type: ViewerNodeType;
  label: string;
  /** Name and aliases (title and source for articles): what the search box matches. */
  terms: string[];
  aliases: string[];
  roles: string[];
  /** Further facts for the details panel, in display order. */
  facts: Array<[string, string]>;
}

export interface ViewerEvidence {
  sentence: string;
  /** The article's source (file path or record id) and title, when known. */
  source: string;
  title: string;
  rule: string;
  start: number;
  end: number;
}

export interface ViewerEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  symmetric: boolean;
  facts: Array<[string, string]>;
  evidence: ViewerEvidence[];
}

export interface ViewerData {
  nodes: ViewerNode[];
  edges: ViewerEdge[];
}

export function nodeTypeOf(node: GraphNode): ViewerNodeType {
  return VIEWER_NODE_TYPES.find((t) => node.labels.includes(t)) ?? 'Location';
}

const present = (pairs: Array<[string, string | undefined]>): Array<[string, string]> =>
  pairs.filter((p): p is [string, string] => p[1] !== undefined && p[1] !== '');

/** An untitled article is drawn with its file name (or record id), not a long path. */
export function labelSource(source: string): string {
  return source.split(/[\\/]/).filter((part) => part !== '').pop() ?? source;
}

function toViewerNode(node: GraphNode): ViewerNode {
  const type = nodeTypeOf(node);
  const p = node.properties;
  if (type === 'Article') {
    const title = stringProp(p, 'title');
    const source = stringProp(p, 'source') ?? node.id;
    const facts = present([['Title', title], ['Source', source], ['Date', stringProp(p, 'date')], ['URL', stringProp(p, 'url')], ['Outlet', stringProp(p, 'outlet')], ['Characters', stringProp(p, 'chars')]]);
    return { id: node.id, type, label: title ?? labelSource(source), terms: present([['t', title], ['s', source]]).map((f) => f[1]), aliases: [], roles: [], facts };
  }
  if (type === 'Quote') {
    const text = stringProp(p, 'text') ?? '';
    const label = text.length > 60 ? `${text.slice(0, 57)}...` : text;
    return { id: node.id, type, label, terms: [text], aliases: [], roles: [], facts: present([['Text', text], ['Article', stringProp(p, 'article')]]) };
  }
  const name = stringProp(p, 'name') ?? node.id;
  const aliases = stringListProp(p, 'aliases');
  const facts = present([['Mentions', stringProp(p, 'mentions')], ['First seen', stringProp(p, 'firstSeen')], ['Last seen', stringProp(p, 'lastSeen')], ['Id', node.id]]);
  return { id: node.id, type, label: name, terms: [name, ...aliases], aliases, roles: stringListProp(p, 'roles'), facts };
}

interface ArticleRef {
  source: string;
  title: string;
}

/** The :Evidence records of each edge ("TYPE|from|to"), one per key as the edge counts them, in article order. */
function evidenceByEdge(graph: GraphDocument): Map<string, EvidenceRecord[]> {
  const byEdge = new Map<string, EvidenceRecord[]>();
  for (const node of graph.nodes) {
    if (!node.labels.includes('Evidence')) continue;
    const p = node.properties;
    const record: EvidenceRecord = { article: stringProp(p, 'article') ?? '', sentence: stringProp(p, 'sentence') ?? '', start: numberProp(p, 'start') ?? -1, end: numberProp(p, 'end') ?? -1, rule: stringProp(p, 'rule') ?? '', confidence: numberProp(p, 'confidence') ?? 0 };
    const key = `${stringProp(p, 'type')}|${stringProp(p, 'from')}|${stringProp(p, 'to')}`;
    const list = byEdge.get(key);
    if (list) list.push(record);
    else byEdge.set(key, [record]);
  }
  for (const [key, list] of byEdge) byEdge.set(key, dedupeEvidence(list));
  return byEdge;
}

function toViewerEdge(rel: GraphRelationship, index: number, articleRefs: ReadonlyMap<string, ArticleRef>, records: readonly EvidenceRecord[]): ViewerEdge {
  const p = rel.properties;
  const evidence = records.map((r) => ({
    sentence: r.sentence,
    ...(articleRefs.get(r.article) ?? { source: r.article, title: '' }),
    rule: r.rule,
    start: r.start,
    end: r.end,
  }));
  const confidence = numberProp(p, 'confidence');
  const facts = present([
    ['Role', stringProp(p, 'role')],
    ['Date', stringProp(p, 'date')],
    ['Place', stringProp(p, 'place')],
    ['Forms', rel.type === 'MENTIONS' ? stringListProp(p, 'forms').join(', ') : undefined],
    ['Count', stringProp(p, 'count')],
    ['Articles', stringProp(p, 'articleCount')],
    ['Confidence', confidence === undefined ? undefined : String(confidence)],
    ['Rule', stringProp(p, 'rule')],
  ]);
  return { id: `e${index}`, type: rel.type, source: rel.start, target: rel.end, symmetric: SYMMETRIC_TYPES.has(rel.type), facts, evidence };
}

/** Nodes the viewer draws: actors, articles and quotes (not the name index or evidence records). */
const DRAWN = new Set(['Entity', 'Article', 'Quote']);

export function toViewerData(graph: GraphDocument): ViewerData {
  const nodes = graph.nodes.filter((n) => n.labels.some((l) => DRAWN.has(l))).map(toViewerNode);
  const ids = new Set(nodes.map((n) => n.id));
  const articleRefs = new Map<string, ArticleRef>();
  for (const node of graph.nodes) {
    if (nodeTypeOf(node) !== 'Article') continue;
    articleRefs.set(node.id, { source: stringProp(node.properties, 'source') ?? node.id, title: stringProp(node.properties, 'title') ?? '' });
  }
  const evidence = evidenceByEdge(graph);
  const edges = graph.relationships
    .map((rel, i) => toViewerEdge(rel, i, articleRefs, evidence.get(`${rel.type}|${rel.start}|${rel.end}`) ?? []))
    .filter((e) => ids.has(e.source) && ids.has(e.target));
  return { nodes, edges };
}
