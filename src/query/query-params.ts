// `--param key=value` handling (pure): split the pairs, check them against the query's declared
// parameters, fill defaults, and convert to the declared types (int → Neo4j integer).
import neo4j, { type Integer } from 'neo4j-driver';
import { NewsgraphError } from '../errors';
import type { NamedQuery, QueryParam } from './named-query';

export type ParamValue = string | number | boolean | Integer;

/** "name=Elena Whitfield" → ["name", "Elena Whitfield"]; the first "=" splits. */
export function parseParamPair(pair: string): [string, string] {
  const at = pair.indexOf('=');
  if (at <= 0) throw new NewsgraphError('USAGE', `--param "${pair}" is not key=value`, 'Example: --param name=Whitfield');
  return [pair.slice(0, at).trim(), pair.slice(at + 1)];
}

function describeParams(params: QueryParam[]): string {
  if (params.length === 0) return 'it takes no parameters';
  return params.map((p) => `${p.name} (${p.type}${p.defaultValue === undefined ? ', required' : `, default "${p.defaultValue}"`})`).join(', ');
}

function convert(query: string, p: QueryParam, raw: string): ParamValue {
  const bad = (): never => {
    throw new NewsgraphError('QUERY_PARAM', `query ${query}: parameter ${p.name} must be ${p.type === 'int' ? 'a whole number (0 or more)' : p.type === 'actor' ? 'a name' : `a ${p.type}`}, got "${raw}"`, `Example: --param ${p.name}=${p.defaultValue ?? '...'}`);
  };
  switch (p.type) {
    case 'string':
    case 'actor':
      return raw;
    case 'int':
      return /^\d+$/.test(raw.trim()) ? neo4j.int(raw.trim()) : bad();
    case 'float':
      return Number.isFinite(Number(raw)) && raw.trim() !== '' ? Number(raw) : bad();
    case 'boolean':
      return raw === 'true' ? true : raw === 'false' ? false : bad();
  }
}

export function buildQueryParams(query: NamedQuery, pairs: string[]): Record<string, ParamValue> {
  const given = new Map<string, string>();
  for (const pair of pairs) {
    const [key, value] = parseParamPair(pair);
    if (!query.params.some((p) => p.name === key)) {
      throw new NewsgraphError('QUERY_PARAM', `query ${query.name} has no parameter "${key}"`, `Its parameters: ${describeParams(query.params)}.`);
    }
    given.set(key, value);
  }
  const out: Record<string, ParamValue> = {};
  const missing = query.params.filter((p) => !given.has(p.name) && p.defaultValue === undefined);
  if (missing.length > 0) {
    throw new NewsgraphError('QUERY_PARAM', `query ${query.name} needs ${missing.map((p) => `--param ${p.name}=...`).join(' ')}`,
      `Its parameters: ${describeParams(query.params)}. Example: kg query ${query.name} ${missing.map((p) => `--param ${p.name}=${p.description.match(/e\.g\. "([^"]+)"/)?.[1] ?? 'VALUE'}`).join(' ')}`);
  }
  for (const p of query.params) out[p.name] = convert(query.name, p, given.get(p.name) ?? (p.defaultValue as string));
  return out;
}
