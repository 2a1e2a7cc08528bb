// `kg extract --format cypher`: a script that writes the graph in cypher-shell or Neo4j Browser
// (multi-statement): the schema, then the very statements kg load writes nodes and relationships
// with, each batch of rows written as a literal list in place of $rows. Rerunning it changes
// nothing. It writes the graph of its own articles: into an empty database, or one holding only
// those articles; merging into a graph of other articles needs kg load (names re-resolved there).
import neo4j from 'neo4j-driver';
import type { GraphDocument } from '../graph/graph-document';
import { readCypher, splitStatements } from './cypher-file';
import { graphSteps } from './graph-steps';
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
  for (const step of graphSteps(graph)) {
    out.push(`// ${step.name}: ${step.rows.length} rows`);
    for (let i = 0; i < step.rows.length; i += SCRIPT_BATCH) {
      const rows = toCypherLiteral(step.rows.slice(i, i + SCRIPT_BATCH));
      out.push(`${step.statement.replace(/\$rows\b/g, () => rows)};`);
    }
  }
  return out.join('\n') + '\n';
}
