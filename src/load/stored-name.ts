// A :Name node as read back from Neo4j (the properties node-properties.ts nameNode writes). Most
// names a batch reaches are only read for resolution: their *head* (what a resolution Group takes,
// the actor id they resolved to last time and the link keys they were stored under — the old
// links matter too, since a record that moves away from a surname or acronym can change how the
// names it leaves behind resolve). The whole record (tallies from the sorted parallel lists) is
// read only for the names whose uses change and the members of actors that must be rebuilt.
import { ACTOR_TYPES, type ActorType } from '../mentions/mention';
import type { NameLinks } from '../resolve/name-links';
import type { NameRecord, Tally } from '../resolve/name-record';
import { toPlain, type Plain } from '../query/plain-value';

export interface StoredName {
  key: string;
  type: ActorType;
  name: string;
  confidence: number;
  mentions: number;
  forms: string[];
  entity: string;
  idKey: string;
  links: NameLinks;
}

export interface StoredRecord extends StoredName {
  record: NameRecord;
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

/** The head of a :Name node from its properties (all of them, or read-name-heads.cypher's projection). */
export function readNameHead(raw: unknown): StoredName {
  const props = toPlain(raw) as Record<string, Plain>;
  const type = String(props.type) as ActorType;
  if (!ACTOR_TYPES.includes(type)) throw new Error(`Name node ${String(props.id)} has no actor type`);
  const links: NameLinks = { orgKey: String(props.orgKey ?? '') };
  for (const key of ['surnameKey', 'loneKey', 'initialsKey', 'acronymKey'] as const) {
    const value = text(props[key]);
    if (value !== undefined) links[key] = value;
  }
  if (Array.isArray(props.mergeLists)) links.mergeLists = props.mergeLists.map(Number);
  return {
    key: String(props.id), type, name: String(props.name ?? ''), confidence: Math.max(0, ...list(props.confidences).map(Number)),
    mentions: Number(props.mentions ?? 0), forms: list(props.forms).map(String), entity: String(props.entity), idKey: String(props.idKey), links,
  };
}

export function readStoredName(raw: unknown): StoredRecord {
  const props = toPlain(raw) as Record<string, Plain>;
  const head = readNameHead(props);
  const record: NameRecord = {
    key: head.key,
    type: head.type,
    names: tally(props, 'names', String),
    forms: tally(props, 'forms', String),
    roles: tally(props, 'roles', String),
    dates: tally(props, 'dates', String),
    confidences: tally(props, 'confidences', Number),
    mentions: head.mentions,
    uses: Number(props.uses ?? 0),
  };
  return { ...head, record, json: propsJson(props) };
}
