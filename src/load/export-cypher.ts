// `kg extract --format cypher`: a script that loads the graph in cypher-shell or Neo4j Browser
// (multi-statement). It runs the schema and the very statements `kg load` runs, with each batch
// of rows written as a literal list in place of $rows — so it merges into an existing graph
// exactly as `kg load` does (idempotent; new evidence appended). Values are escaped literals.
import neo4j from 'neo4j-driver';
import type { GraphDocument } from '../graph/graph-document';
import { readCypher, splitStatements } from './cypher-file';
import { planLoadSteps } from './load-steps';
import type { RowValue } from './row-values';

const SCRIPT_BATCH = 100;

const quote = (s: string): string => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r')}'`;
const key = (k: string): string => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(k) ? k : `\`${k.replace(/`/g, '``')}\``);

export function toCypherLiteral(value: RowValue): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number') return Number.isFinite(value) ? (Number.isInteger(value) ? `${value}.0` : String(value)) : 'null';
  if (typeof value === 'boolean') return String(value);
  if (neo4j.isInt(value)) return value.toString();
  if (Array.isArray(value)) return `[${value.map(toCypherLiteral).join(', ')}]`;
  return `{${Object.entries(value).map(([k, v]) => `${key(k)}: ${toCypherLiteral(v)}`).join(', ')}}`;
}

export function toCypherScript(graph: GraphDocument): string {
  const out = ['// newsgraph: load with `cypher-shell -f FILE` or paste into Neo4j Browser.', '// Schema (idempotent)'];
  for (const statement of splitStatements(readCypher('schema.cypher'))) out.push(`${statement};`);
  for (const step of planLoadSteps(graph).steps) {
    out.push(`// ${step.name}: ${step.rows.length} rows`);
    for (let i = 0; i < step.rows.length; i += SCRIPT_BATCH) {
      const rows = toCypherLiteral(step.rows.slice(i, i + SCRIPT_BATCH));
      out.push(`${step.statement.replace(/\$rows\b/g, () => rows)};`);
    }
  }
  return out.join('\n') + '\n';
}
