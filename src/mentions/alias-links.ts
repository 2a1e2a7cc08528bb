// Names the text itself gives as one actor's: "Jay-Z, real name Shawn Carter", "X, which is to
// be renamed Y", "X (Y)" with an acronym or one word in the brackets after an organization, a place or a person. The second mention gets `sameAs` (the
// first one's id) and resolution joins them; a weakly typed second name takes the first one's type.
import type { ParsedArticle } from '../nlp/parsed-article';
import { ALIAS_CUES } from '../data/context-words';
import type { Mention } from './mention';
import { WORD_LISTS } from './word-lists';

const CUES = new Set(ALIAS_CUES);
/** Below this a mention's type is a guess. */
const WEAK = 0.6;
const ACRONYM = /^[\p{Lu}\d&]{2,8}$/u;

export function linkAliases(parsed: ParsedArticle, mentions: readonly Mention[]): Mention[] {
  const out = [...mentions];
  for (let k = 0; k + 1 < out.length; k++) {
    const [a, b] = [out[k], out[k + 1]];
    // The second name takes the type of the first when its own type is a guess ("MCI, formerly known as X").
    if (a.linkOnly || b.linkOnly || a.sentence !== b.sentence || (a.type !== b.type && b.confidence >= WEAK)) continue;
    const between = parsed.article.text.slice(a.end, b.start);
    const after = parsed.article.text.slice(b.end, b.end + 2);
    let words = between.toLowerCase().replace(/['\u2019]s\b/g, '').replace(/[^\p{L}\s]+/gu, ' ').trim().replace(/\s+/g, ' ');
    // "the X movement, also known as Y": the group's lower-case noun stays out of the cue.
    const nounFirst = /^\s+(\p{Ll}+),/u.exec(between);
    if (a.type === 'Organization' && nounFirst && WORD_LISTS.orgNouns.has(nounFirst[1])) words = words.slice(nounFirst[1].length).trim();
    // "Federal Cartel Office (Bundeskartellamt)", "Ghana Cocoa Board (Cocobod)": one word in brackets after an organization's full name is its short or own-language name.
    // "Kolkata (Calcutta)", "Ivan Petrovich (Dorokhov)": one word in brackets after a place or a person's name is another name of it.
    const shortName = (a.type === 'Organization' ? a.text.includes(' ') : !a.linkOnly) && !b.text.includes(' ');
    const bracketed = /^\s*\(\s*$/.test(between) && /^\s*\)/.test(after) && (ACRONYM.test(b.text) || shortName);
    const cued = (/^[,(]/.test(between.replace(/^['\u2019]s?/, '').trim()) || nounFirst !== null) && CUES.has(words);
    // The other name is as sure a name of that type as the first ("(Wits)" stays the university's elsewhere in the article).
    if (bracketed || cued) out[k + 1] = { ...b, type: a.type, sameAs: a.id, confidence: a.type === b.type ? b.confidence : Math.max(b.confidence, a.confidence) };
  }
  return out;
}
