// Candidate names: maximal runs of capitalized tokens, joined over connector words ("Bank of
// America", "Secretary of State") and stopped by punctuation, possessives and sentence-initial
// function words. A connector only joins when the name around it is one that takes connectors
// (an organization/place head before "of", an organization head at the end after "and", a
// person-name particle); otherwise the run is split there ("Bill Clinton and Helmut Kohl").
import { lookupName } from './gazetteer';
import { dropCompetitionTier, extendPlaceSuffix } from './chunk-extents';
import { isModifier, isTitleWord, matchTitle } from './title-matcher';
import type { TokenView } from './token-view';
import { TITLE_PRONOUN_WORDS, WORD_LISTS } from './word-lists';

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

/** Words that take an "of"/"for"/"on" part inside a name: organization and place heads, and laws ("Convention on Human Rights",
 * kept whole so that it is dropped whole as a law). */
const isHead = (key: string): boolean =>
  WORD_LISTS.orgHeads.has(key) || WORD_LISTS.orgOfHeads.has(key) || WORD_LISTS.locationHeads.has(key) || WORD_LISTS.locationPrefixes.has(key) || WORD_LISTS.lawWords.has(key);

/** "Chamber of Commerce and Industry": one or two words after "and" close with a field word, and an
 * organization head with "of"/"for" comes before it in the name. */
function fieldAfterOf(view: TokenView, start: number, at: number, end: number): boolean {
  const { keys } = view;
  // The words after "and" run to the piece's end or to a further "and" ("... and Industry and the Bar Association").
  let close = at + 1;
  while (close < end && close - at <= 3 && keys[close] !== 'and' && keys[close] !== '&') close++;
  if (close - at > 3 || !WORD_LISTS.fieldWords.has(keys[close - 1])) return false;
  for (let k = start + 1; k < at - 1; k++) if ((keys[k] === 'of' || keys[k] === 'for') && WORD_LISTS.orgOfHeads.has(keys[k - 1])) return true;
  return false;
}

/** Whether the connector run at [at, at+len) may stay inside the name [start, end). `chained`: an
 * earlier connector of this name was kept ("Foundation for the Advancement of Teaching"). */
