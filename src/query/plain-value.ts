// Driver values → plain JSON-able values (pure): Neo4j integers to numbers (strings beyond 2^53),
// nodes/relationships/paths to small objects, temporal values to ISO strings.
import neo4j from 'neo4j-driver';

export type Plain = string | number | boolean | null | Plain[] | { [key: string]: Plain };

export function toPlain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map(toPlain);
  if (neo4j.isNode(value)) return { labels: [...value.labels], properties: toPlain(value.properties) };
  if (neo4j.isRelationship(value)) return { type: value.type, properties: toPlain(value.properties) };
  if (neo4j.isPath(value)) return value.segments.map((s) => ({ start: toPlain(s.start), type: s.relationship.type, end: toPlain(s.end) }));
  if (typeof value === 'object') {
    const ctor = (value as { constructor?: { name?: string } }).constructor?.name ?? '';
    if (/Date|Time|Duration|Point/.test(ctor)) return String(value);
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toPlain(v)]));
  }
  return String(value);
}
