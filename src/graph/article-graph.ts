// One article's part of the graph once its local actors have node ids: its Article node, its
// MENTIONS, its Quote nodes, and the evidence it adds to entity–entity and SAID edges. Both the
// in-memory graph builder and the streaming writer assemble the document from these parts, so the
// two give the same bytes. Pure.
import { createHash } from 'node:crypto';
import type { ArticleRecord } from '../pipeline/article-record';
import { SYMMETRIC_TYPES } from '../relations/relation';
import type { EvidenceRecord } from './evidence';
import type { GraphNode, GraphRelationship, GraphRelationshipType } from './graph-document';
import { articleNode } from './node-properties';

export interface EdgeEvidence {
  type: GraphRelationshipType;
  start: string;
  end: string;
  record: EvidenceRecord;
}

export interface ArticleGraph {
  article: GraphNode;
  mentions: GraphRelationship[];
  quotes: GraphNode[];
  evidence: EdgeEvidence[];
  /** Node ids of actors named at least once here (not only through a demonym). */
  named: string[];
}

// Code-unit order, not localeCompare: the order (and so the bytes) must not depend on the
// machine's locale (LANG), which picks ICU's collation.
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
export const compareRels = (a: Pick<GraphRelationship, 'type' | 'start' | 'end'>, b: Pick<GraphRelationship, 'type' | 'start' | 'end'>): number =>
  compareText(a.type, b.type) || compareText(a.start, b.start) || compareText(a.end, b.end);

export const makeQuoteId = (articleId: string, start: number): string =>
  `quote-${createHash('sha256').update(`${articleId}:${start}`).digest('hex').slice(0, 16)}`;

function edgeEvidence(type: GraphRelationshipType, from: string, to: string, record: EvidenceRecord): EdgeEvidence {
  const [start, end] = SYMMETRIC_TYPES.has(type) && to < from ? [to, from] : [from, to];
  return { type, start, end, record };
}

/** `ids`: LocalActor key → node id, from cross-article resolution. */
export function articleGraph(rec: ArticleRecord, ids: Readonly<Record<string, string>>): ArticleGraph {
  const articleId = rec.article.id;
  const mentions = rec.actors.map((actor): GraphRelationship => ({
    type: 'MENTIONS',
    start: articleId,
    end: ids[actor.key],
    properties: { count: actor.mentions, forms: [...actor.forms], starts: actor.starts },
  }));
  const evidence: EdgeEvidence[] = [];
  for (const rel of rec.relations) {
    const from = ids[rel.subject];
    const to = ids[rel.object];
    if (!from || !to || from === to) continue;
    const { evidence: sentence, start, end, rule, confidence, role, date, place } = rel;
    evidence.push(edgeEvidence(rel.type, from, to, { article: articleId, sentence, start, end, rule, confidence, role, date, place }));
  }
  const quotes: GraphNode[] = [];
  for (const quote of rec.quotes) {
    const speaker = ids[quote.speaker];
    if (!speaker) continue;
    const id = makeQuoteId(articleId, quote.start);
    quotes.push({ id, labels: ['Quote'], properties: { text: quote.text, article: articleId, start: quote.start, end: quote.end } });
    evidence.push(edgeEvidence('SAID', speaker, id, { article: articleId, sentence: quote.text, start: quote.start, end: quote.end, rule: quote.rule, confidence: quote.confidence }));
  }
  const named = rec.actors.filter((a) => a.named).map((a) => ids[a.key]);
  return { article: articleNode(rec.article), mentions, quotes, evidence, named };
}
