// Resolve stage, across articles: one Actor (Entity node) per real-world actor, computed from the
// articles' compact actor summaries (actor-summary.ts) alone. The summaries fold into the name
// index (name-record.ts: one record per actor type + normalized name, with tallies of names,
// forms, roles, dates and confidences), which resolve-names.ts merges under guards: spelling
// variants, a lone surname or acronym with exactly one candidate, and the user's aliases (forced
// merges, forbidden merges, renames). The result depends only on the set of articles, never on
// their order, batching or the graph they are loaded into.
import type { ArticleActors } from './actor-summary';
import { NO_ALIASES, type Aliases } from './aliases';
import { articleUses, foldNames } from './name-record';
import { resolveNames, type NameResolution } from './resolve-names';

export { makeActorId } from './resolve-names';

export interface Resolution extends NameResolution {
  /** Article id → LocalActor key → Actor id. */
  actorIds: Record<string, Record<string, string>>;
}

export function resolveAcross(articles: readonly ArticleActors[], aliases: Aliases = NO_ALIASES): Resolution {
  const resolution = resolveNames(foldNames(articles, aliases), aliases);
  const actorIds: Record<string, Record<string, string>> = {};
  for (const summary of articles) {
    const ids = (actorIds[summary.article] ??= {});
    for (const [local, group] of articleUses(summary, aliases).groupOf) ids[local] = resolution.actorOf.get(group) as string;
  }
  return { ...resolution, actorIds };
}
