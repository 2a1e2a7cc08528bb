// Keeps an edge's aggregates (evidence.ts) up to date from what a batch changes, in time
// proportional to the articles changed, not to the edge: the change is given per article as that
// article's records on the edge before and after. Counts move by differences; the article sample,
// the top record and role/date/place move by comparison with the stored values, except when a
// record that may have given a stored value leaves — that value is then read back from the
// remaining records through an index (`rederive`). Pure.
import {
  ARTICLE_SAMPLE, DETAIL_FIELDS, compareCodePoints, compareTop, distinctKeys, firstArticles, firstValue, roundConfidence,
  type DetailField, type EvidenceRecord,
} from './evidence';
import type { Properties } from './graph-document';

/** One article's records on one edge, before and after the batch. */
export interface ArticleShare {
  article: string;
  before: readonly EvidenceRecord[];
  after: readonly EvidenceRecord[];
}

export type Rederive = 'articles' | 'top' | DetailField;

export interface EdgeUpdate {
  /** The new aggregates; absent when the edge is left without evidence (or `full`). */
  props?: Properties;
  /** Values to read back from the remaining records and set on props. */
  rederive: Rederive[];
  /** The stored edge predates the counters: recompute it from all its records. */
  full?: boolean;
}

const num = (v: unknown): number => (typeof v === 'number' ? v : 0);

function updateSample(stored: Properties | undefined, shares: readonly ArticleShare[], articleCount: number): string[] | undefined {
  const sample = Array.isArray(stored?.articles) ? stored.articles.map(String) : [];
  const leaving = new Set(shares.filter((s) => s.before.length > 0 && s.after.length === 0).map((s) => s.article));
  const entering = shares.filter((s) => s.before.length === 0 && s.after.length > 0).map((s) => s.article);
  const merged = firstArticles([...sample.filter((a) => !leaving.has(a)), ...entering], Infinity);
  if (merged.length === articleCount) return merged.slice(0, ARTICLE_SAMPLE);
  // The sample was full: every article outside it sorts after its last id.
  const first = merged.slice(0, ARTICLE_SAMPLE);
  const floor = sample[sample.length - 1];
  return first.length === ARTICLE_SAMPLE && floor !== undefined && compareCodePoints(first[first.length - 1], floor) <= 0 ? first : undefined;
}

export function updateEdge(stored: Properties | undefined, shares: readonly ArticleShare[]): EdgeUpdate {
  if (stored !== undefined && typeof stored.articleCount !== 'number') return { rederive: [], full: true };
  let count = num(stored?.count);
  let articleCount = num(stored?.articleCount);
  for (const s of shares) {
    count += distinctKeys(s.after) - distinctKeys(s.before);
    articleCount += Number(s.after.length > 0) - Number(s.before.length > 0);
  }
  if (count <= 0) return { rederive: [] };
  const removed = shares.flatMap((s) => s.before);
  const added = shares.flatMap((s) => s.after);
  const rederive: Rederive[] = [];
  const props: Properties = { articleCount, count };
  const sample = updateSample(stored, shares, articleCount);
  if (sample) props.articles = sample;
  else rederive.push('articles');
  const storedTop = typeof stored?.rule === 'string' ? { confidence: num(stored.confidence), rule: stored.rule } : undefined;
  if (storedTop && removed.some((r) => compareTop(r, storedTop) === 0)) rederive.push('top');
  else {
    const top = added.reduce((a, b) => (!a || compareTop(b, a) > 0 ? b : a), storedTop);
    if (top) [props.confidence, props.rule] = [roundConfidence(top.confidence), top.rule];
  }
  for (const field of DETAIL_FIELDS) {
    const value = typeof stored?.[field] === 'string' ? stored[field] : undefined;
    if (value !== undefined && removed.some((r) => r[field] === value)) rederive.push(field);
    else {
      const first = firstValue([value, ...added.map((r) => r[field])]);
      if (first !== undefined) props[field] = first;
    }
  }
  return { props, rederive };
}
