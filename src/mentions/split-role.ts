// Splits a leading title or honorific off a candidate name: "UN Ambassador Arvid Tolsen Karro"
// → role "UN Ambassador" + name "Arvid Tolsen Karro". The role may carry qualifiers before the
// title ("UN", "Iranian", "Deputy"), but never a first name ("Martin Luther King Jr." keeps its
// "King"), and a name that ends in an organization or place head ("General Motors", "Justice
// Department") is not a titled person.
import type { Chunk } from './chunk-names';
import { isModifier, matchTitle, type TitleMatch } from './title-matcher';
import type { TokenView } from './token-view';
import { WORD_LISTS } from './word-lists';
import { lookupDemonym, lookupName } from './gazetteer';

export interface RoleSplit {
  /** First token of the role. */
  roleStart: number;
  /** First token of the name (end of the role, exclusive). */
  nameStart: number;
  /** End of the role text to keep (trailing honorifics after an office dropped: "Supreme Leader"). */
  roleTextEnd: number;
  /** The role opens with a courtesy title written as part of the name ("Mr.", "President"). */
  inForm: boolean;
  /** Every token of the chunk is a title ("President", "Foreign Minister"): no name. */
  titleOnly: boolean;
}

const NOT_IN_FORM_BEFORE = new Set(['former', 'late', 'then', 'ex', 'acting', 'outgoing', 'incoming']);

/** Length of a place, demonym or acronym (one or two words) at `p` that a title follows, or 0. */
function qualifiedTitleAt(view: TokenView, p: number, end: number): number {
  for (const len of [1, 2]) {
    const words = view.keys.slice(p, p + len);
    const qualifies = lookupName(words) !== undefined || (len === 1 && (lookupDemonym(words[0]) !== undefined || /^\p{Lu}{2,}$/u.test(view.tokens[p].text.replace(/\./g, ''))));
    if (qualifies && p + len < end && matchTitle(view.keys, p + len, end)) return len;
  }
  return 0;
}

export function splitRole(view: TokenView, chunk: Chunk): RoleSplit | undefined {
  const { keys } = view;
  const whole = matchTitle(keys, chunk.start, chunk.end);
  if (whole && whole.end === chunk.end) return { roleStart: chunk.start, nameStart: chunk.end, roleTextEnd: chunk.end, inForm: false, titleOnly: true };
  const last = keys[chunk.end - 1];
  if (WORD_LISTS.orgHeads.has(last) || WORD_LISTS.locationHeads.has(last)) return undefined;
  // "General Electric": compromise knows the whole run as an organization, title word included.
  const rank = matchTitle(keys, chunk.start, chunk.start + 1)?.title.kind;
  const orgPair = view.has(chunk.start, 'Organization') && view.has(chunk.end - 1, 'Organization') && !view.has(chunk.end - 1, 'Person');
  if (chunk.end - chunk.start === 2 && (rank === 'rank' || rank === 'office') && orgPair) return undefined;
  const matches: TitleMatch[] = [];
  let firstMatchAt = -1;
  for (let p = chunk.start; p < chunk.end; ) {
    // "Pierce County Sheriff X", "Lincoln University President X": a given-name word before a place or organization head names the employer.
    const headNext = p + 1 < chunk.end && (WORD_LISTS.locationHeads.has(keys[p + 1]) || WORD_LISTS.orgHeads.has(keys[p + 1]));
    if (view.has(p, 'FirstName') && matches.length === 0 && !headNext && !matchTitle(keys, p, chunk.end)) return undefined;
    const match = matchTitle(keys, p, chunk.end);
    if (!match) {
      // "Deputy UK Ambassador X": a place or acronym between two titles qualifies the second; the role runs on.
      const qualifier = matches.length > 0 ? qualifiedTitleAt(view, p, chunk.end) : 0;
      if (qualifier > 0) {
        p += qualifier;
        continue;
      }
      if (matches.length > 0) break;
      if (p - chunk.start >= 4 || view.has(p, 'Person')) return undefined;
      p++;
      continue;
    }
    // "Department of Justice", "Court of Justice": a title after a connector inside the run ends an organization's name.
    if (matches.length === 0 && p > chunk.start && WORD_LISTS.connectors.has(keys[p - 1])) return undefined;
    if (matches.length === 0) firstMatchAt = p;
    matches.push(match);
    p = match.end;
  }
  if (matches.length === 0) return undefined;
  const nameStart = matches[matches.length - 1].end;
  // "U.S. Attorney's Office": a title written as a possessive inside a name opens an office, not a person's role.
  if (/['\u2019]s$/i.test(view.tokens[nameStart - 1].text) && nameStart < chunk.end) return undefined;
  if (nameStart >= chunk.end) return { roleStart: chunk.start, nameStart, roleTextEnd: nameStart, inForm: false, titleOnly: true };
  if (WORD_LISTS.nameSuffixes.has(keys[nameStart]) || WORD_LISTS.connectors.has(keys[nameStart])) return undefined;
  // The role runs to its last office or rank ("Deputy Treasurer"), dropping honorifics after it ("Supreme Leader Ayatollah").
  const offices = matches.filter((m) => m.title.kind === 'office' || m.title.kind === 'rank');
  const roleTextEnd = offices.length > 0 ? offices[offices.length - 1].end : nameStart;
  const before = chunk.start > 0 ? keys[chunk.start - 1] : '';
  const opensWithTitle = firstMatchAt === chunk.start && (matchTitle(keys, chunk.start, chunk.start + 3)?.end ?? 0) > chunk.start && !isModifier(keys[chunk.start]);
  const inForm = opensWithTitle && matches.length === 1 && matches[0].title.inForm === true && !NOT_IN_FORM_BEFORE.has(before);
  return { roleStart: chunk.start, nameStart, roleTextEnd, inForm, titleOnly: false };
}
