// Actor summaries are kept for every article of a run until cross-article resolution; the same
// names, forms, roles and keys recur across articles, so each distinct string is kept once.
import type { ActorType } from '../mentions/mention';
import type { ActorSummary, ArticleActors } from '../resolve/actor-summary';

export type Interner = (text: string) => string;

export function makeInterner(): Interner {
  const seen = new Map<string, string>();
  return (text) => {
    const hit = seen.get(text);
    if (hit !== undefined) return hit;
    seen.set(text, text);
    return text;
  };
}

const NONE: string[] = [];

export function internSummary(summary: ArticleActors, intern: Interner): ArticleActors {
  const actors = summary.actors.map((a): ActorSummary => {
    const out: ActorSummary = { key: intern(a.key), type: intern(a.type) as ActorType, name: intern(a.name), forms: a.forms.map(intern), roles: a.roles.length ? a.roles.map(intern) : NONE, mentions: a.mentions };
    if (a.confidence !== undefined) out.confidence = a.confidence;
    return out;
  });
  const out: ArticleActors = { article: summary.article, actors };
  if (summary.date !== undefined) out.date = intern(summary.date);
  return out;
}
