// Where a capitalized run's name ends beyond or before its capitals: a lower-case administrative word
// after a place ("Isfahan province") and a competition tier cut off the end ("NCAA Division I").
import { lookupName } from './gazetteer';
import type { TokenView } from './token-view';
import { WORD_LISTS } from './word-lists';

/** "Isfahan province", "the Kursk region": a lower-case administrative word after a place name is part of it
 * (not after a country, nor after a name that already ends in a place or organization word). */
export function extendPlaceSuffix(view: TokenView, from: number, end: number): number {
  const { keys, tokens } = view;
  if (end >= tokens.length || view.breakAfter[end - 1] || !WORD_LISTS.lowerPlaceSuffixes.has(keys[end]) || !/^\p{Ll}+$/u.test(tokens[end].text)) return end;
  if (WORD_LISTS.locationHeads.has(keys[end - 1]) || WORD_LISTS.orgHeads.has(keys[end - 1])) return end;
  const kind = lookupName(keys.slice(from, end))?.kind;
  return kind === 'country' || kind === 'state' || kind === 'organization' ? end : end + 1;
}

/** "NCAA Division I": a tier word and its number close the competition, not the organization's name ("NCAA"). */
export function dropCompetitionTier(view: TokenView, from: number, end: number): number {
  const next = view.tokens[end];
  const tierNumber = next !== undefined && /^(?:I{1,3}|IV|[1-4])$/.test(next.text) && !view.breakAfter[end - 1];
  return tierNumber && end - 1 > from && WORD_LISTS.competitionTiers.has(view.keys[end - 1]) ? end - 1 : end;
}
