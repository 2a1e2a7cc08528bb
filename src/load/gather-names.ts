// The part of the stored name index a batch can change, and its new resolution. Starting from the
// name keys the batch adds or takes uses from, it follows every link key (name-links.ts) — old
// and new, since a record that changes name leaves one surname or acronym for another — and the
// slugs of the ids it resolves to, until nothing new comes back; then it resolves that closed set.
// By the locality of resolve-names.ts, the result equals resolving the whole index.
import type { Aliases } from '../resolve/aliases';
import { idKeyOf, nameLinks, type NameLinks } from '../resolve/name-links';
import { addUse, emptyRecord, type NameRecord, type NameUse } from '../resolve/name-record';
import { resolveNames, type NameResolution } from '../resolve/resolve-names';
import type { StoredName } from './stored-name';

export const LINK_FIELDS = ['orgKey', 'surnameKey', 'loneKey', 'initialsKey', 'acronymKey'] as const;
type LinkField = (typeof LINK_FIELDS)[number];

export interface NameQuery {
  ids: string[];
  links: Record<LinkField, string[]>;
  idKeys: string[];
  mergeLists: number[];
}

export type FetchNames = (query: NameQuery) => Promise<StoredName[]>;

/** Uses a batch adds (sign 1) or takes away (sign -1), with their article's date. */
export interface UseDelta {
  use: NameUse;
  date?: string;
  sign: 1 | -1;
}

export interface Component {
  stored: Map<string, StoredName>;
  /** Every record of the component after the batch (records left with no use are absent). */
  records: Map<string, NameRecord>;
  resolution: NameResolution;
}

/** Which counterpart fields a link field is matched against. */
const MATCHES: Record<LinkField, LinkField[]> = {
  orgKey: ['orgKey'],
  surnameKey: ['surnameKey', 'loneKey'],
  loneKey: ['surnameKey'],
  initialsKey: ['acronymKey'],
  acronymKey: ['initialsKey'],
};

function cloneRecord(r: NameRecord): NameRecord {
  return { ...r, names: new Map(r.names), forms: new Map(r.forms), roles: new Map(r.roles), dates: new Map(r.dates), confidences: new Map(r.confidences) };
}

class Frontier {
  private asked = { ids: new Set<string>(), idKeys: new Set<string>(), mergeLists: new Set<number>(), links: Object.fromEntries(LINK_FIELDS.map((f) => [f, new Set<string>()])) as Record<LinkField, Set<string>> };
  private next: NameQuery = Frontier.empty();

  static empty(): NameQuery {
    return { ids: [], idKeys: [], mergeLists: [], links: Object.fromEntries(LINK_FIELDS.map((f) => [f, []])) as unknown as Record<LinkField, string[]> };
  }

  id(key: string): void {
    if (!this.asked.ids.has(key)) this.asked.ids.add(key), this.next.ids.push(key);
  }

  idKey(key: string): void {
    if (!this.asked.idKeys.has(key)) this.asked.idKeys.add(key), this.next.idKeys.push(key);
  }

  links(links: NameLinks): void {
    for (const field of LINK_FIELDS) {
      const value = links[field];
      if (value === undefined) continue;
      for (const target of MATCHES[field]) {
        if (!this.asked.links[target].has(value)) this.asked.links[target].add(value), this.next.links[target].push(value);
      }
    }
    for (const i of links.mergeLists ?? []) if (!this.asked.mergeLists.has(i)) this.asked.mergeLists.add(i), this.next.mergeLists.push(i);
  }

  take(): NameQuery | undefined {
    const q = this.next;
    const size = q.ids.length + q.idKeys.length + q.mergeLists.length + LINK_FIELDS.reduce((n, f) => n + q.links[f].length, 0);
    this.next = Frontier.empty();
    return size > 0 ? q : undefined;
  }
}

export async function gatherComponent(deltas: readonly UseDelta[], aliases: Aliases, fetch: FetchNames): Promise<Component> {
  const changed = new Map<string, UseDelta[]>();
  for (const d of deltas) changed.set(d.use.group, [...(changed.get(d.use.group) ?? []), d]);
  const stored = new Map<string, StoredName>();
  const records = new Map<string, NameRecord>();
  const frontier = new Frontier();
  const consider = (key: string): void => {
    if (records.has(key)) return;
    const base = stored.get(key)?.record;
    const list = changed.get(key) ?? [];
    const record = base ? cloneRecord(base) : emptyRecord(key, list[0].use.type);
    for (const d of list) addUse(record, d.use, d.date, d.sign);
    records.set(key, record);
    if (record.uses > 0) frontier.links(nameLinks(record, aliases));
  };
  const absorb = (found: StoredName[]): void => {
    for (const s of found) {
      if (stored.has(s.record.key)) continue;
      stored.set(s.record.key, s);
      frontier.links(s.links);
      frontier.idKey(s.idKey);
    }
    for (const key of [...changed.keys(), ...stored.keys()]) consider(key);
  };
  for (const key of changed.keys()) frontier.id(key);
  for (;;) {
    for (let query = frontier.take(); query; query = frontier.take()) absorb(await fetch(query));
    const live = [...records.values()].filter((r) => r.uses > 0);
    const resolution = resolveNames(live, aliases);
    for (const actor of resolution.actors) frontier.idKey(idKeyOf(actor.id));
    const more = frontier.take();
    if (!more) return { stored, records: new Map(live.map((r) => [r.key, r])), resolution };
    absorb(await fetch(more));
  }
}
