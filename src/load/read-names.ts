// Fetches :Name records for gather-names.ts inside the batch transaction: by key, by each link
// key (one indexed lookup per property), and by alias-file merge list.
import { LINK_FIELDS, type NameQuery } from './gather-names';
import { readStoredName, type StoredName } from './stored-name';
import type { TxCypher } from './tx-cypher';

const KEYS = ['id', 'idKey', ...LINK_FIELDS] as const;

export async function readNames(cypher: TxCypher, query: NameQuery): Promise<StoredName[]> {
  const lookups: Array<[string, string[]]> = [['id', query.ids], ['idKey', query.idKeys], ...LINK_FIELDS.map((f): [string, string[]] => [f, query.links[f]])];
  const rows = [];
  for (const [name, values] of lookups) {
    if (values.length > 0) rows.push(...(await cypher.read('load/read-names.cypher', { values }, { name, allowed: KEYS })));
  }
  if (query.mergeLists.length > 0) rows.push(...(await cypher.read('load/read-names-by-list.cypher', { lists: query.mergeLists })));
  return rows.map((r) => readStoredName(r.props));
}
