// Candidate names: maximal runs of capitalized tokens, joined over connector words ("Bank of
// America", "Secretary of State") and stopped by punctuation, possessives and sentence-initial
// function words. A connector only joins when the name around it is one that takes connectors
// (an organization/place head before "of", an organization head at the end after "and", a
// person-name particle); otherwise the run is split there ("Bill Clinton and Boris Yeltsin").
import { lookupName } from './gazetteer';
import { matchTitle } from './title-matcher';
import type { TokenView } from './token-view';
import { WORD_LISTS } from './word-lists';

export interface Chunk {
  start: number;
  /** Exclusive. */
  end: number;
}

/** Up to two connector words ("of", "of the") followed by a capitalized token. */
function connectorRun(view: TokenView, at: number): number {
  let j = at;
  while (j < view.tokens.length && j - at < 2 && WORD_LISTS.connectors.has(view.keys[j]) && !view.cap[j] && !view.breakAfter[j]) j++;
  return j > at && j < view.tokens.length && view.cap[j] && !view.initial[j] && !WORD_LISTS.functionWords.has(view.keys[j]) ? j - at : 0;
}

/** A single capital followed by a dot: a name initial ("A." in "David A. Welch"), not the article "A". */
const isInitial = (view: TokenView, i: number): boolean => /^\p{Lu}$/u.test(view.tokens[i].text) && view.tokens[i].post.startsWith('.');

const isHead = (key: string): boolean =>
  WORD_LISTS.orgHeads.has(key) || WORD_LISTS.orgOfHeads.has(key) || WORD_LISTS.locationHeads.has(key) || WORD_LISTS.locationPrefixes.has(key);

/** Whether the connector run at [at, at+len) may stay inside the name [start, end). `chained`: an
 * earlier connector of this name was kept ("Foundation for the Advancement of Teaching"). */
function keepsConnector(view: TokenView, start: number, at: number, len: number, end: number, chained = false): boolean {
  const { keys } = view;
  if (lookupName(keys.slice(start, end)) || lookupName(keys.slice(start, end).filter((_, k) => !WORD_LISTS.connectors.has(keys[start + k])))) return true;
  const word = keys[at];
  for (let j = at + len + 1; j <= Math.min(end, at + len + 3); j++) if (lookupName(keys.slice(start, j))) return true;
  if (WORD_LISTS.personParticles.has(word) && len === 1) {
    for (let k = start; k < at; k++) if (view.has(k, 'FirstName')) return true;
  }
  if (word === 'and' || word === '&') return len === 1 && WORD_LISTS.orgHeads.has(keys[end - 1]) && at - start <= 3 && !lookupName(keys.slice(start, at));
  if (word === 'the' || WORD_LISTS.corporateSuffixes.has(keys[at - 1])) return false;
  // A multi-word title spanning the connector ("Secretary of State") keeps it.
  for (let k = start; k < at; k++) if ((matchTitle(keys, k, end)?.end ?? 0) > at + len) return true;
  // "of", "for", "on" (optionally followed by "the"): the word right before must be a head word, and a
  // two-word organization before "of" a known place is that place's branch ("Supreme Court of Canada").
  if (word === 'of' && at - start >= 2 && WORD_LISTS.orgHeads.has(keys[at - 1]) && lookupName(keys.slice(at + len, end))?.type === 'Location') return false;
  if (chained && word === 'of' && lookupName(keys.slice(at + len, end))?.type !== 'Location') return true;
  return isHead(keys[at - 1]);
}

const isAnd = (view: TokenView, at: number): boolean => view.keys[at] === 'and' || view.keys[at] === '&';

/** Splits a run at the connectors that may not stay; "and" is judged last, against the piece it ends up in. */
function splitAtConnectors(view: TokenView, start: number, end: number, joins: Array<[number, number]>): Chunk[] {
  const pieces: Chunk[] = [];
  let from = start;
  let chained = false;
  for (const [at, len] of joins) {
    if (isAnd(view, at)) continue;
    if (keepsConnector(view, from, at, len, end, chained)) {
      chained = true;
    } else {
      pieces.push({ start: from, end: at });
      from = at + len;
      chained = false;
    }
  }
  pieces.push({ start: from, end });
  const chunks: Chunk[] = [];
  for (const piece of pieces) {
    let pieceFrom = piece.start;
    for (const [at, len] of joins) {
      if (at <= pieceFrom || at >= piece.end || !isAnd(view, at)) continue;
      if (!keepsConnector(view, pieceFrom, at, len, piece.end) || view.has(at + len, 'FirstName')) {
        chunks.push({ start: pieceFrom, end: at });
        pieceFrom = at + len;
      }
    }
    chunks.push({ start: pieceFrom, end: piece.end });
  }
  return chunks;
}

export function chunkNames(view: TokenView): Chunk[] {
  const chunks: Chunk[] = [];
  const n = view.tokens.length;
  let i = 0;
  while (i < n) {
    if (!view.cap[i]) {
      i++;
      continue;
    }
    let end = i + 1;
    const joins: Array<[number, number]> = [];
    while (end < n && !view.breakAfter[end - 1]) {
      if (view.cap[end] && !view.initial[end] && (!WORD_LISTS.functionWords.has(view.keys[end]) || isInitial(view, end))) {
        end++;
        continue;
      }
      const skip = connectorRun(view, end);
      if (skip === 0) break;
      joins.push([end, skip]);
      end += skip + 1;
    }
    // "Waste Disposal Co.": a sentence-initial word compromise did not take as a name opens an organization name.
    const opener = i > 0 && view.initial[i - 1] && !view.cap[i - 1] && /^\p{Lu}\p{Ll}/u.test(view.tokens[i - 1].text) && !WORD_LISTS.functionWords.has(view.keys[i - 1]) && !view.breakAfter[i - 1];
    let from = opener && WORD_LISTS.orgHeads.has(view.keys[end - 1]) ? i - 1 : i;
    // "In Djibouti", "An America": a capitalized function word opens no name ("The" may: "The Hague").
    while (from < end - 1 && WORD_LISTS.functionWords.has(view.keys[from]) && view.keys[from] !== 'the' && !isInitial(view, from)) from++;
    chunks.push(...splitAtConnectors(view, from, end, joins));
    i = end;
  }
  return chunks;
}
