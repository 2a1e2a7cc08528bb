// Resolve stage, across articles: one Actor (Entity node) per real-world actor, computed from the
// articles' compact actor summaries (actor-summary.ts) alone. Local actors group by type and name key; groups then merge under guards (variant-rules.ts): spelling
// variants, a lone surname or acronym with exactly one candidate, and the user's aliases
// (forced merges, forbidden merges, renames). Everything is computed over the groups sorted by
// key, so the same inputs in any order give the same actors and ids. Actors already in the
// target graph (`known`, from kg load) join the groups, and a group holding one keeps its id.
import type { ActorType } from '../mentions/mention';
import { appendTo } from '../text/append-to';
import { actorKey, compactKey, slugify } from '../text/normalize-name';
import type { Actor, KnownActor } from './actor';
import type { ArticleActors } from './actor-summary';
import { NO_ALIASES, type Aliases } from './aliases';
import { mergeGroups, root, wordCount, type Group } from './group-merges';

export interface Resolution {
  actors: Actor[];
  /** Article id → LocalActor key → Actor id. */
  actorIds: Record<string, Record<string, string>>;
}

export function makeActorId(type: string, name: string): string {
  return `${type.toLowerCase()}:${slugify(name)}`;
}

const DEFAULT_CONFIDENCE = 0.5;

/** Types of known actors never yield to a type guessed from new text. */
const KNOWN_CONFIDENCE = 1;

function addKnownGroups(byKey: Map<string, Group>, known: readonly KnownActor[]): void {
  for (const actor of known) {
    const key = `${actor.type}|${actorKey(actor.type, actor.name)}`;
    const group = byKey.get(key) ?? { key, type: actor.type, name: actor.name, confidence: 0, members: [], keys: new Set<string>() };
    if (group.known && group.known.id < actor.id) continue;
    group.known = actor;
    group.confidence = KNOWN_CONFIDENCE;
    for (const f of [actor.name, ...actor.aliases]) group.keys.add(compactKey(f));
    byKey.set(key, group);
  }
}

function makeGroups(articles: readonly ArticleActors[], aliases: Aliases, known: readonly KnownActor[]): Group[] {
  const renames = new Map(Object.entries(aliases.names).map(([from, to]) => [compactKey(from), to]));
  const byKey = new Map<string, Group>();
  for (const summary of articles) {
    for (const local of summary.actors) {
      const rename = [local.name, ...local.forms].map((f) => renames.get(compactKey(f))).find(Boolean);
      const name = rename ?? local.name;
      const key = `${local.type}|${actorKey(local.type, name)}`;
      const group = byKey.get(key) ?? { key, type: local.type, name, confidence: 0, members: [], keys: new Set([compactKey(name)]) };
      group.confidence = Math.max(group.confidence, local.confidence ?? DEFAULT_CONFIDENCE);
      group.members.push({ article: summary.article, date: summary.date, local });
      for (const f of local.forms) group.keys.add(compactKey(f));
      byKey.set(key, group);
    }
  }
  addKnownGroups(byKey, known);
  return [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function canonicalName(members: Group[]): Group {
  const mentions = (g: Group): number => g.members.reduce((n, m) => n + m.local.mentions, 0);
  return [...members].sort((a, b) => wordCount(b.name) - wordCount(a.name) || mentions(b) - mentions(a) || (a.key < b.key ? -1 : 1))[0];
}

/** The type of the most surely typed group. */
function canonicalType(members: Group[]): ActorType {
  return [...members].sort((a, b) => b.confidence - a.confidence || (a.key < b.key ? -1 : 1))[0].type;
}

/** The known actor a merged group resolves to (the smallest id when the graph already holds two). */
function knownOf(members: Group[]): KnownActor | undefined {
  return members.flatMap((g) => (g.known ? [g.known] : [])).sort((a, b) => (a.id < b.id ? -1 : 1))[0];
}

export function resolveAcross(articles: readonly ArticleActors[], aliases: Aliases = NO_ALIASES, known: readonly KnownActor[] = []): Resolution {
  const groups = makeGroups(articles, aliases, known);
  mergeGroups(groups, aliases);
  const byRoot = new Map<Group, Group[]>();
  for (const g of groups) appendTo(byRoot, root(g), g);
  const actors: Actor[] = [];
  const actorIds: Record<string, Record<string, string>> = {};
  const usedIds = new Set<string>();
  for (const k of known) usedIds.add(k.id);
  for (const members of byRoot.values()) {
    if (members.every((g) => g.members.length === 0)) continue; // known, but not in these articles
    const existing = knownOf(members);
    const type = existing?.type ?? canonicalType(members);
    const name = existing?.name ?? canonicalName(members).name;
    let id = existing?.id ?? makeActorId(type, name);
    for (let n = 2; !existing && usedIds.has(id); n++) id = `${makeActorId(type, name)}-${n}`;
    usedIds.add(id);
    const actor: Actor = { id, type, name, aliases: [], roles: [], mentions: 0 };
    const aliasSet = new Set<string>();
    const roleSet = new Set<string>();
    for (const g of members) {
      for (const { article, date, local } of g.members) {
        for (const f of [local.name, ...local.forms]) if (f !== actor.name) aliasSet.add(f);
        for (const r of local.roles) roleSet.add(r);
        actor.mentions += local.mentions;
        if (date && (!actor.firstSeen || date < actor.firstSeen)) actor.firstSeen = date;
        if (date && (!actor.lastSeen || date > actor.lastSeen)) actor.lastSeen = date;
        (actorIds[article] ??= {})[local.key] = id;
      }
    }
    actor.aliases = [...aliasSet].sort();
    actor.roles = [...roleSet].sort();
    actors.push(actor);
  }
  actors.sort((a, b) => (a.id < b.id ? -1 : 1));
  return { actors, actorIds };
}
