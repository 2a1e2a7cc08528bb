// Stable article ids: a hash of the normalized text, so the same article read from two paths or
// loaded twice is one Article node. A JSONL record's id is part of its identity (corpora can hold
// two records with the same text, e.g. short wire sentences), so it enters the hash as well.
import { createHash } from 'node:crypto';

export function makeArticleId(text: string, recordId?: string): string {
  const hash = createHash('sha256');
  if (recordId !== undefined) hash.update(`record:${recordId}\n`);
  hash.update(text);
  return `article-${hash.digest('hex').slice(0, 16)}`;
}
