// Resolve stage, across articles: one Actor (Entity node) per real-world actor.
// (First pass: same type and same name key; the rule-based stage adds guarded spelling-variant
// merges and the user's aliases file.)
import type { ArticleExtraction } from '../pipeline/extract-article';
import { nameKey, slugify } from '../text/normalize-name';
import type { Actor } from './actor';

export interface Resolution {
  actors: Actor[];
  /** Article id → LocalActor key → Actor id. */
  actorIds: Record<string, Record<string, string>>;
}

export function makeActorId(type: string, name: string): string {
  return `${type.toLowerCase()}:${slugify(name)}`;
}

export function resolveAcross(extractions: readonly ArticleExtraction[]): Resolution {
  const byId = new Map<string, Actor>();
  const actorIds: Record<string, Record<string, string>> = {};
  for (const ex of extractions) {
    const ids: Record<string, string> = {};
    for (const local of ex.actors) {
      const id = makeActorId(local.type, nameKey(local.name));
      let actor = byId.get(id);
      if (!actor) {
        actor = { id, type: local.type, name: local.name, aliases: [], roles: [], mentions: 0 };
        byId.set(id, actor);
      }
      for (const form of local.forms) if (form !== actor.name && !actor.aliases.includes(form)) actor.aliases.push(form);
      for (const role of local.roles) if (!actor.roles.includes(role)) actor.roles.push(role);
      actor.mentions += local.mentionIds.length;
      const date = ex.article.date;
      if (date) {
        if (!actor.firstSeen || date < actor.firstSeen) actor.firstSeen = date;
        if (!actor.lastSeen || date > actor.lastSeen) actor.lastSeen = date;
      }
      ids[local.key] = id;
    }
    actorIds[ex.article.id] = ids;
  }
  return { actors: [...byId.values()], actorIds };
}
