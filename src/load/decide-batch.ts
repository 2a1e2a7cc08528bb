// What a batch does to each article, decided under the loader lock from what the database holds
// (pure): an article loaded by the same extraction is skipped (a reload is a no-op); one loaded by
// another extraction is replaced, or kept when replacing is off; a new article with the source or
// url of a stored one not given in this run (a corrected story) replaces it when replacing is on.
import type { ArticleRecord } from '../graph/article-record';
import type { Plain } from '../query/plain-value';

export interface StoredArticle {
  id: string;
  extraction?: string;
  source?: string;
  url?: string;
}

export interface BatchRequest {
  add: readonly ArticleRecord[];
  /** Article ids to remove (kg remove). */
  remove: readonly string[];
  replace: boolean;
  /** Articles of the current run: never replaced as an older version of another. */
  protect: ReadonlySet<string>;
}

export interface BatchDecision {
  add: ArticleRecord[];
  remove: string[];
  skipped: string[];
  /** Loaded by another extraction and kept (replace off). */
  stale: string[];
  /** Removed to make room for a new version (another extraction, or a corrected story). */
  replaced: string[];
}

const str = (v: Plain | undefined): string | undefined => (typeof v === 'string' ? v : undefined);

export function readStoredArticle(row: Record<string, Plain>): StoredArticle {
  return { id: String(row.id), extraction: str(row.extraction), source: str(row.source), url: str(row.url) };
}

export function decideBatch(request: BatchRequest, stored: readonly StoredArticle[]): BatchDecision {
  const byId = new Map(stored.map((a) => [a.id, a]));
  const decision: BatchDecision = { add: [], remove: [], skipped: [], stale: [], replaced: [] };
  const removing = new Set<string>();
  const drop = (id: string, replaced: boolean): void => {
    if (removing.has(id)) return;
    removing.add(id);
    (replaced ? decision.replaced : decision.remove).push(id);
  };
  for (const id of request.remove) if (byId.has(id)) drop(id, false);
  const seen = new Set<string>();
  for (const record of request.add) {
    const id = record.article.id;
    if (seen.has(id)) continue;
    seen.add(id);
    const old = byId.get(id);
    if (old && old.extraction === record.stamp?.extraction) {
      decision.skipped.push(id);
      continue;
    }
    if (old && !request.replace) {
      decision.stale.push(id);
      continue;
    }
    if (old) drop(id, true);
    if (request.replace) {
      const { source, url } = record.article;
      for (const other of stored) {
        if (other.id === id || request.protect.has(other.id) || seen.has(other.id)) continue;
        if ((source !== undefined && other.source === source) || (url !== undefined && other.url === url)) drop(other.id, true);
      }
    }
    decision.add.push(record);
  }
  decision.remove = [...decision.remove, ...decision.replaced];
  return decision;
}
