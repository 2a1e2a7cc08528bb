// Turns a GraphDocument into the parameter rows of the load statements (pure). Checks labels and
// types against the allow-lists, orders symmetric relations, merges duplicate edges, gives every
// evidence record its key, and marks integer properties as Neo4j integers (JS numbers would be
// stored as floats).
import neo4j from 'neo4j-driver';
import { NewsgraphError } from '../errors';
import type { GraphDocument, GraphNode, PropertyValue } from '../graph/graph-document';
import { RELATION_TYPES, SYMMETRIC_TYPES, type RelationType } from '../relations/relation';
import { ACTOR_LABELS, toRowProperties, type Row } from './row-values';
import { buildRelationRow, mergeRelationRows, relationRowParams, type RelationRow } from './relation-rows';

export interface LoadPlan {
  articles: Row[];
  entities: Row[];
  quotes: Row[];
  mentions: Row[];
  said: Row[];
  relations: { type: RelationType; rows: Row[] }[];
}

const strings = (v: PropertyValue | undefined): string[] => (Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : []);
const optString = (v: PropertyValue | undefined): string | null => (typeof v === 'string' && v !== '' ? v : null);
const unique = (xs: string[]): string[] => [...new Set(xs)];

function nodeKind(node: GraphNode): 'Article' | 'Quote' | (typeof ACTOR_LABELS)[number] {
  const actor = ACTOR_LABELS.filter((l) => node.labels.includes(l));
  if (node.labels.includes('Article') && actor.length === 0) return 'Article';
  if (node.labels.includes('Quote') && actor.length === 0) return 'Quote';
  if (actor.length === 1 && !node.labels.includes('Article') && !node.labels.includes('Quote')) return actor[0];
  throw new NewsgraphError('GRAPH_INVALID', `node "${node.id}" has labels [${node.labels.join(', ')}]: expected Article, Quote, or Entity plus exactly one of ${ACTOR_LABELS.join('/')}`,
    'This is a bug in the extraction; report it with the input that produced it.');
}

const ENTITY_KEYS = ['id', 'name', 'aliases', 'roles', 'mentions', 'firstSeen', 'lastSeen'];

function entityRow(node: GraphNode, label: string): Row {
  const p = node.properties;
  const name = optString(p.name) ?? node.id;
  return {
    id: node.id,
    label,
    name,
    aliases: unique(strings(p.aliases).filter((a) => a !== name)),
    roles: unique(strings(p.roles)),
    mentions: neo4j.int(typeof p.mentions === 'number' ? Math.trunc(p.mentions) : 0),
    firstSeen: optString(p.firstSeen),
    lastSeen: optString(p.lastSeen),
    extra: toRowProperties(p, ENTITY_KEYS),
  };
}

export function buildLoadPlan(graph: GraphDocument): LoadPlan {
  const kinds = new Map<string, string>();
  const plan: LoadPlan = { articles: [], entities: [], quotes: [], mentions: [], said: [], relations: [] };
  for (const node of graph.nodes) {
    if (kinds.has(node.id)) continue;
    const kind = nodeKind(node);
    kinds.set(node.id, kind);
    if (kind === 'Article') plan.articles.push({ id: node.id, properties: { ...toRowProperties(node.properties), id: node.id } });
    else if (kind === 'Quote') plan.quotes.push({ id: node.id, properties: { ...toRowProperties(node.properties), id: node.id } });
    else plan.entities.push(entityRow(node, kind));
  }
  const isEntity = (id: string): boolean => ['Person', 'Organization', 'Location'].includes(kinds.get(id) ?? '');
  const byType = new Map<RelationType, Map<string, RelationRow>>();
  for (const rel of graph.relationships) {
    const where = `${rel.type} ${rel.start} -> ${rel.end}`;
    const expect = (ok: boolean, what: string): void => {
      if (!ok) throw new NewsgraphError('GRAPH_INVALID', `relationship ${where}: ${what}`, 'This is a bug in the extraction; report it with the input that produced it.');
    };
    expect(kinds.has(rel.start) && kinds.has(rel.end), 'an end node is not in the graph');
    if (rel.type === 'MENTIONS') {
      expect(kinds.get(rel.start) === 'Article' && isEntity(rel.end), 'MENTIONS must go from an Article to an Entity');
      plan.mentions.push({ start: rel.start, end: rel.end, properties: toRowProperties(rel.properties) });
    } else if (rel.type === 'SAID') {
      expect(isEntity(rel.start) && kinds.get(rel.end) === 'Quote', 'SAID must go from an Entity to a Quote');
      plan.said.push({ start: rel.start, end: rel.end, properties: toRowProperties(rel.properties) });
    } else {
      expect((RELATION_TYPES as readonly string[]).includes(rel.type), 'type not in the allow-list');
      expect(isEntity(rel.start) && isEntity(rel.end), 'both ends must be entities');
      const type = rel.type as RelationType;
      const swap = SYMMETRIC_TYPES.has(type) && rel.start > rel.end;
      const row = buildRelationRow(swap ? rel.end : rel.start, swap ? rel.start : rel.end, rel.properties, where);
      const rows = byType.get(type) ?? new Map<string, RelationRow>();
      byType.set(type, rows);
      const key = `${row.start}\u0000${row.end}`;
      const seen = rows.get(key);
      rows.set(key, seen ? mergeRelationRows(seen, row) : row);
    }
  }
  for (const type of RELATION_TYPES) {
    const rows = byType.get(type);
    if (rows) plan.relations.push({ type, rows: [...rows.values()].map(relationRowParams) });
  }
  return plan;
}
