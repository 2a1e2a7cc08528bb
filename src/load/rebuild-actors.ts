// The actors of a re-resolved component that may differ from what is stored: those a changed name
// belongs to, and those that gained or lost a name. Each is rebuilt from the whole records of all
// its names (read for the names whose uses did not change); every other actor of the component
// has the same names with the same records as before, so its stored node is already right.
import type { Actor } from '../resolve/actor';
import type { NameRecord } from '../resolve/name-record';
import { actorPartOf, makeActor, type ActorPart } from '../resolve/resolve-names';
import type { Component, NameSource } from './gather-names';

export interface RebuiltActors {
  /** Sorted by id. */
  actors: Actor[];
  /** Ids of the actors rebuilt and of the stored actors that lost names (to drop if left without facts). */
  checked: string[];
}

export async function rebuildActors(component: Component, readRecords: NameSource['records']): Promise<RebuiltActors> {
  const { stored, before, records, resolution } = component;
  const checked = new Set<string>();
  for (const key of records.keys()) checked.add(resolution.actorOf.get(key) as string);
  for (const [key, s] of stored) {
    const now = resolution.actorOf.get(key);
    if (now !== s.entity || before.has(key)) checked.add(s.entity);
    if (now !== undefined && now !== s.entity) checked.add(now);
  }
  const members = [...resolution.actorOf].filter(([, id]) => checked.has(id)).map(([key]) => key);
  const read = new Map<string, NameRecord>((await readRecords(members.filter((k) => !records.has(k)))).map((s) => [s.key, s.record]));
  const parts = new Map<string, ActorPart[]>();
  for (const key of members) {
    const id = resolution.actorOf.get(key) as string;
    parts.set(id, [...(parts.get(id) ?? []), actorPartOf(records.get(key) ?? (read.get(key) as NameRecord))]);
  }
  const actors = resolution.actors.filter((head) => parts.has(head.id)).map((head) => makeActor(head, parts.get(head.id) as ActorPart[]));
  return { actors, checked: [...checked] };
}