function keepsConnector(view: TokenView, start: number, at: number, len: number, end: number, chained = false): boolean {
  const { keys } = view;
  if (lookupName(keys.slice(start, end)) || lookupName(keys.slice(start, end).filter((_, k) => !WORD_LISTS.connectors.has(keys[start + k])))) return true;
  const word = keys[at];
  for (let j = at + len + 1; j <= Math.min(end, at + len + 3); j++) if (lookupName(keys.slice(start, j))) return true;
  // "Saad al-Obeidi", "Rembrandt van Rijn", "La Voz del Sur", "Ana de la Cruz": a name particle (or two, "de la",
  // "van der") between capitalized words belongs to one name; English prose never joins two names with one.
  // ("do" is also an English verb: "Republicans do Business" joins only after a given name or in a name opened by an
  // organization word of another language: "Banco Central do Brasil".)
  if (keys.slice(at, at + len).every((k) => WORD_LISTS.personParticles.has(k))) {
    if (word !== 'do' || WORD_LISTS.orgOpeners.has(keys[start])) return true;
    for (let k = start; k < at; k++) if (view.has(k, 'FirstName')) return true;
  }
  // "Food and Drug Administration" joins; "Raman and Carrow Freight" does not: firms named for a trade write "&".
  if (word === 'and' && WORD_LISTS.companyHeads.has(keys[end - 1])) return false;
  if (word === 'and' && len === 1 && fieldAfterOf(view, start, at, end)) return true;
  // ("TrueCorp and Vantor One Corp.": a brand written with an inner capital is a whole name before "and".)
  const brandBefore = view.tokens.slice(start, at).some((t) => /\p{Ll}\p{Lu}/u.test(t.text));
  if (word === 'and' || word === '&') return len === 1 && WORD_LISTS.orgHeads.has(keys[end - 1]) && at - start <= 3 && !lookupName(keys.slice(start, at)) && !brandBefore;
  if (word === 'the' || WORD_LISTS.corporateSuffixes.has(keys[at - 1])) return false;
  // A multi-word title spanning the connector ("Secretary of State") keeps it.
  for (let k = start; k < at; k++) if ((matchTitle(keys, k, end)?.end ?? 0) > at + len) return true;
  // "of", "for", "on" (optionally followed by "the"): the word right before must be a head word, and a
  // two-word organization before "of" a known place is that place's branch ("Supreme Court of Canada").
  // A party or national organization "of" a country or region keeps it ("Communist Party of China", "Democratic Union of Galdora").
  const after = lookupName(keys.slice(at + len, end));
  const national = WORD_LISTS.nationalBodyHeads.has(keys[at - 1]) && after !== undefined && after.kind !== 'city';
  if (word === 'of' && at - start >= 2 && WORD_LISTS.orgHeads.has(keys[at - 1]) && after?.type === 'Location' && !national) return false;
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

/** A capitalized function word that opens names inside a sentence ("the studio Just Add Monsters", "First Air"). */
const keepsOpener = (view: TokenView, i: number): boolean => !view.initial[i] && WORD_LISTS.nameOpeners.has(view.keys[i]);

/** A capitalized pronoun inside a sentence marks the title of a work: "I Heart Huckabees", "Dirt Off Your Shoulder". */
function isWorkTitle(view: TokenView, start: number, end: number): boolean {
  // The word after the pronoun is written in title case ("Your Shoulder"), not in capitals ("I GIDROLOGIYA").
  const pronoun = (i: number): boolean =>
    i + 1 < view.tokens.length && TITLE_PRONOUN_WORDS.has(view.tokens[i].text) && !view.initial[i] && /^\p{Lu}\p{Ll}/u.test(view.tokens[i + 1].text);
  const opens = (pronoun(start) && end - start > 1) || (start > 0 && pronoun(start - 1) && !view.breakAfter[start - 1]);
  return opens || (pronoun(end) && !view.breakAfter[end - 1] && end + 1 < view.tokens.length && view.cap[end + 1]);
}

/** End of the capitalized run of a work title (its capitalized function words included). */
function skipTitle(view: TokenView, from: number): number {
  let i = from;
  while (i < view.tokens.length && /^\p{Lu}/u.test(view.tokens[i].text) && !view.breakAfter[i]) i++;
  return Math.min(view.tokens.length, i + 1);
}

const ORDINAL = /^\d{1,3}(?:st|nd|rd|th)$/i;
const SMALL_NUMBER = /^\d{1,3}$/;

/** "20th Century Fox", "19 Entertainment": an ordinal, or a small number before an organization head word, opens the name. */
function numberBefore(view: TokenView, from: number, end: number): number {
  const i = from - 1;
  if (i < 0 || view.breakAfter[i] || /[$£€¥%]/.test(view.tokens[i].pre + view.tokens[i].post)) return from;
  const text = view.tokens[i].text;
  // An ordinal compromise knows as part of a proper name ("20th Century Fox"), not "the 30th U.S. president".
  if (ORDINAL.test(text)) return view.has(i, 'ProperNoun') ? i : from;
  const opens = i === 0 || ['the', 'and', 'or', 'his', 'her', 'its', 'their'].includes(view.keys[i - 1]);
  return SMALL_NUMBER.test(text) && !text.startsWith('0') && WORD_LISTS.orgHeads.has(view.keys[end - 1]) && opens ? i : from;
}

/** "Channel 4", "Radio 1", "Radio 3's": a broadcaster's number closes its name. */
function numberAfter(view: TokenView, end: number): number {
  const number = end < view.tokens.length ? view.tokens[end].text.replace(/['\u2019]s$/, '') : '';
  return !view.breakAfter[end - 1] && WORD_LISTS.broadcastWords.has(view.keys[end - 1]) && SMALL_NUMBER.test(number) ? end + 1 : end;
}

/** "Department for Culture, Media and Sport": a list of single words after an organization's "for"/"of" stays in the name. */
function extendNameList(view: TokenView, end: number, joins: ReadonlyArray<[number, number]>): number {
  const { keys, tokens } = view;
  const last = joins[joins.length - 1];
  if (!last || last[0] + last[1] !== end - 1 || !WORD_LISTS.orgOfHeads.has(keys[last[0] - 1]) || !/^,\s*$/.test(tokens[end - 1].post)) return end;
  let i = end;
  while (i + 1 < tokens.length && view.cap[i] && /^,\s*$/.test(tokens[i].post)) i++;
  const closes = i + 2 < tokens.length && view.cap[i] && /^\s+$/.test(tokens[i].post) && keys[i + 1] === 'and' && view.cap[i + 2];
  return closes && (i + 3 >= tokens.length || !view.cap[i + 3] || view.breakAfter[i + 2]) ? i + 3 : end;
}

/** "al-Shabaab", "el-Sisi": a lower-case article particle hyphen-joined to a capitalized word opens a name. */
export const opensWithParticle = (view: TokenView, i: number): boolean =>
  i + 1 < view.tokens.length && WORD_LISTS.hyphenParticles.has(view.keys[i]) && /^[\-\u2010\u2011]$/.test(view.tokens[i].post) && view.cap[i + 1];

export function chunkNames(view: TokenView): Chunk[] {
  const chunks: Chunk[] = [];
  const n = view.tokens.length;
  let i = 0;
  while (i < n) {
    if (!view.cap[i] && !opensWithParticle(view, i)) {
      i++;
      continue;
    }
    let end = i + 1;
    const joins: Array<[number, number]> = [];
    while (end < n && !view.breakAfter[end - 1]) {
      // "Roc-A-Fella": capitalized parts of one hyphenated word stay together, function words included.
      const hyphenated = /^[\-\u2010\u2011]$/.test(view.tokens[end - 1].post) && /^\p{Lu}/u.test(view.tokens[end].text);
      // "Bradley First Air": a name-opening function word continues a name when a capital follows it.
      const opener = WORD_LISTS.nameOpeners.has(view.keys[end]) && end + 1 < n && view.cap[end + 1] && !view.breakAfter[end];
      // "Vice Premier He Lifeng": a capitalized function word right after a title opens the name when a capital follows.
      const afterTitle = isTitleWord(view.keys[end - 1]) && /^\p{Lu}\p{Ll}+$/u.test(view.tokens[end].text) && end + 1 < n && view.cap[end + 1] && !view.breakAfter[end];
      if (view.cap[end] && !view.initial[end] && (!WORD_LISTS.functionWords.has(view.keys[end]) || isInitial(view, end) || hyphenated || opener || afterTitle)) {
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
    // "Reform UK leader X": a sentence-initial verb or noun before a lone country, with a leader noun after, names a party or firm.
    const regionBody = end - i === 1 && lookupName([view.keys[i]])?.kind === 'country' && WORD_LISTS.personNouns.has(view.keys[end] ?? '') && !view.breakAfter[i];
    const plainOpener = opener && ['Verb', 'Noun'].some((tag) => view.has(i - 1, tag)) && !['Adverb', 'Adjective', 'Preposition', 'Pronoun'].some((tag) => view.has(i - 1, tag));
    let from = opener && (WORD_LISTS.orgHeads.has(view.keys[end - 1]) || (regionBody && plainOpener)) ? i - 1 : i;
    // "the paper, Of Rivers and Kings,": a capitalized preposition or conjunction inside a sentence opens the title of a work.
    const titleOpener = !view.initial[from] && WORD_LISTS.functionWords.has(view.keys[from]) && view.keys[from] !== 'the' && !keepsOpener(view, from);
    if (titleOpener && end - from >= 3 && /^\p{Lu}\p{Ll}+$/u.test(view.tokens[from].text)) {
      i = end;
      continue;
    }
    // "In Djibouti", "An America": a capitalized function word opens no name at a sentence start ("The"
    // may: "The Hague"); inside a sentence it is part of the name ("the studio Just Add Monsters").
    while (from < end - 1 && WORD_LISTS.functionWords.has(view.keys[from]) && view.keys[from] !== 'the' && !isInitial(view, from) && !keepsOpener(view, from)) from++;
    // "Former Cabinet minister X", "Former cabinet colleague X": a title modifier opening the sentence is no part of a name
    // unless a title follows it ("Former President X": the role).
    while (from < end && view.initial[from] && isModifier(view.keys[from]) && !matchTitle(view.keys, from, end)) from++;
    if (from >= end) {
      i = end;
      continue;
    }
    // "Striker Rasmus Hojlund scored", "Composer Thomas is": a capitalized role noun opening the sentence is no part of the name.
    const roleNoun = view.initial[from] && from + 1 <= end - 1 && WORD_LISTS.personNouns.has(view.keys[from]) && !isTitleWord(view.keys[from]);
    if (roleNoun && (from + 2 <= end - 1 || view.has(from + 1, 'Person') || view.has(from + 1, 'FirstName'))) from++;
    if (isWorkTitle(view, from, end)) {
      i = skipTitle(view, end);
      continue;
    }
    end = extendPlaceSuffix(view, from, extendNameList(view, end, joins));
    const nameEnd = dropCompetitionTier(view, from, end);
    chunks.push(...splitAtConnectors(view, numberBefore(view, from, nameEnd), numberAfter(view, nameEnd), joins));
    i = end;
  }
  return chunks;
}
