// Stable shards of a corpus by article id (`--shard I/N`): an article belongs to shard
// 1 + (the first 8 hex digits of its id's hash mod N), the same on every machine and in every run,
// so N processes over N shards see disjoint sets whose union is the corpus.
import { createHash } from 'node:crypto';
import { NewsgraphError } from '../errors';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

export function parseShard(raw: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(raw.trim());
  const [index, count] = m ? [Number(m[1]), Number(m[2])] : [0, 0];
  if (!m || count < 1 || index < 1 || index > count) {
    throw new NewsgraphError('USAGE', `--shard must be I/N with 1 <= I <= N, got "${raw}"`, 'Example: --shard 2/4 (the second of four shards).');
  }
  return { index, count };
}

export function inShard(articleId: string, shard: Shard | undefined): boolean {
  if (!shard || shard.count === 1) return true;
  const hex = createHash('sha256').update(articleId).digest('hex').slice(0, 8);
  return (parseInt(hex, 16) % shard.count) + 1 === shard.index;
}
