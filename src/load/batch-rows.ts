// Parameter rows for the batch statements (pure): graph nodes and relationships as rows, the
// :Name records of a re-resolved component that changed, the actors rebuilt, and the uses stored on
// removed articles.
import type { GraphNode, GraphRelationship } from '../graph/graph-document';
import { actorNode, nameNode } from '../graph/node-properties';
import { toPlain, type Plain } from '../query/plain-value';
import type { Actor } from '../resolve/actor';
import type { Aliases } from '../resolve/aliases';
import { idKeyOf } from '../resolve/name-links';
import type { Component } from './gather-names';
import { toRowProperties, type Row } from './row-values';
import { propsJson } from './stored-name';
import type { TxCypher } from './tx-cypher';

export const nodeRow = (n: GraphNode): Row => ({ id: n.id, properties: toRowProperties({ ...n.properties, id: n.id }) });
export const relationshipRow = (r: GraphRelationship): Row => ({ start: r.start, end: r.end, properties: toRowProperties(r.properties) });

/** :Name rows for the component's changed records (those whose properties changed), the names
 * whose actor alone changed (a new entity id), and the keys of records left without uses. */
export function nameRows(component: Component, aliases: Aliases): { write: Row[]; move: Row[]; remove: string[] } {
  const idOf = (key: string): string => component.resolution.actorOf.get(key) as string;
  const write: Row[] = [];
  for (const record of component.records.values()) {
    const row = nodeRow(nameNode(record, idOf(record.key), aliases));
    if (component.before.get(record.key)?.json !== propsJson(toPlain(row.properties) as Record<string, Plain>)) write.push(row);
  }
  const move = [...component.stored.values()]
    .filter((s) => !component.before.has(s.key) && s.entity !== idOf(s.key))
    .map((s) => ({ id: s.key, entity: idOf(s.key), idKey: idKeyOf(idOf(s.key)) }));
  const remove = [...component.before.keys()].filter((k) => !component.records.has(k));
  return { write, move, remove };
}

export function entityRows(actors: readonly Actor[]): Row[] {
  return actors.map((actor) => {
    const node = actorNode(actor);
    return { id: actor.id, label: actor.type, properties: toRowProperties({ ...node.properties, id: actor.id }) };
  });
}

/** The entity rows whose stored properties differ (or that are not stored yet). */
export async function changedEntities(cypher: TxCypher, rows: Row[]): Promise<Row[]> {
  if (rows.length === 0) return rows;
  const stored = new Map((await cypher.read('load/read-entities.cypher', { ids: rows.map((r) => r.id) })).map((r) => [String(r.id), propsJson(r.props as Record<string, Plain>)]));
  return rows.filter((r) => stored.get(String(r.id)) !== propsJson(toPlain(r.properties) as Record<string, Plain>));
}
