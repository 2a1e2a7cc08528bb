// Turns one capitalized chunk into name candidates: splits off the role ("Foreign Minister"),
// a leading demonym ("Russian TASS" → Russia + TASS), a leading country before an acronym or a
// one-word body ("U.S. Congress", "Beijing XINHUA"), and looks the name up in the gazetteer.
import { lookupDemonym, lookupName, type GazetteerEntry } from './gazetteer';
import type { Chunk } from './chunk-names';
import { splitRole, type RoleSplit } from './split-role';
import { isTitleWord, matchTitle } from './title-matcher';
import type { TokenView } from './token-view';
import { WORD_LISTS } from './word-lists';
import { tokenKey } from '../text/normalize-name';
import { TITLE_QUALIFYING_HEADS } from '../data/titles';

export interface Candidate {
  start: number;
  end: number;
  entry?: GazetteerEntry;
  /** Country the demonym stands for; the candidate is a link-only mention. */
  demonymOf?: string;
  role?: RoleSplit;
  /** Found inside a role ("UN" in "UN Ambassador"). */
  inRole?: boolean;
  /** The body after a dateline place ("Radio Rebelde" in "Havana Radio Rebelde"). */
  afterPlace?: boolean;
  /** Character span of a part of one hyphenated token ("Iran" in "U.S.-Iran"). */
  part?: { start: number; end: number; index: number };
  /** One sentence-initial word compromise does not know: kept only if the article confirms it. */
  tentative?: boolean;
}

const DIRECTIONS = new Set(['north', 'south', 'east', 'west']);
const TITLE_QUALIFIERS: ReadonlySet<string> = new Set(TITLE_QUALIFYING_HEADS.map(tokenKey));
const isAllCaps = (text: string): boolean => /^[\p{Lu}\d&.\-]+$/u.test(text) && /\p{Lu}.*\p{Lu}/u.test(text);
/** The name ends in an organization or place word, or has one before its "of"/"for" part ("Canadian Union of Public Employees"). */
function headed(view: TokenView, end: number, start = end - 1): boolean {
  if (WORD_LISTS.orgHeads.has(view.keys[end - 1]) || WORD_LISTS.locationHeads.has(view.keys[end - 1])) return true;
  for (let k = start + 1; k < end - 1; k++) if (WORD_LISTS.orgOfHeads.has(view.keys[k]) && (view.keys[k + 1] === 'of' || view.keys[k + 1] === 'for')) return true;
  return false;
}

