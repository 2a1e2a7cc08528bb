// Scores a graph against seed-format gold. Entities: a gold entity is found when a node of its
// type carries one of its forms (name or alias); a node that names no gold or optional entity is
// a false positive; two nodes for one gold entity is a split. Relations: a gold relation is found
// when an edge of its type joins its subject's and object's nodes (either way for symmetric
// types) in its article; an edge between two gold-entity nodes that matches no gold or acceptable
// relation counts against precision.
import type { GraphDocument, GraphNode, GraphRelationship } from '../graph/graph-document';
import { evalKey } from '../text/normalize-name';
import type { SeedEntity, SeedGold, SeedRelation } from './gold';
import { bump, prfTable, type Counts, type Prf } from './prf';

export interface RelationRow {
  p: number;
  r: number;
  f1: number;
  found: number;
  gold: number;
  matched: number;
  extra: number;
}
export interface SeedReport {
  kind: 'seed';
  entities: Record<string, Prf>;
  missing: string[];
  split: string[];
  falsePositives: string[];
  junk: string[];
  relations: Record<string, RelationRow>;
  levels: Record<string, { got: number; want: number; missing: string[] }>;
  unexpected: string[];
}

const ENTITY_TYPES = ['Person', 'Organization', 'Location'];
const SYMMETRIC = new Set(['MET_WITH', 'ALLY_OF']);
const typeOf = (n: GraphNode): string | undefined => ENTITY_TYPES.find((t) => n.labels.includes(t as GraphNode['labels'][number]));
const formsOf = (n: GraphNode): string[] =>
  [n.properties.name, ...((n.properties.aliases as string[] | undefined) ?? [])].map((f) => evalKey(String(f ?? ''))).filter(Boolean);
const round = (x: number): number => Math.round(x * 1000) / 1000;

function matchEntities(gold: SeedGold, nodes: readonly GraphNode[]) {
  const goldForms = new Map<string, SeedEntity>();
  for (const g of gold.entities) for (const f of [g.name, ...g.aliases]) goldForms.set(evalKey(f), g);
  const optional = new Set(gold.optional.map(evalKey));
  const junkForms = new Set(gold.notEntities.map(evalKey));
  const nodeGold = new Map<string, SeedEntity>();
  const nodesOf = new Map<string, Set<string>>();
  const table: Record<string, Counts> = {};
  const falsePositives: string[] = [];
  const junk: string[] = [];
  for (const n of nodes) {
    const type = typeOf(n);
    if (!type) continue;
    const forms = formsOf(n);
    const hit = forms.map((f) => goldForms.get(f)).find((g) => g && g.type === type);
    if (hit) {
      nodeGold.set(n.id, hit);
      nodesOf.set(hit.name, (nodesOf.get(hit.name) ?? new Set()).add(n.id));
    } else if (!forms.some((f) => optional.has(f) || goldForms.has(f))) {
      falsePositives.push(`${type}:${String(n.properties.name)}`);
      bump(table, type, 'fp');
    } else if (forms.some((f) => goldForms.has(f))) {
      falsePositives.push(`${type}:${String(n.properties.name)} (wrong type)`);
      bump(table, type, 'fp');
    }
    if (forms.some((f) => junkForms.has(f))) junk.push(String(n.properties.name));
  }
  for (const g of gold.entities) bump(table, g.type, nodesOf.has(g.name) ? 'tp' : 'fn');
  const missing = gold.entities.filter((g) => !nodesOf.has(g.name)).map((g) => g.name);
  const split = gold.entities.filter((g) => (nodesOf.get(g.name)?.size ?? 0) > 1).map((g) => g.name);
  return { nodeGold, entities: prfTable(table), missing, split, falsePositives, junk };
}

export function scoreSeed(gold: SeedGold, graph: GraphDocument): SeedReport {
  const ents = matchEntities(gold, graph.nodes);
  const { nodeGold } = ents;
  const source = new Map(graph.nodes.filter((n) => n.labels.includes('Article')).map((n) => [n.id, String(n.properties.source ?? '')]));
  const matches = (r: GraphRelationship, g: SeedRelation): boolean => {
    const s = nodeGold.get(r.start)?.name;
    const o = nodeGold.get(r.end)?.name;
    return r.type === g.type && ((s === g.subject && o === g.object) || (SYMMETRIC.has(g.type) && s === g.object && o === g.subject));
  };
  const inArticle = (r: GraphRelationship, key?: string): boolean => {
    const file = key === undefined ? undefined : gold.articles[key];
    return file !== undefined && ((r.properties.articles as string[] | undefined) ?? []).some((a) => (source.get(a) ?? a).endsWith(file));
  };
  const rels = graph.relationships;
  const found = (g: SeedRelation): boolean => rels.some((r) => matches(r, g) && inArticle(r, g.in));
  const acceptable = [...gold.relations, ...gold.acceptable];
  const extra = rels.filter((r) => nodeGold.has(r.start) && nodeGold.has(r.end) && !acceptable.some((g) => matches(r, g)));
  const matched = rels.filter((r) => gold.relations.some((g) => matches(r, g)));
  const row = (goldRels: SeedRelation[], m: GraphRelationship[], x: GraphRelationship[]): RelationRow => {
    const f = goldRels.filter(found).length;
    const p = m.length / Math.max(1, m.length + x.length);
    const r = f / Math.max(1, goldRels.length);
    return { p: round(p), r: round(r), f1: round(p + r ? (2 * p * r) / (p + r) : 0), found: f, gold: goldRels.length, matched: m.length, extra: x.length };
  };
  const relations: Record<string, RelationRow> = { all: row(gold.relations, matched, extra) };
  for (const type of [...new Set([...gold.relations.map((g) => g.type), ...extra.map((r) => r.type)])].sort()) {
    relations[type] = row(gold.relations.filter((g) => g.type === type), matched.filter((r) => r.type === type), extra.filter((r) => r.type === type));
  }
  const levels: SeedReport['levels'] = {};
  for (const level of [...new Set(gold.relations.map((g) => g.level ?? 'core'))].sort()) {
    const want = gold.relations.filter((g) => (g.level ?? 'core') === level);
    const missing = want.filter((g) => !found(g)).map((g) => `${g.in ?? '?'}: ${g.subject} -${g.type}-> ${g.object}`);
    levels[level] = { got: want.length - missing.length, want: want.length, missing };
  }
  const name = (id: string): string => nodeGold.get(id)?.name ?? id;
  const unexpected = extra.map((r) => `${name(r.start)} -${r.type}-> ${name(r.end)}`);
  const { entities, missing, split, falsePositives, junk } = ents;
  return { kind: 'seed', entities, missing, split, falsePositives, junk, relations, levels, unexpected };
}
