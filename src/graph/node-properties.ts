// Node properties in a fixed key order (deterministic JSON): actors, articles, the :Name records
// of the cross-article index, and :Evidence records.
import type { ArticleMeta } from '../pipeline/extract-article';
import type { Actor } from '../resolve/actor';
import type { Aliases } from '../resolve/aliases';
import { idKeyOf, nameLinks } from '../resolve/name-links';
import { recordName, type NameRecord, type NameUse, type Tally } from '../resolve/name-record';
import type { ExtractionStamp, StatedRelation } from './article-record';
import { evidenceKey, roundConfidence } from './evidence';
import type { GraphNode, Properties, PropertyValue } from './graph-document';
import type { ActorType } from '../mentions/mention';
import { createHash } from 'node:crypto';

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

/** A use as stored on its Article (`actors`, one JSON object a use): what removing the article takes away. */
export const useJson = (u: NameUse): string =>
  JSON.stringify({ group: u.group, name: u.name, forms: u.forms, roles: u.roles, mentions: u.mentions, confidence: u.confidence });

/** The uses stored on an article (its `actors` property). */
export function usesOf(actors: PropertyValue | null | undefined): NameUse[] {
  if (!Array.isArray(actors)) return [];
  return actors.map((json) => {
    const u = JSON.parse(String(json)) as Omit<NameUse, 'type'>;
    return { ...u, type: u.group.slice(0, u.group.indexOf('|')) as ActorType };
  });
}

export function articleNode(article: ArticleMeta, stamp?: ExtractionStamp, uses: readonly NameUse[] = []): GraphNode {
  const properties: Properties = { source: article.source };
  if (article.title) properties.title = article.title;
  if (article.date) properties.date = article.date;
  if (article.url) properties.url = article.url;
  if (article.outlet) properties.outlet = article.outlet;
  properties.chars = article.chars;
  if (stamp) [properties.extractor, properties.extraction] = [stamp.extractor, stamp.extraction];
  properties.actors = uses.map(useJson);
  return { id: article.id, labels: ['Article'], properties };
}

function tallyLists(props: Properties, name: string, tally: Tally<string> | Tally<number>): void {
  const entries = [...tally.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  props[name] = entries.map((e) => e[0]) as string[] | number[];
  props[`${name.replace(/s$/, '')}Counts`] = entries.map((e) => e[1]);
}

/** A :Name node: the record's tallies (as sorted parallel lists), the actor it resolves to, and its link keys. */
export function nameNode(record: NameRecord, entity: string, aliases: Aliases): GraphNode {
  const properties: Properties = { type: record.type, name: recordName(record), entity, idKey: idKeyOf(entity), mentions: record.mentions, uses: record.uses };
  tallyLists(properties, 'names', record.names);
  tallyLists(properties, 'forms', record.forms);
  tallyLists(properties, 'roles', record.roles);
  tallyLists(properties, 'dates', record.dates);
  tallyLists(properties, 'confidences', record.confidences);
  for (const [key, value] of Object.entries(nameLinks(record, aliases))) if (value !== undefined) properties[key] = value;
  return { id: record.key, labels: ['Name'], properties };
}

export const makeEvidenceId = (r: StatedRelation): string =>
  `evidence-${createHash('sha256').update(`${evidenceKey(r)}|${r.type}|${r.subject}|${r.object}`).digest('hex').slice(0, 16)}`;

/** An :Evidence node: one stated relation, its name keys (subject, object) and the actors they resolve to (from, to); confidence rounded as on the edge. */
export function evidenceNode(r: StatedRelation, from: string, to: string): GraphNode {
  const properties: Properties = { type: r.type, article: r.article, key: evidenceKey(r), subject: r.subject, object: r.object, from, to, sentence: r.sentence, start: r.start, end: r.end, rule: r.rule, confidence: roundConfidence(r.confidence) };
  if (r.role !== undefined) properties.role = r.role;
  if (r.date !== undefined) properties.date = r.date;
  if (r.place !== undefined) properties.place = r.place;
  return { id: makeEvidenceId(r), labels: ['Evidence'], properties };
}
