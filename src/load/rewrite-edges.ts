// Recomputes the relationships between actor pairs whose evidence changed, from all their
// evidence records (src/graph/evidence.ts edgeProperties, the same function kg extract uses): a
// pair with evidence gets its edge (properties replaced), a pair left without loses it.
import { edgeProperties, type EvidenceRecord } from '../graph/evidence';
import { RELATION_TYPES } from '../relations/relation';
import type { Plain } from '../query/plain-value';
import { toRowProperties } from './row-values';
import type { TxCypher } from './tx-cypher';

export interface Pair {
  type: string;
  from: string;
  to: string;
}

const opt = (v: Plain | undefined): string | undefined => (typeof v === 'string' ? v : undefined);

function evidenceRecord(row: Record<string, Plain>): EvidenceRecord {
  return {
    article: String(row.article), sentence: '', start: Number(row.start), end: Number(row.end), rule: String(row.rule),
    confidence: Number(row.confidence), role: opt(row.role), date: opt(row.date), place: opt(row.place),
  };
}

/** Returns the actor ids of the pairs (candidates for removal when left without facts). */
export async function rewriteEdges(cypher: TxCypher, pairs: readonly Pair[]): Promise<string[]> {
  const unique = new Map<string, Pair>();
  for (const p of pairs) if (p.from !== p.to) unique.set(`${p.type}|${p.from}|${p.to}`, p);
  if (unique.size === 0) return [];
  const found = new Map<string, EvidenceRecord[]>();
  for (const row of await cypher.read('load/read-edge-evidence.cypher', { pairs: [...unique.values()] })) {
    const key = `${String(row.type)}|${String(row.from)}|${String(row.to)}`;
    const list = found.get(key);
    if (list) list.push(evidenceRecord(row));
    else found.set(key, [evidenceRecord(row)]);
  }
  for (const type of RELATION_TYPES) {
    const of = [...unique.entries()].filter(([, p]) => p.type === type);
    const write = of.filter(([k]) => found.has(k)).map(([k, p]) => ({ start: p.from, end: p.to, properties: toRowProperties(edgeProperties(found.get(k) ?? [])) }));
    const drop = of.filter(([k]) => !found.has(k)).map(([, p]) => ({ start: p.from, end: p.to }));
    if (write.length > 0) await cypher.write('load/relationship.cypher', write, type);
    if (drop.length > 0) await cypher.write('load/delete-relationship.cypher', drop, type);
  }
  return [...unique.values()].flatMap((p) => [p.from, p.to]);
}
