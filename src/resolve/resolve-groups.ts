// The core of resolution, over Groups (one per NameRecord, sorted by key) rather than the records
// themselves: merges them (group-merges.ts) and gives each merged set an actor id, type and name.
// resolve-names.ts runs it over records in memory; a streaming run (src/pipeline/stream-names.ts)
// runs it over groups made one record at a time, so the records never all sit in memory at once.
import type { ActorType } from '../mentions/mention';
import { compactKey, slugify } from '../text/normalize-name';
import type { Aliases } from './aliases';
import { indexBy, mergeGroups, root, wordCount, type Group } from './group-merges';
import { recordConfidence, recordName, type NameRecord } from './name-record';

export interface ActorHead {
  id: string;
  type: ActorType;
  name: string;
}

export interface GroupResolution {
  /** The actors in the order they were made (by their first group). */
  actors: ActorHead[];
  /** Group index → index into `actors`. */
  actorOf: Int32Array;
}

export function makeActorId(type: string, name: string): string {
  return `${type.toLowerCase()}:${slugify(name)}`;
}

/** Without alias merge or forbid lists a group's name keys are never read, so all groups share one empty set. */
const NO_KEYS = new Set<string>();

/** Whether resolution needs each group's name keys (only for the alias file's merge and forbid lists). */
export const needsKeys = (aliases: Aliases): boolean => aliases.merge.length > 0 || aliases.forbid.length > 0;

/** What a Group takes from a name record (kg load reads just this of most stored :Name nodes). */
export interface GroupHead {
  key: string;
  type: ActorType;
  name: string;
  confidence: number;
  mentions: number;
  forms: readonly string[];
}

export function headGroup(head: GroupHead, withKeys: boolean): Group {
  const keys = withKeys ? new Set([compactKey(head.name), ...head.forms.map(compactKey)]) : NO_KEYS;
  return { key: head.key, type: head.type, name: head.name, confidence: head.confidence, mentions: head.mentions, keys };
}

export const recordHead = (record: NameRecord): GroupHead => ({
  key: record.key, type: record.type, name: recordName(record), confidence: recordConfidence(record), mentions: record.mentions, forms: [...record.forms.keys()],
});

export const toGroup = (record: NameRecord, withKeys: boolean): Group => headGroup(recordHead(record), withKeys);

function canonicalName(members: Group[]): Group {
  return [...members].sort((a, b) => wordCount(b.name) - wordCount(a.name) || b.mentions - a.mentions || (a.key < b.key ? -1 : 1))[0];
}

/** The type of the most surely typed group. */
function canonicalType(members: Group[]): ActorType {
  return [...members].sort((a, b) => b.confidence - a.confidence || (a.key < b.key ? -1 : 1))[0].type;
}

/** Resolves groups sorted by key; ids that collide get "-2", "-3" in the order the actors are made. */
export function resolveGroups(groups: readonly Group[], aliases: Aliases): GroupResolution {
  mergeGroups(groups, aliases);
  const byRoot = indexBy(groups, root);
  const actors: ActorHead[] = [];
  const actorOfRoot = new Map<Group, number>();
  const usedIds = new Set<string>();
  for (const [r, members] of byRoot) {
    const type = canonicalType(members);
    const name = canonicalName(members).name;
    let id = makeActorId(type, name);
    for (let n = 2; usedIds.has(id); n++) id = `${makeActorId(type, name)}-${n}`;
    usedIds.add(id);
    actorOfRoot.set(r, actors.length);
    actors.push({ id, type, name });
  }
  const actorOf = new Int32Array(groups.length);
  groups.forEach((g, i) => (actorOf[i] = actorOfRoot.get(root(g)) as number));
  return { actors, actorOf };
}
