// Resolution over the cross-article index: NameRecords merge under guards (group-merges.ts) into
// actors, each with an id, a type, a name and the union of its records' aliases, roles, mentions
// and dates. A pure function of the SET of records: everything is computed over the records
// sorted by key, and two records interact only through the keys name-links.ts lists, so resolving
// one connected part of the index gives the same actors as resolving all of it (what kg load
// relies on to re-resolve only the names a batch touches).
import type { ActorType } from '../mentions/mention';
import { compactKey, slugify } from '../text/normalize-name';
import type { Actor } from './actor';
import type { Aliases } from './aliases';
import { mergeGroups, root, wordCount, type Group } from './group-merges';
import { recordConfidence, recordName, type NameRecord } from './name-record';

export interface NameResolution {
  /** Sorted by id. */
  actors: Actor[];
  /** NameRecord key → Actor id. */
  actorOf: Map<string, string>;
}

export function makeActorId(type: string, name: string): string {
  return `${type.toLowerCase()}:${slugify(name)}`;
}

function toGroup(record: NameRecord): Group {
  const name = recordName(record);
  const keys = new Set([compactKey(name), ...[...record.forms.keys()].map(compactKey)]);
  return { key: record.key, type: record.type, name, confidence: recordConfidence(record), mentions: record.mentions, keys };
}

function canonicalName(members: Group[]): Group {
  return [...members].sort((a, b) => wordCount(b.name) - wordCount(a.name) || b.mentions - a.mentions || (a.key < b.key ? -1 : 1))[0];
}

/** The type of the most surely typed group. */
function canonicalType(members: Group[]): ActorType {
  return [...members].sort((a, b) => b.confidence - a.confidence || (a.key < b.key ? -1 : 1))[0].type;
}

const sortedKeys = (tallies: Iterable<Map<string, number>>): string[] => [...new Set([...tallies].flatMap((t) => [...t.keys()]))].sort();

function makeActor(id: string, type: ActorType, name: string, records: NameRecord[]): Actor {
  const actor: Actor = {
    id,
    type,
    name,
    aliases: sortedKeys(records.map((r) => r.forms)).filter((f) => f !== name),
    roles: sortedKeys(records.map((r) => r.roles)),
    mentions: records.reduce((n, r) => n + r.mentions, 0),
  };
  const dates = sortedKeys(records.map((r) => r.dates));
  if (dates.length > 0) [actor.firstSeen, actor.lastSeen] = [dates[0], dates[dates.length - 1]];
  return actor;
}

export function resolveNames(records: readonly NameRecord[], aliases: Aliases): NameResolution {
  const sorted = [...records].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const groups = sorted.map(toGroup);
  mergeGroups(groups, aliases);
  const byRoot = new Map<Group, number[]>();
  groups.forEach((g, i) => byRoot.set(root(g), [...(byRoot.get(root(g)) ?? []), i]));
  const actors: Actor[] = [];
  const actorOf = new Map<string, string>();
  const usedIds = new Set<string>();
  for (const indexes of byRoot.values()) {
    const members = indexes.map((i) => groups[i]);
    const type = canonicalType(members);
    const name = canonicalName(members).name;
    let id = makeActorId(type, name);
    for (let n = 2; usedIds.has(id); n++) id = `${makeActorId(type, name)}-${n}`;
    usedIds.add(id);
    actors.push(makeActor(id, type, name, indexes.map((i) => sorted[i])));
    for (const g of members) actorOf.set(g.key, id);
  }
  actors.sort((a, b) => (a.id < b.id ? -1 : 1));
  return { actors, actorOf };
}
