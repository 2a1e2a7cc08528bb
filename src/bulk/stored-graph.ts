// What `kg load` leaves in an empty database for one graph: the rows of buildLoadPlan with the
// statements of cypher/load/ applied to an empty graph, in their order. The CSV export writes
// exactly this, so an imported graph equals a loaded one; when a load statement changes, this
// must change with it (test/integration/csv-import-roundtrip.test.ts compares full dumps). Pure.
import neo4j from 'neo4j-driver';
import { NewsgraphError } from '../errors';
import type { GraphDocument } from '../graph/graph-document';
import { buildLoadPlan } from '../load/load-rows';
import type { Row, RowValue } from '../load/row-values';

export interface StoredNode {
  id: string;
  labels: string[];
  properties: Row;
}

export interface StoredRelationship {
  type: string;
  start: string;
  end: string;
  properties: Row;
}

export interface StoredGraph {
  nodes: StoredNode[];
  relationships: StoredRelationship[];
}

const text = (v: RowValue | undefined): string => String(v);
const present = (row: Row): Row => Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null && v !== undefined));

/** cypher/load/entity-mentions.cypher: the sum of the incoming MENTIONS counts (an integer unless one is a float). */
function sumCounts(counts: RowValue[], where: string): RowValue {
  let sum = 0;
  let float = false;
  for (const c of counts) {
    if (c === null || c === undefined) continue;
    if (neo4j.isInt(c)) sum += c.toNumber();
    else if (typeof c === 'number') [sum, float] = [sum + c, true];
    else throw new NewsgraphError('GRAPH_INVALID', `MENTIONS of ${where}: count ${JSON.stringify(c)} is not a number`, 'This is a bug in the extraction; report it with the input that produced it.');
  }
  return float ? sum : neo4j.int(sum);
}

/** cypher/load/relationship.cypher on an empty graph: every evidence record is new. */
function relationProperties(row: Row): Row {
  const keys = row.evidenceKeys as RowValue[];
  return present({
    ...(row.extra as Row),
    articles: row.articles,
    evidence: row.evidence,
    evidenceArticles: row.evidenceArticles,
    evidenceStarts: row.evidenceStarts,
    evidenceEnds: row.evidenceEnds,
    evidenceRules: row.evidenceRules,
    evidenceKeys: keys,
    count: keys.length > 0 ? neo4j.int(keys.length) : (row.count ?? neo4j.int(0)),
    confidence: row.confidence,
    rule: row.rule,
    role: row.role,
    date: row.date,
    place: row.place,
  });
}

export function toStoredGraph(graph: GraphDocument): StoredGraph {
  const plan = buildLoadPlan(graph);
  const nodes: StoredNode[] = plan.articles.map((r) => ({ id: text(r.id), labels: ['Article'], properties: r.properties as Row }));
  const mentions = new Map<string, StoredRelationship>();
  for (const r of plan.mentions) mentions.set(`${text(r.start)}\u0000${text(r.end)}`, { type: 'MENTIONS', start: text(r.start), end: text(r.end), properties: r.properties as Row });
  const counts = new Map<string, RowValue[]>();
  for (const m of mentions.values()) counts.set(m.end, [...(counts.get(m.end) ?? []), m.properties.count]);
  for (const e of plan.entities) {
    const id = text(e.id);
    const incoming = counts.get(id);
    nodes.push({
      id,
      labels: ['Entity', text(e.label)],
      properties: present({
        ...(e.extra as Row),
        id,
        name: e.name,
        aliases: [...new Set(e.aliases as string[])],
        roles: [...new Set(e.roles as string[])],
        mentions: incoming ? sumCounts(incoming, id) : e.mentions,
        firstSeen: e.firstSeen,
        lastSeen: e.lastSeen,
      }),
    });
  }
  for (const q of plan.quotes) nodes.push({ id: text(q.id), labels: ['Quote'], properties: q.properties as Row });
  const relationships = [...mentions.values()];
  for (const { type, rows } of plan.relations) {
    for (const r of rows) relationships.push({ type, start: text(r.start), end: text(r.end), properties: relationProperties(r) });
  }
  const said = new Map<string, StoredRelationship>();
  for (const r of plan.said) said.set(`${text(r.start)}\u0000${text(r.end)}`, { type: 'SAID', start: text(r.start), end: text(r.end), properties: r.properties as Row });
  return { nodes, relationships: [...relationships, ...said.values()] };
}
