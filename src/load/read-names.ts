// Fetches stored :Name records for gather-names.ts inside the batch transaction: heads by each
// link key (one indexed lookup per property) and by alias-file merge list, each name once; whole
// records by name key.
import { LINK_FIELDS, type NameQuery, type NameSource } from './gather-names';
import { readNameHead, readStoredName, type StoredName } from './stored-name';
import type { TxCypher } from './tx-cypher';

const KEYS = ['idKey', ...LINK_FIELDS] as const;

async function readHeads(cypher: TxCypher, query: NameQuery): Promise<StoredName[]> {
  const found = new Map<string, StoredName>();
  const keep = (rows: Array<Record<string, unknown>>): void => {
    for (const row of rows) {
      const id = String((row.props as { id?: unknown }).id);
      if (!found.has(id)) found.set(id, readNameHead(row.props));
    }
  };
  const lookups: Array<[string, string[]]> = [['idKey', query.idKeys], ...LINK_FIELDS.map((f): [string, string[]] => [f, query.links[f]])];
  for (const [name, values] of lookups) {
    if (values.length > 0) keep(await cypher.read('load/read-name-heads.cypher', { values }, { name, allowed: KEYS }));
  }
  if (query.mergeLists.length > 0) keep(await cypher.read('load/read-name-heads-by-list.cypher', { lists: query.mergeLists }));
  return [...found.values()];
}

export function nameSource(cypher: TxCypher): NameSource {
  return {
    heads: (query) => readHeads(cypher, query),
    records: async (keys) => (keys.length === 0 ? [] : (await cypher.read('load/read-names.cypher', { values: keys })).map((r) => readStoredName(r.props))),
  };
}
