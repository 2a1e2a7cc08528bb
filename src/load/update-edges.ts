// Brings the relationships between actors up to date with the evidence a batch changed
// (graph/edge-update.ts): reads the stored aggregates of the touched edges, applies each
// article's change, reads back through indexes (LIMIT) only the values whose record may have
// left, and writes the edges; a pair left without evidence loses its edge. No edge's evidence is
// read whole, except once for an edge stored before the counters existed (no `articleCount`).
import neo4j from 'neo4j-driver';
import { updateEdge, type ArticleShare, type Rederive } from '../graph/edge-update';
import { ARTICLE_SAMPLE, DETAIL_FIELDS, edgeProperties, type EvidenceRecord } from '../graph/evidence';
import type { Properties } from '../graph/graph-document';
import { RELATION_TYPES } from '../relations/relation';
import { evidenceRecord, pairKey, pairOf, type EvidenceChange, type Pair } from './evidence-rows';
import { toRowProperties } from './row-values';
import type { TxCypher } from './tx-cypher';

interface Touched {
  pair: Pair;
  shares: Map<string, { article: string; before: EvidenceRecord[]; after: EvidenceRecord[] }>;
}

function groupChanges(changes: readonly EvidenceChange[]): Map<string, Touched> {
  const edges = new Map<string, Touched>();
  for (const c of changes) {
    if (c.from === c.to) continue; // both ends one actor: never an edge
    const key = pairKey(c);
    const edge = edges.get(key) ?? { pair: { type: c.type, from: c.from, to: c.to }, shares: new Map() };
    const share = edge.shares.get(c.article) ?? { article: c.article, before: [], after: [] };
    share.before.push(...c.before);
    share.after.push(...c.after);
    edge.shares.set(c.article, share);
    edges.set(key, edge);
  }
  return edges;
}

const STATEMENTS: Record<Rederive, string> = {
  articles: 'load/derive-edge-articles.cypher', top: 'load/derive-edge-top.cypher', role: 'load/derive-edge-detail.cypher',
  date: 'load/derive-edge-detail.cypher', place: 'load/derive-edge-detail.cypher',
};

/** Reads back the values `wanted` lists for each edge (by pair key) into its props. */
async function rederive(cypher: TxCypher, edges: ReadonlyMap<string, Touched>, props: Map<string, Properties>, wanted: Map<string, Rederive[]>): Promise<void> {
  for (const kind of ['articles', 'top', ...DETAIL_FIELDS] as const) {
    const pairs = [...wanted].filter(([, kinds]) => kinds.includes(kind)).map(([key]) => (edges.get(key) as Touched).pair);
    if (pairs.length === 0) continue;
    const key = kind === 'articles' || kind === 'top' ? undefined : { name: kind, allowed: DETAIL_FIELDS };
    for (const row of await cypher.read(STATEMENTS[kind], { pairs, limit: neo4j.int(ARTICLE_SAMPLE) }, key)) {
      const p = props.get(pairKey(pairOf(row))) as Properties;
      if (kind === 'articles') p.articles = (row.articles as string[]).map(String);
      else if (kind === 'top') [p.confidence, p.rule] = [Number(row.confidence), String(row.rule)];
      else p[kind] = String(row.value);
    }
  }
}

/** Recomputes edges stored before the counters from all their records. */
async function recomputeWhole(cypher: TxCypher, pairs: readonly Pair[], props: Map<string, Properties>): Promise<void> {
  if (pairs.length === 0) return;
  const records = new Map<string, EvidenceRecord[]>();
  for (const row of await cypher.read('load/read-edge-evidence.cypher', { pairs })) {
    const key = pairKey(pairOf(row));
    records.set(key, [...(records.get(key) ?? []), evidenceRecord(row)]);
  }
  for (const [key, list] of records) props.set(key, edgeProperties(list));
}

/** Returns the actor ids of the touched edges (candidates for removal when left without facts). */
export async function updateEdges(cypher: TxCypher, changes: readonly EvidenceChange[]): Promise<string[]> {
  const edges = groupChanges(changes);
  if (edges.size === 0) return [];
  const stored = new Map<string, Properties>();
  for (const row of await cypher.read('load/read-edges.cypher', { pairs: [...edges.values()].map((e) => e.pair) })) stored.set(pairKey(pairOf(row)), row.props as Properties);
  const props = new Map<string, Properties>();
  const wanted = new Map<string, Rederive[]>();
  const whole: Pair[] = [];
  for (const [key, edge] of edges) {
    const update = updateEdge(stored.get(key), [...edge.shares.values()] as ArticleShare[]);
    if (update.full) whole.push(edge.pair);
    if (update.props) props.set(key, update.props);
    if (update.rederive.length > 0) wanted.set(key, update.rederive);
  }
  await recomputeWhole(cypher, whole, props);
  await rederive(cypher, edges, props, wanted);
  for (const type of RELATION_TYPES) {
    const of = [...edges.entries()].filter(([, e]) => e.pair.type === type);
    const write = of.filter(([k]) => props.has(k)).map(([k, e]) => ({ start: e.pair.from, end: e.pair.to, properties: toRowProperties(props.get(k) as Properties) }));
    const drop = of.filter(([k]) => !props.has(k)).map(([, e]) => ({ start: e.pair.from, end: e.pair.to }));
    if (write.length > 0) await cypher.write('load/relationship.cypher', write, type);
    if (drop.length > 0) await cypher.write('load/delete-relationship.cypher', drop, type);
  }
  return [...edges.values()].flatMap((e) => [e.pair.from, e.pair.to]);
}
