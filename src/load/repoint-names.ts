// Names whose actor changed in a re-resolution take their facts along: MENTIONS and SAID move to
// the new actor, evidence records get the actors they now join (both ends read from the :Name
// records just written: the other end may lie outside the re-resolved part). Returns the actor
// pairs whose edges must be recomputed (before and after).
import { evidenceEnds } from '../graph/build-graph';
import type { StatedRelation } from '../graph/article-record';
import type { RelationType } from '../relations/relation';
import type { Component } from './gather-names';
import type { Pair } from './rewrite-edges';
import type { TxCypher } from './tx-cypher';

export async function repointNames(cypher: TxCypher, component: Component): Promise<Pair[]> {
  const idOf = (group: string): string => component.resolution.actorOf.get(group) as string;
  const moved = [...component.stored.values()]
    .filter((s) => component.records.has(s.record.key) && s.entity !== idOf(s.record.key))
    .map((s) => ({ group: s.record.key, entity: idOf(s.record.key) }));
  if (moved.length === 0) return [];
  await cypher.write('load/repoint-mentions.cypher', moved);
  await cypher.write('load/repoint-said.cypher', moved);
  const evidence = await cypher.read('load/read-evidence-of-names.cypher', { groups: moved.map((m) => m.group) });
  const pairs: Pair[] = [];
  const rows: Array<{ id: string; from: string; to: string }> = [];
  for (const v of evidence) {
    const type = String(v.type) as RelationType;
    const ends = { type, subject: String(v.subjectEntity), object: String(v.objectEntity) } as StatedRelation;
    const [from, to] = evidenceEnds(ends, (entity) => entity);
    if (from === v.from && to === v.to) continue;
    pairs.push({ type, from: String(v.from), to: String(v.to) }, { type, from, to });
    rows.push({ id: String(v.id), from, to });
  }
  await cypher.write('load/set-evidence-ends.cypher', rows);
  return pairs;
}
