// Turns one capitalized chunk into name candidates: splits off the role ("Foreign Minister"),
// a leading demonym ("Russian TASS" → Russia + TASS), a leading country before an acronym or a
// one-word body ("U.S. Congress", "Beijing XINHUA"), and looks the name up in the gazetteer.
import { lookupDemonym, lookupName, type GazetteerEntry } from './gazetteer';
import type { Chunk } from './chunk-names';
import { splitRole, type RoleSplit } from './split-role';
import type { TokenView } from './token-view';
import { WORD_LISTS } from './word-lists';

export interface Candidate {
  start: number;
  end: number;
  entry?: GazetteerEntry;
  /** Country the demonym stands for; the candidate is a link-only mention. */
  demonymOf?: string;
  role?: RoleSplit;
  /** Found inside a role ("UN" in "UN Ambassador"). */
  inRole?: boolean;
}

const isAllCaps = (text: string): boolean => /^[\p{Lu}\d&.\-]+$/u.test(text) && /\p{Lu}.*\p{Lu}/u.test(text);
const headed = (view: TokenView, end: number): boolean => WORD_LISTS.orgHeads.has(view.keys[end - 1]) || WORD_LISTS.locationHeads.has(view.keys[end - 1]);

/** Gazetteer names and demonyms inside a role, longest first. */
function roleCandidates(view: TokenView, start: number, end: number): Candidate[] {
  const found: Candidate[] = [];
  for (let i = start; i < end; ) {
    let hit: Candidate | undefined;
    for (let j = end; j > i && !hit; j--) {
      const entry = lookupName(view.keys.slice(i, j));
      if (entry) hit = { start: i, end: j, entry, inRole: true };
    }
    const demonym = hit ? undefined : lookupDemonym(view.keys[i]);
    if (demonym) hit = { start: i, end: i + 1, demonymOf: demonym, inRole: true };
    if (hit) found.push(hit);
    i = hit ? hit.end : i + 1;
  }
  return found;
}

/** The name part [start, end) after any role: splits a leading demonym or country prefix. */
function nameCandidates(view: TokenView, start: number, end: number): Candidate[] {
  const { keys, tokens } = view;
  const whole = lookupName(keys.slice(start, end));
  if (whole) return [{ start, end, entry: whole }];
  const demonym = lookupDemonym(keys[start]);
  if (demonym && (end - start === 1 || !headed(view, end))) {
    return [{ start, end: start + 1, demonymOf: demonym }, ...(end - start > 1 ? nameCandidates(view, start + 1, end) : [])];
  }
  for (let k = Math.min(end - 1, start + 3); k > start; k--) {
    const prefix = lookupName(keys.slice(start, k));
    if (!prefix || prefix.type !== 'Location') continue;
    const rest = tokens.slice(k, end);
    const restIsBody = rest.every((t) => isAllCaps(t.text)) || (rest.length === 1 && (WORD_LISTS.orgHeads.has(keys[k]) || lookupName([keys[k]])?.type === 'Organization'));
    if (restIsBody) return [{ start, end: k, entry: prefix }, { start: k, end, entry: lookupName(keys.slice(k, end)) }];
  }
  return [{ start, end }];
}

export function analyzeChunk(view: TokenView, chunk: Chunk): Candidate[] {
  const whole = lookupName(view.keys.slice(chunk.start, chunk.end));
  if (whole) return [{ start: chunk.start, end: chunk.end, entry: whole }];
  const role = splitRole(view, chunk);
  if (!role) return nameCandidates(view, chunk.start, chunk.end);
  const inRole = roleCandidates(view, role.roleStart, role.nameStart);
  if (role.titleOnly) return inRole;
  const names = nameCandidates(view, role.nameStart, chunk.end);
  names[0] = { ...names[0], role };
  return [...inRole, ...names];
}
