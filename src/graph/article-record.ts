// One article's contribution to the graph before cross-article resolution: its metadata, its uses
// of name keys (name-record.ts), the mentions, evidence and quotes it states — every actor named
// by its name key, never by an Entity id. The graph is assembled from these records and the
// resolution of their names (build-graph.ts); kg load writes them and re-points them when the
// resolution of a name changes. Pure.
import { standsForUnnamedPerson } from './unnamed-person';
import type { ArticleExtraction, ArticleMeta } from '../pipeline/extract-article';
import { SYMMETRIC_TYPES, type RelationType } from '../relations/relation';
import { summarizeActors } from '../resolve/actor-summary';
import type { Aliases } from '../resolve/aliases';
import { articleUses, type NameUse } from '../resolve/name-record';
import { dedupeEvidence, type EvidenceRecord } from './evidence';

/** Which extraction produced an article: the extractor version and a hash of its code, rules and alias file. */
export interface ExtractionStamp {
  extractor: string;
  extraction: string;
}

/** The article's MENTIONS of one name key (only for names written out, not demonyms alone). */
export interface MentionRecord {
  group: string;
  count: number;
  forms: string[];
  starts: number[];
}

/** A relation stated by the article, between two name keys (ordered for symmetric types). */
export interface StatedRelation extends EvidenceRecord {
  type: RelationType;
  subject: string;
  object: string;
}

export interface QuoteRecord {
  speaker: string;
  text: string;
  start: number;
  end: number;
  rule: string;
  confidence: number;
}

export interface ArticleRecord {
  article: ArticleMeta;
  stamp?: ExtractionStamp;
  /** Sorted by name key. */
  uses: NameUse[];
  mentions: MentionRecord[];
  relations: StatedRelation[];
  quotes: QuoteRecord[];
}

function mentionRecords(ex: ArticleExtraction, groupOf: Map<string, string>): MentionRecord[] {
  const byId = new Map(ex.mentions.map((m) => [m.id, m]));
  const byGroup = new Map<string, MentionRecord>();
  for (const actor of ex.actors) {
    const mentions = actor.mentionIds.map((id) => byId.get(id)).filter((m) => m !== undefined);
    if (!mentions.some((m) => !m.linkOnly)) continue; // known only through a demonym: no MENTIONS
    const group = groupOf.get(actor.key) as string;
    const record = byGroup.get(group) ?? { group, count: 0, forms: [], starts: [] };
    record.count += actor.mentionIds.length;
    for (const f of actor.forms) if (!record.forms.includes(f)) record.forms.push(f);
    record.starts.push(...mentions.map((m) => m.start));
    byGroup.set(group, record);
  }
  for (const r of byGroup.values()) r.starts.sort((a, b) => a - b);
  return [...byGroup.values()].sort((a, b) => (a.group < b.group ? -1 : 1));
}

function statedRelations(ex: ArticleExtraction, groupOf: Map<string, string>): StatedRelation[] {
  const byFact = new Map<string, StatedRelation[]>();
  for (const rel of ex.relations) {
    let [subject, object] = [groupOf.get(rel.subject), groupOf.get(rel.object)];
    if (!subject || !object || subject === object) continue; // one name key: never an edge
    if (standsForUnnamedPerson(ex, rel, rel.subject) || standsForUnnamedPerson(ex, rel, rel.object)) continue; // 'Iranian envoy': not Iran
    if (SYMMETRIC_TYPES.has(rel.type) && object < subject) [subject, object] = [object, subject];
    const { evidence: sentence, start, end, rule, confidence, role, date, place } = rel;
    const stated: StatedRelation = { type: rel.type, subject, object, article: ex.article.id, sentence, start, end, rule, confidence, role, date, place };
    const fact = `${rel.type}|${subject}|${object}`;
    byFact.set(fact, [...(byFact.get(fact) ?? []), stated]);
  }
  // One record per fact and span (the most confident), as on the edge it supports.
  const kept = [...byFact.values()].flatMap((list) => dedupeEvidence(list) as StatedRelation[]);
  const rank = (r: StatedRelation): string => `${r.type}|${r.subject}|${r.object}`;
  return kept.sort((a, b) => a.start - b.start || a.end - b.end || (rank(a) < rank(b) ? -1 : rank(a) > rank(b) ? 1 : 0));
}

export function recordArticle(ex: ArticleExtraction, aliases: Aliases, stamp?: ExtractionStamp): ArticleRecord {
  const { uses, groupOf } = articleUses(summarizeActors(ex), aliases);
  const quotes: QuoteRecord[] = [];
  for (const q of ex.quotes) {
    const speaker = groupOf.get(q.speaker);
    if (speaker) quotes.push({ speaker, text: q.text, start: q.start, end: q.end, rule: q.rule, confidence: q.confidence });
  }
  const record: ArticleRecord = { article: ex.article, uses, mentions: mentionRecords(ex, groupOf), relations: statedRelations(ex, groupOf), quotes };
  if (stamp) record.stamp = stamp;
  return record;
}
