// Reads and validates a user aliases file (format: docs/aliases.md). I/O lives here so that
// resolveAcross stays a pure function over data.
import { readFileSync } from 'node:fs';
import { NewsgraphError } from '../errors';
import type { Aliases } from './aliases';

const HINT = 'Write JSON like {"merge": [["Arvid Tolson Karro", "Arvid Tolsen Karro"]], "forbid": [["Bill Clinton", "Hillary Clinton"]], "names": {"UN": "United Nations"}}; see docs/aliases.md.';

const isNameList = (v: unknown): v is string[] => Array.isArray(v) && v.length >= 2 && v.every((s) => typeof s === 'string' && s.trim() !== '');

function listsOf(data: Record<string, unknown>, field: 'merge' | 'forbid', file: string): string[][] {
  const value = data[field] ?? [];
  if (!Array.isArray(value) || !value.every(isNameList)) {
    throw new NewsgraphError('ALIASES_INVALID', `${file}: "${field}" must be a list of lists of two or more names`, HINT);
  }
  return value.map((list) => list.map((s) => s.trim()));
}

/** Parses aliases from JSON text; `file` names the source in error messages. */
export function parseAliases(text: string, file: string): Aliases {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new NewsgraphError('ALIASES_INVALID', `${file}: not valid JSON (${(err as Error).message})`, HINT, err);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new NewsgraphError('ALIASES_INVALID', `${file}: expected a JSON object`, HINT);
  const record = data as Record<string, unknown>;
  const unknown = Object.keys(record).filter((k) => !['merge', 'forbid', 'names'].includes(k));
  if (unknown.length) throw new NewsgraphError('ALIASES_INVALID', `${file}: unknown field(s) ${unknown.join(', ')}`, HINT);
  const names = record.names ?? {};
  if (typeof names !== 'object' || names === null || Array.isArray(names) || !Object.values(names).every((v) => typeof v === 'string' && v.trim() !== '')) {
    throw new NewsgraphError('ALIASES_INVALID', `${file}: "names" must map names to canonical names`, HINT);
  }
  return { merge: listsOf(record, 'merge', file), forbid: listsOf(record, 'forbid', file), names: { ...(names as Record<string, string>) } };
}

export function readAliasesFile(file: string): Aliases {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new NewsgraphError('ALIASES_INVALID', `${file}: cannot read aliases file (${(err as Error).message})`, HINT, err);
  }
  return parseAliases(text, file);
}
