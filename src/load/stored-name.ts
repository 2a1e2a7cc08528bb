// A :Name node as read back from Neo4j (the properties node-properties.ts nameNode writes): its
// NameRecord (tallies from the sorted parallel lists), the actor id it resolved to last time and
// the link keys it was stored under — the old links matter too, since a record that moves away
// from a surname or acronym can change how the names it leaves behind resolve.
import { ACTOR_TYPES, type ActorType } from '../mentions/mention';
import type { NameLinks } from '../resolve/name-links';
import type { NameRecord, Tally } from '../resolve/name-record';
import { toPlain, type Plain } from '../query/plain-value';

export interface StoredName {
  record: NameRecord;
  entity: string;
  idKey: string;
  links: NameLinks;
  /** The stored properties, to skip writing a node that did not change. */
  json: string;
}

const list = (v: Plain | undefined): Plain[] => (Array.isArray(v) ? v : []);
const text = (v: Plain | undefined): string | undefined => (typeof v === 'string' ? v : undefined);

function tally<K extends string | number>(props: Record<string, Plain>, name: string, cast: (v: Plain) => K): Tally<K> {
  const values = list(props[name]);
  const counts = list(props[`${name.replace(/s$/, '')}Counts`]);
  return new Map(values.map((v, i) => [cast(v), Number(counts[i])]));
}

/** Properties in key order, as JSON: equal strings mean equal nodes. */
export function propsJson(props: Record<string, Plain>): string {
  return JSON.stringify(Object.fromEntries(Object.keys(props).sort().map((k) => [k, props[k]])));
}

export function readStoredName(raw: unknown): StoredName {
  const props = toPlain(raw) as Record<string, Plain>;
  const type = String(props.type) as ActorType;
  if (!ACTOR_TYPES.includes(type)) throw new Error(`Name node ${String(props.id)} has no actor type`);
  const record: NameRecord = {
    key: String(props.id),
    type,
    names: tally(props, 'names', String),
    forms: tally(props, 'forms', String),
    roles: tally(props, 'roles', String),
    dates: tally(props, 'dates', String),
    confidences: tally(props, 'confidences', Number),
    mentions: Number(props.mentions ?? 0),
    uses: Number(props.uses ?? 0),
  };
  const links: NameLinks = { orgKey: String(props.orgKey ?? '') };
  for (const key of ['surnameKey', 'loneKey', 'initialsKey', 'acronymKey'] as const) {
    const value = text(props[key]);
    if (value !== undefined) links[key] = value;
  }
  if (Array.isArray(props.mergeLists)) links.mergeLists = props.mergeLists.map(Number);
  return { record, entity: String(props.entity), idKey: String(props.idKey), links, json: propsJson(props) };
}
