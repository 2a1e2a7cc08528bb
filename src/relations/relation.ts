// Typed relations between actors of one article, each with its evidence.

export const RELATION_TYPES = [
  'MET_WITH',
  'ADVISES',
  'ALLY_OF',
  'WORKS_FOR',
  'APPOINTED',
  'CRITICIZED',
  'SUPPORTS',
  'KILLED',
  'OWNS',
  'BASED_IN',
  'LIVES_IN',
  'LOCATED_IN',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Relations stored once, with start/end ordered by node id. */
export const SYMMETRIC_TYPES: ReadonlySet<string> = new Set<RelationType>(['MET_WITH', 'ALLY_OF']);

export interface Relation {
  type: RelationType;
  /** LocalActor keys within the article. */
  subject: string;
  object: string;
  /** Id of the rule that fired. */
  rule: string;
  confidence: number;
  sentence: number;
  /** The evidence sentence and its offsets in Article.text. */
  evidence: string;
  start: number;
  end: number;
  role?: string;
  date?: string;
  place?: string;
  /** For a tree rule: the dependency path from the cue to the actors (for --explain). */
  path?: string;
}

/** A quotation attributed to a speaker (SAID → Quote). */
export interface Quote {
  speaker: string;
  text: string;
  sentence: number;
  start: number;
  end: number;
  rule: string;
  confidence: number;
}
