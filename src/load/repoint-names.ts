// Names whose actor changed in a re-resolution take their facts along: MENTIONS and SAID move to
// the new actor, evidence records get the actors they now join (both ends read from the :Name
// records just written: the other end may lie outside the re-resolved part). Returns, for every
// article and edge the move touches (old and new ends), its records before and after the move.
import { evidenceEnds } from '../graph/build-graph';
import type { StatedRelation } from '../graph/article-record';
import type { EvidenceRecord } from '../graph/evidence';
import type { RelationType } from '../relations/relation';
import { evidenceRecord, pairKey, pairOf, type EvidenceChange, type Pair } from './evidence-rows';
import type { Component } from './gather-names';
import type { TxCypher } from './tx-cypher';

type Slot = Pair & { article: string };

async function readSlots(cypher: TxCypher, slots: ReadonlyMap<string, Slot>): Promise<Map<string, EvidenceRecord[]>> {
  const found = new Map<string, EvidenceRecord[]>();
  for (const row of await cypher.read('load/read-pair-evidence.cypher', { rows: [...slots.values()] })) {
    const key = `${pairKey(pairOf(row))}|${String(row.article)}`;
    found.set(key, [...(found.get(key) ?? []), evidenceRecord(row)]);
  }
  return found;
}

export async function repointNames(cypher: TxCypher, component: Component): Promise<EvidenceChange[]> {
  const idOf = (group: string): string => component.resolution.actorOf.get(group) as string;
  const moved = [...component.stored.values()]
    .filter((s) => component.resolution.actorOf.has(s.key) && s.entity !== idOf(s.key))
    .map((s) => ({ group: s.key, entity: idOf(s.key) }));
  if (moved.length === 0) return [];
  await cypher.write('load/repoint-mentions.cypher', moved);
  await cypher.write('load/repoint-said.cypher', moved);
  const evidence = await cypher.read('load/read-evidence-of-names.cypher', { groups: moved.map((m) => m.group) });
  const slots = new Map<string, Slot>();
  const rows: Array<{ id: string; from: string; to: string }> = [];
  for (const v of evidence) {
    const type = String(v.type) as RelationType;
    const ends = { type, subject: String(v.subjectEntity), object: String(v.objectEntity) } as StatedRelation;
    const [from, to] = evidenceEnds(ends, (entity) => entity);
    if (from === v.from && to === v.to) continue;
    for (const slot of [{ type, from: String(v.from), to: String(v.to), article: String(v.article) }, { type, from, to, article: String(v.article) }]) {
      slots.set(`${pairKey(slot)}|${slot.article}`, slot);
    }
    rows.push({ id: String(v.id), from, to });
  }
  if (rows.length === 0) return [];
  const before = await readSlots(cypher, slots);
  await cypher.write('load/set-evidence-ends.cypher', rows);
  const after = await readSlots(cypher, slots);
  return [...slots].map(([key, slot]) => ({ ...slot, before: before.get(key) ?? [], after: after.get(key) ?? [] }));
}
