// Places written with a comma: the gazetteer's own ("Washington, D.C.") become one mention, and a
// town qualified by its US state ("Amherst, Mass.") keeps that written form.
import type { ParsedArticle } from '../nlp/parsed-article';
import { cleanName } from '../text/normalize-name';
import { isAbbreviation } from './abbreviations';
import { lookupCommaName, lookupName } from './gazetteer';
import type { Mention } from './mention';
import type { TokenView } from './token-view';

/** "Washington" + ", " + "D.C." → one mention when the gazetteer writes the place with a comma. */
const isAllCaps = (text: string): boolean => !/\p{Ll}/u.test(text);

/** "Amherst, Mass.": the town mention gets the qualified form as an extra surface form (see Mention.qualifiedForm). */
export function qualifyTowns(parsed: ParsedArticle, view: TokenView, mentions: Mention[]): Mention[] {
  return mentions.map((a, k) => {
    const b = mentions[k + 1];
    if (!b || a.type !== 'Location' || a.linkOnly || isAllCaps(a.text) || b.tokenStart !== a.tokenEnd || !/^,\s*$/.test(view.tokens[a.tokenEnd - 1].post)) return a;
    if (lookupName(view.keys.slice(b.tokenStart, b.tokenEnd))?.kind !== 'state') return a;
    // The dot belongs to an abbreviated state ("Mass."), not to a sentence ending on "California.".
    const dot = parsed.article.text[b.end] === '.' && isAbbreviation(view.keys[b.tokenEnd - 1]) ? 1 : 0;
    const qualifiedForm = parsed.article.text.slice(a.start, b.end + dot);
    return { ...a, qualifiedForm };
  });
}

export function joinCommaNames(parsed: ParsedArticle, view: TokenView, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const [a, b] = [mentions[k], mentions[k + 1]];
    const name = b && a.tokenEnd === b.tokenStart && /^,\s*$/.test(view.tokens[a.tokenEnd - 1].post)
      ? lookupCommaName(view.keys.slice(a.tokenStart, a.tokenEnd), view.keys.slice(b.tokenStart, b.tokenEnd))
      : undefined;
    if (!name) {
      out.push(a);
      continue;
    }
    const text = cleanName(parsed.article.text.slice(a.start, view.tokens[b.tokenEnd - 1].end + (view.tokens[b.tokenEnd - 1].post.startsWith('.') ? 1 : 0)));
    out.push({ ...a, id: `${a.sentence}:${a.tokenStart}-${b.tokenEnd}`, tokenEnd: b.tokenEnd, end: a.start + text.length, text, type: 'Location', rule: 'gazetteer-place', confidence: 0.95, canonical: name });
    k++;
  }
  return out;
}
