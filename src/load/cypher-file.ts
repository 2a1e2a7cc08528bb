// Cypher lives in cypher/*.cypher files; this reads them (cached) and splits scripts into
// statements. The only text substituted into Cypher is a relationship type from the allow-list
// and, in the name-index lookup, a property key from its allow-list.
import fs from 'node:fs';
import { NewsgraphError } from '../errors';
import { GRAPH_RELATIONSHIP_TYPES, type GraphRelationshipType } from '../graph/graph-document';
import { packageFile } from '../neo4j/package-file';

const cache = new Map<string, string>();

/** Text of cypher/<relPath>, e.g. readCypher('load/articles.cypher'). */
export function readCypher(relPath: string): string {
  const hit = cache.get(relPath);
  if (hit !== undefined) return hit;
  const file = packageFile('cypher', relPath);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new NewsgraphError('INTERNAL', `cannot read ${file}: ${(err as Error).message}`, 'Reinstall newsgraph.', err);
  }
  cache.set(relPath, text);
  return text;
}

/** Drops whole-line `//` comments and blank lines. */
export function stripComments(text: string): string {
  return text
    .split('\n')
    .filter((line) => !/^\s*\/\//.test(line) && line.trim() !== '')
    .join('\n');
}

/** Splits a script into statements at `;` that end a line (comments removed). */
export function splitStatements(text: string): string[] {
  return stripComments(text)
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** The relationship template with its type substituted; the type must be on the allow-list. */
export function relationshipStatement(template: string, type: string): string {
  if (!(GRAPH_RELATIONSHIP_TYPES as readonly string[]).includes(type)) {
    throw new NewsgraphError('GRAPH_INVALID', `relationship type "${type}" is not in the allow-list`, `Allowed: ${GRAPH_RELATIONSHIP_TYPES.join(', ')}.`);
  }
  const typed: GraphRelationshipType = type as GraphRelationshipType;
  if (!template.includes('REL_TYPE')) throw new NewsgraphError('INTERNAL', 'the relationship template has no REL_TYPE placeholder');
  return template.replace(/\bREL_TYPE\b/g, typed);
}

/** A template with its KEY placeholder replaced by a property key from `allowed`. */
export function keyStatement(template: string, key: string, allowed: readonly string[]): string {
  if (!allowed.includes(key) || !/^[A-Za-z]+$/.test(key)) throw new NewsgraphError('INTERNAL', `property key "${key}" is not in the allow-list`);
  return template.replace(/\bKEY\b/g, key);
}
