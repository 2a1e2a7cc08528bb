// Extracts a batch of articles into the compact form that leaves the extracting thread: one
// buffer of JSON lines (each article's ArticleRecord, in order; transferable, so it crosses the
// thread boundary without a copy) plus, per article, its name uses for the cross-article name
// index, its warnings and counts. The full extraction goes along only for a trace (--explain).
import { recordArticle, type ArticleRecord, type ExtractionStamp } from '../graph/article-record';
import type { Article } from '../ingest/article';
import type { Aliases } from '../resolve/aliases';
import type { Warning } from '../warnings';
import { extractArticleSafely, type ArticleExtraction, type ExtractArticleOptions } from './extract-article';

/** What every extracting thread is started with (plain data: it crosses to the workers once). */
export interface BatchOptions extends ExtractArticleOptions {
  aliases: Aliases;
  /** Recorded on every Article (which extraction produced it). */
  stamp?: ExtractionStamp;
}

export interface ArticleResult {
  /** The record's uses of name keys and the article's date: all the name index needs. */
  uses: ArticleRecord['uses'];
  date?: string;
  warnings: Warning[];
  /** Local actors and relations found (progress figures). */
  actors: number;
  relations: number;
  /** Only when a trace is asked for (ExtractArticleOptions.trace). */
  extraction?: ArticleExtraction;
}

export interface ResultBatch {
  results: ArticleResult[];
  /** UTF-8 JSON of each article's ArticleRecord, one line each ("\n"-terminated), in order. */
  lines: Uint8Array;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function extractBatch(articles: readonly Article[], options: BatchOptions): ResultBatch {
  const results: ArticleResult[] = [];
  let lines = '';
  for (const article of articles) {
    const ex = extractArticleSafely(article, options);
    const record = recordArticle(ex, options.aliases, options.stamp);
    lines += JSON.stringify(record) + '\n';
    const result: ArticleResult = { uses: record.uses, warnings: ex.warnings, actors: ex.actors.length, relations: ex.relations.length };
    if (ex.article.date !== undefined) result.date = ex.article.date;
    if (options.trace) result.extraction = ex;
    results.push(result);
  }
  return { results, lines: encoder.encode(lines) };
}

/** The article records of a batch's lines, in order. */
export function parseRecords(lines: Uint8Array): ArticleRecord[] {
  return decoder
    .decode(lines)
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as ArticleRecord);
}
