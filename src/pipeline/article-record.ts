// What one article contributes to the graph, with its actors still local (keys such as "a3"):
// the compact form an extraction takes once its mentions and sentences are no longer needed. It
// crosses the worker-thread boundary as one JSON line and is what a streaming run spills to disk
// until cross-article resolution has given every local actor its node id. Pure.
import type { RelationType } from '../relations/relation';
import { summarizeActor, type ActorSummary } from '../resolve/actor-summary';
import type { ArticleExtraction, ArticleMeta } from './extract-article';

/** A local actor: what resolution reads (its summary) plus what its MENTIONS edge needs. */
export interface ActorRecord extends ActorSummary {
  /** Named at least once (not only through a demonym such as "Belgian"). */
  named: boolean;
  /** Start offsets of its mentions, ascending (-1 for an unknown mention). */
  starts: number[];
}

export interface RelationRecord {
  type: RelationType;
  subject: string;
  object: string;
  rule: string;
  confidence: number;
  evidence: string;
  start: number;
  end: number;
  role?: string;
  date?: string;
  place?: string;
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
  actors: ActorRecord[];
  relations: RelationRecord[];
  quotes: QuoteRecord[];
}

export function toArticleRecord(ex: ArticleExtraction): ArticleRecord {
  const starts = new Map(ex.mentions.map((m) => [m.id, m.start]));
  const named = new Set(ex.mentions.filter((m) => !m.linkOnly).map((m) => ex.actorOf[m.id]));
  const actors = ex.actors.map((a): ActorRecord => ({
    ...summarizeActor(a),
    named: named.has(a.key),
    starts: a.mentionIds.map((id) => starts.get(id) ?? -1).sort((x, y) => x - y),
  }));
  const relations = ex.relations.map(({ type, subject, object, rule, confidence, evidence, start, end, role, date, place }): RelationRecord => {
    const record: RelationRecord = { type, subject, object, rule, confidence, evidence, start, end };
    if (role !== undefined) record.role = role;
    if (date !== undefined) record.date = date;
    if (place !== undefined) record.place = place;
    return record;
  });
  const quotes = ex.quotes.map(({ speaker, text, start, end, rule, confidence }) => ({ speaker, text, start, end, rule, confidence }));
  return { article: ex.article, actors, relations, quotes };
}
