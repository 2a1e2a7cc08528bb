// The per-article part of the pipeline: nlp → mentions → resolve (within the article) →
// relations. Pure: plain data in, plain data out, so it can run in a worker thread.
import type { Article } from '../ingest/article';
import { findMentions } from '../mentions/find-mentions';
import type { Mention } from '../mentions/mention';
import { parseArticle } from '../nlp/parse-article';
import type { ParsedArticle } from '../nlp/parsed-article';
import { findRelations } from '../relations/find-relations';
import type { Quote, Relation } from '../relations/relation';
import type { LocalActor } from '../resolve/actor';
import { resolveActors } from '../resolve/resolve-actors';
import type { Warning } from '../warnings';

/** Article metadata as it goes into the graph (the text itself is not kept). */
export type ArticleMeta = Omit<Article, 'text' | 'headings'> & { chars: number };

/** A sentence's place in the article, kept only when a trace is asked for (`kg extract --explain`). */
export interface SentenceSpan {
  index: number;
  start: number;
  end: number;
  text: string;
  heading: boolean;
}

export interface ExtractArticleOptions {
  /** Keep the sentences in the result, for the --explain trace. */
  trace?: boolean;
}

export interface ArticleExtraction {
  article: ArticleMeta;
  mentions: Mention[];
  actors: LocalActor[];
  /** Mention id → LocalActor key. */
  actorOf: Record<string, string>;
  relations: Relation[];
  quotes: Quote[];
  warnings: Warning[];
  sentences?: SentenceSpan[];
}

export function toArticleMeta(article: Article): ArticleMeta {
  const { text, headings, ...meta } = article;
  void headings;
  return { ...meta, chars: text.length };
}

/** nlp → mentions → resolve: an article's actors, no relations yet. */
function extractActors(article: Article, options: ExtractArticleOptions): { parsed: ParsedArticle; ex: ArticleExtraction } {
  const parsed = parseArticle(article);
  const mentions = findMentions(parsed);
  const resolved = resolveActors(mentions);
  const warnings: Warning[] = [];
  if (mentions.length === 0) {
    warnings.push({ code: 'NO_ACTORS', message: `${article.source}: no actors found`, source: article.source });
  }
  const ex: ArticleExtraction = { article: toArticleMeta(article), mentions, actors: resolved.actors, actorOf: resolved.actorOf, relations: [], quotes: [], warnings };
  if (options.trace) ex.sentences = parsed.sentences.map(({ index, start, end, text, heading }) => ({ index, start, end, text, heading }));
  return { parsed, ex };
}

export function extractArticle(article: Article, options: ExtractArticleOptions = {}): ArticleExtraction {
  const { parsed, ex } = extractActors(article, options);
  const { relations, quotes } = findRelations(parsed, ex.mentions, { actors: ex.actors, actorOf: ex.actorOf });
  return { ...ex, relations, quotes };
}

const reasonOf = (err: unknown): string => (err instanceof Error ? err.message : String(err));

function failureWarning(article: Article, stage: string, err: unknown, consequence: string): Warning {
  const message = `${article.source}: extraction failed in ${stage} (${reasonOf(err)}); ${consequence}. This is a bug: please report it with the input`;
  return { code: 'EXTRACTION_FAILED', message, source: article.source, fatal: true };
}

/**
 * Like extractArticle, but an unexpected failure becomes a loud warning instead of an exception:
 * when only relation finding fails the article keeps its actors; otherwise it is skipped. The
 * rules themselves must not throw (the fuzz test calls extractArticle directly); this net only
 * keeps one bad article from stopping a batch.
 */
export function extractArticleSafely(article: Article, options: ExtractArticleOptions = {}): ArticleExtraction {
  try {
    return extractArticle(article, options);
  } catch (err) {
    try {
      const { ex } = extractActors(article, options);
      return { ...ex, warnings: [...ex.warnings, failureWarning(article, 'relation finding', err, 'its relations and quotes are skipped, its actors kept')] };
    } catch (again) {
      const warning = failureWarning(article, 'parsing or actor finding', again, 'article skipped');
      return { article: toArticleMeta(article), mentions: [], actors: [], actorOf: {}, relations: [], quotes: [], warnings: [warning] };
    }
  }
}
