// The part of the stored name index a batch can change, and its new resolution. Starting from the
// name keys the batch adds or takes uses from, it follows every link key (name-links.ts) — old
// and new, since a record that changes name leaves one surname or acronym for another — and the
// slugs of the ids it resolves to, until nothing new comes back; then it resolves that closed set.
// By the locality of resolve-names.ts, the result equals resolving the whole index. Only the
// changed names are read whole; the others (a set that grows with the corpus: every name that
// shares a surname with one of the batch's) are read as heads, a few hundred bytes each.
import type { Aliases } from '../resolve/aliases';
import { idKeyOf, nameLinks, type NameLinks } from '../resolve/name-links';
import { addUse, emptyRecord, type NameRecord, type NameUse } from '../resolve/name-record';
import { headGroup, needsKeys, recordHead, resolveGroups, type ActorHead, type GroupHead } from '../resolve/resolve-groups';
import type { StoredName, StoredRecord } from './stored-name';

export const LINK_FIELDS = ['orgKey', 'surnameKey', 'loneKey', 'initialsKey', 'acronymKey'] as const;
type LinkField = (typeof LINK_FIELDS)[number];

export interface NameQuery {
  links: Record<LinkField, string[]>;
  idKeys: string[];
  mergeLists: number[];
}

/** Where the stored names come from: heads by link keys, whole records by name key. */
export interface NameSource {
  heads: (query: NameQuery) => Promise<StoredName[]>;
  records: (keys: string[]) => Promise<StoredRecord[]>;
}

/** Uses a batch adds (sign 1) or takes away (sign -1), with their article's date. */
export interface UseDelta {
  use: NameUse;
  date?: string;
  sign: 1 | -1;
}

export interface Component {
  /** Every stored name the batch reaches (heads). */
  stored: Map<string, StoredName>;
  /** The stored records of the names whose uses change. */
  before: Map<string, StoredRecord>;
  /** The records of the names whose uses change, after the batch (records left with no use are absent). */
  records: Map<string, NameRecord>;
  /** Actor heads sorted by id, and the actor of every live name key of the component. */
  resolution: { actors: ActorHead[]; actorOf: Map<string, string> };
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
  private asked = { idKeys: new Set<string>(), mergeLists: new Set<number>(), links: Object.fromEntries(LINK_FIELDS.map((f) => [f, new Set<string>()])) as Record<LinkField, Set<string>> };
  private next: NameQuery = Frontier.empty();

  static empty(): NameQuery {
    return { idKeys: [], mergeLists: [], links: Object.fromEntries(LINK_FIELDS.map((f) => [f, []])) as unknown as Record<LinkField, string[]> };
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
    const size = q.idKeys.length + q.mergeLists.length + LINK_FIELDS.reduce((n, f) => n + q.links[f].length, 0);
    this.next = Frontier.empty();
    return size > 0 ? q : undefined;
  }
}

function resolveHeads(heads: readonly GroupHead[], aliases: Aliases): Component['resolution'] {
  const sorted = [...heads].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const withKeys = needsKeys(aliases);
  const resolved = resolveGroups(sorted.map((h) => headGroup(h, withKeys)), aliases);
  const actorOf = new Map(sorted.map((h, i) => [h.key, resolved.actors[resolved.actorOf[i]].id]));
  return { actors: [...resolved.actors].sort((a, b) => (a.id < b.id ? -1 : 1)), actorOf };
}

export async function gatherComponent(deltas: readonly UseDelta[], aliases: Aliases, source: NameSource): Promise<Component> {
  const changed = new Map<string, UseDelta[]>();
  for (const d of deltas) changed.set(d.use.group, [...(changed.get(d.use.group) ?? []), d]);
  const stored = new Map<string, StoredName>();
  const frontier = new Frontier();
  const absorb = (found: readonly StoredName[]): void => {
    for (const s of found) {
      if (stored.has(s.key)) continue;
      stored.set(s.key, s);
      frontier.links(s.links);
      frontier.idKey(s.idKey);
    }
  };
  const before = new Map((await source.records([...changed.keys()])).map((s) => [s.key, s]));
  absorb([...before.values()]);
  const records = new Map<string, NameRecord>();
  for (const [key, list] of changed) {
    const base = before.get(key)?.record;
    const record = base ? cloneRecord(base) : emptyRecord(key, list[0].use.type);
    for (const d of list) addUse(record, d.use, d.date, d.sign);
    if (record.uses > 0) records.set(key, record), frontier.links(nameLinks(record, aliases));
  }
  const changedHeads = [...records.values()].map(recordHead);
  for (;;) {
    for (let query = frontier.take(); query; query = frontier.take()) absorb(await source.heads(query));
    const resolution = resolveHeads([...changedHeads, ...[...stored.values()].filter((s) => !changed.has(s.key))], aliases);
    for (const actor of resolution.actors) frontier.idKey(idKeyOf(actor.id));
    const more = frontier.take();
    if (!more) return { stored, before, records, resolution };
    absorb(await source.heads(more));
  }
}
