// Extracts a batch of articles into the compact form that leaves the extracting thread: one
// buffer of JSON lines (each article's record, in order; transferable, so it crosses the thread
// boundary without a copy) plus, per article, its actor summary for cross-article resolution,
// its warnings and a relation count. The full extraction goes along only for a trace (--explain).
import type { Article } from '../ingest/article';
import { summarizeActors, type ArticleActors } from '../resolve/actor-summary';
import type { Warning } from '../warnings';
import { toArticleRecord } from './article-record';
import { extractArticleSafely, type ArticleExtraction, type ExtractArticleOptions } from './extract-article';

export interface ArticleResult {
  summary: ArticleActors;
  warnings: Warning[];
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

export function extractBatch(articles: readonly Article[], options: ExtractArticleOptions = {}): ResultBatch {
  const results: ArticleResult[] = [];
  let lines = '';
  for (const article of articles) {
    const ex = extractArticleSafely(article, options);
    lines += JSON.stringify(toArticleRecord(ex)) + '\n';
    const result: ArticleResult = { summary: summarizeActors(ex), warnings: ex.warnings, relations: ex.relations.length };
    if (options.trace) result.extraction = ex;
    results.push(result);
  }
  return { results, lines: encoder.encode(lines) };
}
