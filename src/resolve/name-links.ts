// The keys through which two NameRecords can affect each other's resolution (resolve-names.ts,
// group-merges.ts): the same organization key (one type per name); the same surname (spelling
// variants between full names); a lone name and the full names whose surname it is; an acronym
// and the names whose initials it is; a merge list of the alias file; and the slug of the
// resolved id (a second "x" becomes "x-2"). kg load follows these keys to the closed set of
// records a change can reach and re-resolves that set alone.
import { compactKey, initialsOf, orgKey } from '../text/normalize-name';
import type { Aliases } from './aliases';
import { wordCount } from './group-merges';
import { recordName, type NameRecord } from './name-record';
import { surnameOf } from './variant-rules';

export interface NameLinks {
  orgKey: string;
  /** Full person names: their surname (also matched by loneKey). */
  surnameKey?: string;
  /** One-word person names: the surname they may stand for. */
  loneKey?: string;
  /** Other full names: their initials (matched by acronymKey). */
  initialsKey?: string;
  /** Other one-word names: the initials they may stand for. */
  acronymKey?: string;
  /** Indexes of the alias file's merge lists that name the record. */
  mergeLists?: number[];
}

export function nameLinks(record: NameRecord, aliases: Aliases): NameLinks {
  const name = recordName(record);
  const links: NameLinks = { orgKey: orgKey(name) };
  const single = wordCount(name) === 1;
  if (record.type === 'Person') {
    if (single) links.loneKey = compactKey(name);
    else links.surnameKey = surnameOf(name) ?? '';
  } else if (single) links.acronymKey = compactKey(name);
  else if (wordCount(name) >= 2) links.initialsKey = initialsOf(name);
  const keys = new Set([compactKey(name), ...[...record.forms.keys()].map(compactKey)]);
  const lists = aliases.merge.flatMap((list, i) => (list.some((k) => keys.has(compactKey(k))) ? [i] : []));
  if (lists.length > 0) links.mergeLists = lists;
  return links;
}

/** The slug an id competes for: the id without a "-N" suffix. */
export const idKeyOf = (id: string): string => id.replace(/-\d+$/, '');
