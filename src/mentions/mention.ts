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
  /**
   * Optional (added by the entities stage). The form as written when it differs from `text`
   * because a courtesy title that is conventionally part of the written name opens the role:
   * "Mr. Vee", "President Kennedy" (text "Vee"/"Kennedy", role "Mr."/"President"). Graph
   * MENTIONS `forms` use `surface ?? text`.
   */
  surface?: string;
  /**
   * Optional. True when the mention links to the actor but is not a surface form of its name:
   * demonyms and adjectives ("Iranian", "Iranian-backed" → Iran). Such mentions count towards
   * the actor but never add to its forms/aliases.
   */
  linkOnly?: boolean;
  /**
   * Optional. The place written with its qualifying US state, as news style writes towns:
   * "Amherst, Mass." for the mention "Amherst" followed by the state mention "Mass.". It is an
   * additional surface form of the same actor (the state stays its own mention and actor).
   */
  qualifiedForm?: string;
  /**
   * Optional. The mention sits in a title or section-heading line. Within-article resolution reads
   * the order in which the body introduces names ("Fiat" before "Fiat Auto" is its own actor) and
   * skips heading mentions for that.
   */
  heading?: boolean;
  /**
   * Optional. Id of a mention in the same sentence that the text says names the same actor:
   * "Jay-Z, real name Shawn Carter", "X, which is to be renamed Y", "X (Y)". Resolution joins them.
   */
  sameAs?: string;
}
