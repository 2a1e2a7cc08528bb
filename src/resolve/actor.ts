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
}

export interface Actor {
  /** Entity.id: stable slug of type + canonical name, e.g. "person:elon-musk". */
  id: string;
  type: ActorType;
  name: string;
  aliases: string[];
  roles: string[];
  mentions: number;
  firstSeen?: string;
  lastSeen?: string;
}
