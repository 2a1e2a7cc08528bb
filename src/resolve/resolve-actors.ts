// Resolve stage, within one article: mentions that name the same actor become one LocalActor.
// (First pass: same type and same name key; the rule-based stage adds short forms and acronyms.)
import type { Mention } from '../mentions/mention';
import { nameKey } from '../text/normalize-name';
import type { LocalActor } from './actor';

export interface ResolvedMentions {
  actors: LocalActor[];
  /** Mention id → LocalActor key. */
  actorOf: Record<string, string>;
}

export function resolveActors(mentions: readonly Mention[]): ResolvedMentions {
  const actors: LocalActor[] = [];
  const byKey = new Map<string, LocalActor>();
  const actorOf: Record<string, string> = {};
  for (const mention of mentions) {
    const key = `${mention.type}|${nameKey(mention.canonical ?? mention.text)}`;
    let actor = byKey.get(key);
    if (!actor) {
      actor = { key: `a${actors.length}`, type: mention.type, name: mention.canonical ?? mention.text, forms: [], mentionIds: [], roles: [] };
      actors.push(actor);
      byKey.set(key, actor);
    }
    if (!actor.forms.includes(mention.text)) actor.forms.push(mention.text);
    if (mention.role && !actor.roles.includes(mention.role)) actor.roles.push(mention.role);
    actor.mentionIds.push(mention.id);
    actorOf[mention.id] = actor.key;
  }
  return { actors, actorOf };
}
