// Node properties for actors and articles, in a fixed key order (deterministic JSON).
import type { ArticleMeta } from '../pipeline/extract-article';
import type { Actor } from '../resolve/actor';
import type { GraphNode, Properties } from './graph-document';

export function actorNode(actor: Actor): GraphNode {
  const properties: Properties = {
    name: actor.name,
    aliases: [...actor.aliases].sort(),
    roles: [...actor.roles].sort(),
    mentions: actor.mentions,
  };
  if (actor.firstSeen) properties.firstSeen = actor.firstSeen;
  if (actor.lastSeen) properties.lastSeen = actor.lastSeen;
  return { id: actor.id, labels: ['Entity', actor.type], properties };
}

export function articleNode(article: ArticleMeta): GraphNode {
  const properties: Properties = { source: article.source };
  if (article.title) properties.title = article.title;
  if (article.date) properties.date = article.date;
  if (article.url) properties.url = article.url;
  if (article.outlet) properties.outlet = article.outlet;
  properties.chars = article.chars;
  return { id: article.id, labels: ['Article'], properties };
}
