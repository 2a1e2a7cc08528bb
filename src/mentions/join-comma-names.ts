// Places the gazetteer writes with a comma ("Washington, D.C.") become one mention.
import type { ParsedArticle } from '../nlp/parsed-article';
import { cleanName } from '../text/normalize-name';
import { lookupCommaName } from './gazetteer';
import type { Mention } from './mention';
import type { TokenView } from './token-view';

/** "Washington" + ", " + "D.C." → one mention when the gazetteer writes the place with a comma. */
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
