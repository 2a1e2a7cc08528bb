// The compact per-article input of cross-article resolution: each local actor's type, names,
// roles, mention count and type confidence, without mentions, sentences or relations. It is all
// resolveAcross reads, so a caller can drop an article's full extraction once it has this
// summary (streaming extraction), and kg load can store it with the article and re-resolve a
// set of articles from the database alone.
import type { ActorType } from '../mentions/mention';
import type { LocalActor } from './actor';

export interface ActorSummary {
  /** The LocalActor key, unique within the article ("a3"). */
  key: string;
  type: ActorType;
  name: string;
  /** Surface forms in first-seen order. */
  forms: string[];
  roles: string[];
  /** Number of mentions in the article. */
  mentions: number;
  /** Type confidence (LocalActor.confidence), when the entities stage set one. */
  confidence?: number;
}

export interface ArticleActors {
  article: string;
  date?: string;
  actors: ActorSummary[];
}

export function summarizeActor(local: LocalActor): ActorSummary {
  const summary: ActorSummary = { key: local.key, type: local.type, name: local.name, forms: [...local.forms], roles: [...local.roles], mentions: local.mentionIds.length };
  if (local.confidence !== undefined) summary.confidence = local.confidence;
  return summary;
}

/** The summary of one article's extraction (anything with its metadata and local actors). */
export function summarizeActors(ex: { article: { id: string; date?: string }; actors: readonly LocalActor[] }): ArticleActors {
  const summary: ArticleActors = { article: ex.article.id, actors: ex.actors.map(summarizeActor) };
  if (ex.article.date !== undefined) summary.date = ex.article.date;
  return summary;
}
