// An actor mention found in a sentence. Offsets are into Article.text; token indexes are into
// Sentence.tokens (end exclusive).

export type ActorType = 'Person' | 'Organization' | 'Location';
export const ACTOR_TYPES: readonly ActorType[] = ['Person', 'Organization', 'Location'];

export interface Mention {
  /** Unique within the article: `${sentence}:${tokenStart}-${tokenEnd}`. */
  id: string;
  sentence: number;
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
  /** Surface text of the name as written (titles and possessive 's excluded). */
  text: string;
  type: ActorType;
  /** Title or role written with the name ("Foreign Minister", "Sen."), kept apart from it. */
  role?: string;
  /** Token index where the written role/title starts ([roleTokenStart, tokenStart) is the role). */
  roleTokenStart?: number;
  /** Id of the rule that produced the mention (for --explain). */
  rule: string;
  confidence: number;
  /** When the mention is a demonym/adjective ("Iranian"), the name it stands for ("Iran"). */
  canonical?: string;
}
