// Statements from cypher/ files run inside one managed write transaction (the driver retries the
// whole function on transient errors), with rows sent in chunks and the database's change counts
// summed.
import type { ManagedTransaction, QueryResult, RecordShape } from 'neo4j-driver';
import { toPlain, type Plain } from '../query/plain-value';
import type { GraphConnection } from './connect';
import { keyStatement, readCypher, relationshipStatement, stripComments } from './cypher-file';
import { toNeo4jError } from './neo4j-errors';
import type { Row } from './row-values';

export interface ChangeCounts {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
}

export const noChanges = (): ChangeCounts => ({ nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 0 });

export function addChanges(into: ChangeCounts, c: ChangeCounts): void {
  for (const k of Object.keys(into) as (keyof ChangeCounts)[]) into[k] += c[k];
}

/** Rows per statement inside a transaction (parameter size stays moderate). */
const CHUNK = 2000;

const statement = (file: string, type?: string): string => {
  const text = stripComments(readCypher(file));
  return type ? relationshipStatement(text, type) : text;
};

export class TxCypher {
  readonly changes = noChanges();

  constructor(private readonly tx: ManagedTransaction) {}

  private count(result: QueryResult<RecordShape>): void {
    const u = result.summary.counters.updates();
    addChanges(this.changes, { nodesCreated: u.nodesCreated, nodesDeleted: u.nodesDeleted, relationshipsCreated: u.relationshipsCreated, relationshipsDeleted: u.relationshipsDeleted, propertiesSet: u.propertiesSet });
  }

  /** Runs cypher/<file> once (with its KEY placeholder replaced when `key` is given); records as plain objects. */
  async read(file: string, params: Record<string, unknown>, key?: { name: string; allowed: readonly string[] }): Promise<Record<string, Plain>[]> {
    const text = key ? keyStatement(statement(file), key.name, key.allowed) : statement(file);
    const result = await this.tx.run(text, params);
    this.count(result);
    return result.records.map((r) => Object.fromEntries(r.keys.map((k) => [String(k), toPlain(r.get(k))])));
  }

  /** Runs cypher/<file> (a relationship template when type is given) over rows in chunks. */
  async write(file: string, rows: readonly unknown[], type?: string): Promise<void> {
    if (rows.length === 0) return;
    const text = statement(file, type);
    for (let i = 0; i < rows.length; i += CHUNK) this.count(await this.tx.run(text, { rows: rows.slice(i, i + CHUNK) }));
  }

  /** Runs cypher/<file> once with these parameters; not at all when `ids` is given and empty. */
  async run(file: string, params: Record<string, unknown>): Promise<void> {
    if (Array.isArray(params.ids) && params.ids.length === 0) return;
    this.count(await this.tx.run(statement(file), params));
  }

  /** Takes the loader lock (cypher/load/lock.cypher) until commit; not counted as a change. */
  async lock(holder: string): Promise<void> {
    await this.tx.run(statement('load/lock.cypher'), { holder });
  }

  /** Drops the lock node before commit (cypher/load/unlock.cypher); not counted as a change. */
  async unlock(): Promise<void> {
    await this.tx.run(statement('load/unlock.cypher'), {});
  }
}

/** One managed write transaction; failures become NewsgraphErrors naming the server. */
export async function inWriteTransaction<T>(conn: GraphConnection, work: (cypher: TxCypher) => Promise<T>): Promise<{ value: T; changes: ChangeCounts }> {
  const session = conn.driver.session({ database: conn.target.database });
  try {
    return await session.executeWrite(async (tx) => {
      const cypher = new TxCypher(tx);
      const value = await work(cypher);
      return { value, changes: cypher.changes };
    });
  } catch (err) {
    throw toNeo4jError(err, conn.target.uri, conn.target.username);
  } finally {
    await session.close();
  }
}

export type { Row };
