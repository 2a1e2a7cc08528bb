// Candidates in a heading or headline line, where capitalization says nothing: only spans that
// are gazetteer names or names the body of the article uses ("Lisbon Braces for Rain" → Lisbon).
import { analyzeChunk, type Candidate } from './analyze-chunk';
import type { Chunk } from './chunk-names';
import { lookupName } from './gazetteer';
import type { TokenView } from './token-view';
import { WORD_LISTS } from './word-lists';

/** No name runs longer than this many tokens; longer spans of a heading are not looked up. */
const MAX_NAME_TOKENS = 12;

/** `known` holds compact keys of the body's names and surnames. */
export function headingCandidates(view: TokenView, chunk: Chunk, known: ReadonlySet<string>): Candidate[] {
  const acronym = (c: Candidate): boolean => view.tokens.slice(c.start, c.end).every((t) => /^[\p{Lu}\d&.\-]+$/u.test(t.text) && t.text.length > 1);
  const lineHasLower = view.tokens.some((t) => /\p{Ll}/u.test(t.text));
  // "Reshuffles Cabinet": a known body named by a common noun ("Cabinet", "Senate") is only capitalized by the headline
  // style; it counts when the body of the article names it too.
  const commonNoun = (start: number, end: number): boolean => end - start === 1 && WORD_LISTS.orgHeads.has(view.keys[start]) && !known.has(view.keys[start]);
  const whole = analyzeChunk(view, chunk).filter((c) => c.demonymOf || (c.entry && !commonNoun(c.start, c.end)) || known.has(view.keys.slice(c.start, c.end).join(' ')) || c.afterPlace || (lineHasLower && acronym(c)));
  if (whole.length) return whole;
  const found: Candidate[] = [];
  for (let i = chunk.start; i < chunk.end; ) {
    let hit: Candidate | undefined;
    for (let j = Math.min(chunk.end, i + MAX_NAME_TOKENS); j > i && !hit; j--) {
      const keys = view.keys.slice(i, j);
      const entry = lookupName(keys);
      if ((entry && !commonNoun(i, j)) || known.has(keys.join(' '))) hit = entry ? { start: i, end: j, entry } : { start: i, end: j };
    }
    if (hit) found.push(hit);
    i = hit ? hit.end : i + 1;
  }
  return found;
}
