// The catalog of named queries: every cypher/queries/*.cypher file, parsed.
import fs from 'node:fs';
import path from 'node:path';
import { NewsgraphError } from '../errors';
import { packageFile } from '../neo4j/package-file';
import { parseNamedQuery, type NamedQuery } from './named-query';

export function listNamedQueries(): NamedQuery[] {
  const dir = packageFile('cypher', 'queries');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => parseNamedQuery(path.basename(f, '.cypher'), fs.readFileSync(path.join(dir, f), 'utf8')));
}

export function findNamedQuery(name: string): NamedQuery {
  const all = listNamedQueries();
  const query = all.find((q) => q.name === name);
  if (!query) {
    throw new NewsgraphError('QUERY_UNKNOWN', `no named query "${name}"`, `Available: ${all.map((q) => q.name).join(', ')} (see \`kg query --list\`).`);
  }
  return query;
}
