// Actors: mentions resolved to one node within an article (LocalActor) and across articles
// (Actor, what becomes an Entity node).
import type { ActorType } from '../mentions/mention';

export interface LocalActor {
  /** Unique within the article, e.g. "a3". */
  key: string;
  type: ActorType;
  /** Best full name seen in the article. */
  name: string;
  /** Surface forms used in the article, in first-seen order, de-duplicated. */
  forms: string[];
  mentionIds: string[];
  roles: string[];
  /**
   * Optional (added by the entities stage): confidence of the actor's type, the highest of its
   * mentions' typing rules. Across articles a weakly typed actor joins a strongly typed one of
   * the same name ("Yukos" typed Person from context alone joins the Organization "Yukos").
   */
  confidence?: number;
}

export interface Actor {
  /** Entity.id: stable slug of type + canonical name, e.g. "person:elena-whitfield". */
  id: string;
  type: ActorType;
  name: string;
  aliases: string[];
  roles: string[];
  mentions: number;
  firstSeen?: string;
  lastSeen?: string;
}
