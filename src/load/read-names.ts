// Fetches :Name records for gather-names.ts inside the batch transaction.
import type { NameQuery } from './gather-names';
import { readStoredName, type StoredName } from './stored-name';
import type { TxCypher } from './tx-cypher';

export async function readNames(cypher: TxCypher, query: NameQuery): Promise<StoredName[]> {
  const rows = await cypher.read('load/read-names.cypher', { ids: query.ids, idKeys: query.idKeys, ...query.links });
  if (query.mergeLists.length > 0) rows.push(...(await cypher.read('load/read-names-by-list.cypher', { lists: query.mergeLists })));
  return rows.map((r) => readStoredName(r.props));
}
