// User aliases (docs/aliases.md): names to merge, pairs never to merge, and renames. Parsed from
// a file by read-aliases.ts; resolveAcross takes them as plain data.
import { compactKey } from '../text/normalize-name';

export interface Aliases {
  /** Each list names one actor: all its names end up on one node. */
  merge: string[][];
  /** Each list names different actors: never put two of them on one node. */
  forbid: string[][];
  /** Surface name → canonical name ("UN" → "United Nations"). */
  names: Record<string, string>;
}

export const NO_ALIASES: Aliases = { merge: [], forbid: [], names: {} };

/** Name keys of `forbid` lists: key → ids of the lists that contain it. */
export function forbidIndex(aliases: Aliases): Map<string, number[]> {
  const index = new Map<string, number[]>();
  aliases.forbid.forEach((list, id) => {
    for (const name of list) index.set(compactKey(name), [...(index.get(compactKey(name)) ?? []), id]);
  });
  return index;
}