/** Gazetteer names and demonyms inside a role, longest first. */
function roleCandidates(view: TokenView, start: number, end: number): Candidate[] {
  const found: Candidate[] = [];
  for (let i = start; i < end; ) {
    let hit: Candidate | undefined;
    const title = matchTitle(view.keys, i, end);
    if (WORD_LISTS.connectors.has(view.keys[i]) || (title && title.end > i + 1)) {
      i = title && title.end > i + 1 ? title.end : i + 1;
      continue;
    }
    for (let j = end; j > i && !hit; j--) {
      const entry = lookupName(view.keys.slice(i, j));
      // "Miss", "Col." are titles here, not Mississippi or Colorado; "Democrat" in "Democrat Tom Reyes" is still his party.
      if (entry && !(j === i + 1 && isTitleWord(view.keys[i]) && entry.type !== 'Organization')) hit = { start: i, end: j, entry, inRole: true };
      // "California Highway Patrol Officer X": an organization name before the title is the employer.
      else if (j - i >= 2 && WORD_LISTS.orgHeads.has(view.keys[j - 1]) && !TITLE_QUALIFIERS.has(view.keys[j - 1]) && !isTitleWord(view.keys[j - 1]) && !matchTitle(view.keys, i, j)) hit = { start: i, end: j, inRole: true };
      // "U.S. District Judge": a place word that opens a multi-word title is part of the title, not a place.
      else if (j - i >= 2 && WORD_LISTS.locationHeads.has(view.keys[j - 1]) && !isTitleWord(view.keys[j - 1]) && matchTitle(view.keys, i, j)?.end !== j && (matchTitle(view.keys, j - 1, end)?.end ?? 0) <= j) hit = { start: i, end: j, inRole: true };
    }
    const demonym = hit ? undefined : lookupDemonym(view.keys[i]);
    if (demonym) hit = { start: i, end: i + 1, demonymOf: demonym, inRole: true };
    // "FAA Administrator X", "CIA Director X": an acronym qualifying the title is the employer.
    else if (!hit && isAllCaps(view.tokens[i].text.replace(/['\u2019]s$/, '')) && !isTitleWord(view.keys[i]) && !WORD_LISTS.neverNames.has(view.keys[i])) hit = { start: i, end: i + 1, inRole: true };
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
  // "Protestant Belfast churches": a capitalized adjective that is never a name, before a known place, is not part of it
  // (before a body it may be: "Liberal Democratic Party").
  // (Not a compass word: "East Berlin", "Southern Iraq" are places of their own.)
  const adjective = WORD_LISTS.neverNames.has(keys[start]) && !WORD_LISTS.functionWords.has(keys[start]) && !/^(?:north|south|east|west)(?:ern)?$/.test(keys[start]);
  if (end - start >= 2 && adjective && lookupName(keys.slice(start + 1, end))?.type === 'Location') {
    return [{ start: start + 1, end, entry: lookupName(keys.slice(start + 1, end)) }];
  }
  for (const len of [2, 1]) {
    const demonym = start + len <= end ? lookupDemonym(keys.slice(start, start + len).join(' ')) : undefined;
    if (demonym && (end - start === len || !headed(view, end, start))) {
      return [{ start, end: start + len, demonymOf: demonym }, ...(end - start > len ? nameCandidates(view, start + len, end) : [])];
    }
  }
  for (let k = Math.min(end - 1, start + 3); k > start; k--) {
    const prefix = lookupName(keys.slice(start, k));
    if (!prefix || prefix.type !== 'Location') continue;
    const rest = tokens.slice(k, end);
    // "Soviet Armenia": two places; "California Democratic": a place and an adjective.
    if (lookupName(keys.slice(k, end))?.type === 'Location' && !view.has(start, 'FirstName')) return [{ start, end: k, entry: prefix }, { start: k, end, entry: lookupName(keys.slice(k, end)) }];
    // "California Democratic": a place and an adjective (not "Kanye West": a direction closes names too).
    // (A place word after it is part of the name: "New York City", "Mexico State".)
    const adjectives = keys.slice(k, end).every((key) => WORD_LISTS.neverNames.has(key) && !DIRECTIONS.has(key) && !WORD_LISTS.locationHeads.has(key));
    if (adjectives) return [{ start, end: k, entry: prefix }];
    // "U.S. Congress" is a place and a body; "Nippon Steel", "China Telecom" are one company's name.
    // ("Mozambique Channel" is one place: a sea passage.)
    const oneOrgWord = rest.length === 1 && !WORD_LISTS.companyHeads.has(keys[k]) && !WORD_LISTS.waterAfterPlace.has(keys[k]) && (WORD_LISTS.orgHeads.has(keys[k]) || lookupName([keys[k]])?.type === 'Organization');
    // A dateline opens the line or follows a wire code: "Madrid RNE International", "Havana Radio Rebelde".
    const dateline = prefix.kind === 'city' && ((start === 0 && !tokens[start].pre.includes('(')) || (start > 0 && /\d/.test(tokens[start - 1].text)));
    const orgBody = WORD_LISTS.broadcastWords.has(keys[k]) || isAllCaps(tokens[k].text) || WORD_LISTS.orgHeads.has(keys[end - 1]);
    const restIsBody = rest.every((t) => isAllCaps(t.text)) || (dateline && orgBody) || (prefix.kind === 'country' && oneOrgWord);
    if (restIsBody) return [{ start, end: k, entry: prefix }, { start: k, end, entry: lookupName(keys.slice(k, end)), afterPlace: true }];
  }
  for (let k = start; k < end - 1; k++) {
    // "Pacific Fleet Igor Khmelnov", "EADS Philippe Camus": an organization name runs straight into a person's name.
    // ("JP Morgan Securities" stays one name: what follows the acronym ends in an organization word.)
    const acronymThenPerson = isAllCaps(tokens[k].text) && !WORD_LISTS.orgHeads.has(keys[end - 1]);
    if ((WORD_LISTS.orgHeads.has(keys[k]) || WORD_LISTS.locationHeads.has(keys[k]) || acronymThenPerson) && view.has(k + 1, 'FirstName')) {
      return [...nameCandidates(view, start, k + 1), ...nameCandidates(view, k + 1, end)];
    }
  }
  return [{ start, end }];
}

/** "U.S.-Iran" (one token): a candidate for each part when every part is a gazetteer name; "Bosnia-Herzegovina" is one
 * place when the parts joined by "and" are ("Bosnia and Herzegovina"). */
function hyphenParts(view: TokenView, i: number): Candidate[] {
  const token = view.tokens[i];
  const parts = [...token.text.matchAll(/[^\-\u2010\u2011]+/g)];
  if (parts.length < 2) return [];
  const joined = lookupName(parts.map((p) => tokenKey(p[0])).join(' and ').split(' '));
  if (joined) return [{ start: i, end: i + 1, entry: joined }];
  const entries = parts.map((p) => lookupName([tokenKey(p[0])]));
  if (entries.some((e) => !e)) return [];
  return parts.map((p, index) => ({ start: i, end: i + 1, entry: entries[index], part: { start: token.start + (p.index ?? 0), end: token.start + (p.index ?? 0) + p[0].length, index } }));
}

export function analyzeChunk(view: TokenView, chunk: Chunk): Candidate[] {
  if (chunk.end - chunk.start === 1) {
    const parts = hyphenParts(view, chunk.start);
    if (parts.length) return parts;
  }
  if (chunk.end - chunk.start === 1 && view.tentative[chunk.start]) return [{ start: chunk.start, end: chunk.end, tentative: true }];
  const hyphenedPair = chunk.end - chunk.start === 2 && /^[\-\u2010\u2011]$/.test(view.tokens[chunk.start].post);
  const whole = lookupName(view.keys.slice(chunk.start, chunk.end)) ?? (hyphenedPair ? lookupName([view.keys[chunk.start], 'and', view.keys[chunk.start + 1]]) : undefined);
  if (whole) return [{ start: chunk.start, end: chunk.end, entry: whole }];
  // "the mobile studio King", "the label Prince": a lone title word right after an organization noun is the organization's name.
  const namedByOrgNoun = chunk.end - chunk.start === 1 && chunk.start > 0 && WORD_LISTS.orgNouns.has(view.keys[chunk.start - 1]) && /^\p{Ll}/u.test(view.tokens[chunk.start - 1].text);
  const role = namedByOrgNoun ? undefined : splitRole(view, chunk);
  if (!role) return nameCandidates(view, chunk.start, chunk.end);
  const inRole = roleCandidates(view, role.roleStart, role.nameStart);
  if (role.titleOnly) return inRole;
  const names = nameCandidates(view, role.nameStart, chunk.end);
  names[0] = { ...names[0], role };
  return [...inRole, ...names];
}
