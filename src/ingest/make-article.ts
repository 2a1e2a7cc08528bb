// Builds one Article from decoded text and what is known about its source. HTML character
// references are decoded here for every kind of input (pages, JSONL corpora, plain text).
import type { Article } from './article';
import { makeArticleId } from './article-id';
import { decodeEntities } from './decode-entities';
import { findHeadings } from './find-headings';
import { normalizeLine, normalizeText } from './normalize-text';
import { isCalendarDate } from '../text/calendar-date';

export interface ArticleInput {
  text: string;
  source: string;
  title?: string;
  date?: string;
  url?: string;
  /** The publication, when a JSONL record names it. */
  outlet?: string;
  /** Set for JSONL records: the record id (becomes part of the article id). */
  recordId?: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

/** Keeps the YYYY-MM-DD part of a date when it has one; otherwise (or when it is no calendar day) the date is dropped. */
export function toIsoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (ISO_DATE.test(trimmed)) return isCalendarDate(trimmed.slice(0, 10)) ? trimmed.slice(0, 10) : undefined;
  const parsed = Date.parse(trimmed);
  return Number.isNaN(parsed) ? undefined : new Date(parsed).toISOString().slice(0, 10);
}

export function makeArticle(input: ArticleInput): Article {
  const text = normalizeText(decodeEntities(input.text));
  const structure = input.recordId === undefined ? findHeadings(text) : { title: undefined, headings: [] };
  const title = input.title ? normalizeLine(decodeEntities(input.title)) : structure.title;
  const article: Article = {
    id: makeArticleId(text, input.recordId),
    source: input.source,
    text,
    headings: structure.headings,
  };
  if (title) article.title = title;
  const date = toIsoDate(input.date);
  if (date) article.date = date;
  if (input.url) article.url = input.url;
  if (input.outlet) article.outlet = input.outlet;
  return article;
}
