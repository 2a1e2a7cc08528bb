// Relations stage: typed relations between the actors of one article. (First pass: none; the
// rule-based stage fills it in.)
import type { Mention } from '../mentions/mention';
import type { ParsedArticle } from '../nlp/parsed-article';
import type { ResolvedMentions } from '../resolve/resolve-actors';
import type { Quote, Relation } from './relation';

export interface FoundRelations {
  relations: Relation[];
  quotes: Quote[];
}

export function findRelations(parsed: ParsedArticle, mentions: readonly Mention[], resolved: ResolvedMentions): FoundRelations {
  void parsed;
  void mentions;
  void resolved;
  return { relations: [], quotes: [] };
}
