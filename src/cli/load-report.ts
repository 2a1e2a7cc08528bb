// What kg load, kg remove and kg demo print about a load: the articles' fate and the database's
// changes, and the graph's totals afterwards.
import type { GraphConnection } from '../load/connect';
import { readCypher } from '../load/cypher-file';
import type { LoadSummary } from '../load/load-graph';
import { runCypherTable } from '../query/run-named-query';
import { countOf } from './count-of';

export function describeLoad(s: LoadSummary): string {
  const parts = s.removed > 0 && s.added === 0 ? [] : [`${s.added - s.replaced} new`, `${s.skipped} unchanged (skipped)`, `${s.replaced} replaced`];
  if (s.stale > 0) parts.push(`${s.stale} kept from another extraction (--no-replace)`);
  if (s.removed > 0) parts.push(`${s.removed} removed`);
  const c = s.changes;
  return `${countOf(s.added + s.skipped + s.stale + s.removed, 'article')}: ${parts.join(', ')}.\nDatabase changes: ${c.nodesCreated} nodes and ${c.relationshipsCreated} relationships created, ${c.nodesDeleted} nodes and ${c.relationshipsDeleted} relationships deleted.`;
}

const ENTITY_TYPES = new Set(['Person', 'Organization', 'Location']);
const OTHER_TYPES = new Set(['MENTIONS', 'SAID']);

/** "The graph holds 3 articles, 19 entities (...), 28 MENTIONS, 0 quotes; relations: MET_WITH 2, ..." */
export async function graphTotals(conn: GraphConnection): Promise<string> {
  const labels = await runCypherTable(conn, readCypher('stats/labels.cypher'), {});
  const types = await runCypherTable(conn, readCypher('stats/relationship-types.cypher'), {});
  const label = (name: string): number => Number(labels.rows.find((r) => r.label === name)?.count ?? 0);
  const type = (name: string): number => Number(types.rows.find((r) => r.type === name)?.count ?? 0);
  const byType = labels.rows.filter((r) => ENTITY_TYPES.has(String(r.label))).map((r) => `${String(r.count)} ${String(r.label)}`).join(', ');
  const relations = types.rows.filter((r) => !OTHER_TYPES.has(String(r.type))).map((r) => `${String(r.type)} ${String(r.count)}`).join(', ') || 'none';
  return `The graph holds ${label('Article')} articles, ${label('Entity')} entities${byType ? ` (${byType})` : ''}, ${type('MENTIONS')} MENTIONS, ${label('Quote')} quotes, ${label('Evidence')} evidence records; relations: ${relations}.`;
}

/** Articles whose stored extraction stamp differs from `extraction` (loaded by another version or alias file). */
export async function staleCount(conn: GraphConnection, extraction: string): Promise<number> {
  const table = await runCypherTable(conn, readCypher('stats/stale-articles.cypher'), { extraction });
  return Number(table.rows[0]?.stale ?? 0);
}
