// Resolution over the cross-article index: NameRecords merge under guards (group-merges.ts) into
// actors, each with an id, a type, a name and the union of its records' aliases, roles, mentions
// and dates. A pure function of the SET of records: everything is computed over the records
// sorted by key, and two records interact only through the keys name-links.ts lists, so resolving
// one connected part of the index gives the same actors as resolving all of it (what kg load
// relies on to re-resolve only the names a batch touches).
import type { Actor } from './actor';
import type { Aliases } from './aliases';
import type { NameRecord } from './name-record';
import { needsKeys, resolveGroups, toGroup, type ActorHead } from './resolve-groups';

export { makeActorId } from './resolve-groups';

export interface NameResolution {
  /** Sorted by id. */
  actors: Actor[];
  /** NameRecord key → Actor id. */
  actorOf: Map<string, string>;
}

/** The parts of a record an actor takes: its forms, roles and dates (their tallies' keys) and its mentions. */
export interface ActorPart {
  forms: string[];
  roles: string[];
  dates: string[];
  mentions: number;
}

export const actorPartOf = (r: NameRecord): ActorPart => ({ forms: [...r.forms.keys()], roles: [...r.roles.keys()], dates: [...r.dates.keys()], mentions: r.mentions });

const sortedUnion = (lists: Iterable<readonly string[]>): string[] => [...new Set([...lists].flat())].sort();

/** An actor from its head and the parts of all its records. */
export function makeActor(head: ActorHead, parts: readonly ActorPart[]): Actor {
  const actor: Actor = {
    ...head,
    aliases: sortedUnion(parts.map((p) => p.forms)).filter((f) => f !== head.name),
    roles: sortedUnion(parts.map((p) => p.roles)),
    mentions: parts.reduce((n, p) => n + p.mentions, 0),
  };
  const dates = sortedUnion(parts.map((p) => p.dates));
  if (dates.length > 0) [actor.firstSeen, actor.lastSeen] = [dates[0], dates[dates.length - 1]];
  return actor;
}

export function resolveNames(records: readonly NameRecord[], aliases: Aliases): NameResolution {
  const sorted = [...records].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const withKeys = needsKeys(aliases);
  const resolved = resolveGroups(sorted.map((r) => toGroup(r, withKeys)), aliases);
  const parts: ActorPart[][] = resolved.actors.map(() => []);
  const actorOf = new Map<string, string>();
  sorted.forEach((r, i) => {
    parts[resolved.actorOf[i]].push(actorPartOf(r));
    actorOf.set(r.key, resolved.actors[resolved.actorOf[i]].id);
  });
  const actors = resolved.actors.map((head, i) => makeActor(head, parts[i]));
  actors.sort((a, b) => (a.id < b.id ? -1 : 1));
  return { actors, actorOf };
}
