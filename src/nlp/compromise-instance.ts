// The one configured compromise instance. Lexicon additions (gazetteer words, titles) are
// registered here once per process, so that a single parse per article tags them.
import nlp from 'compromise';

export type CompromiseDoc = ReturnType<typeof nlp>;

/** Minimal view of a compromise term, as found in `doc.document`. */
export interface CompromiseTerm {
  text: string;
  pre: string;
  post: string;
  normal: string;
  tags: Set<string>;
  chunk?: string;
  implicit?: string;
}

type Lexicon = Record<string, string | string[] | undefined>;
const lexicon = (nlp as unknown as { model: () => { one: { lexicon: Lexicon } } }).model().one.lexicon;

/** compromise's own lexicon entry for a lower-case word (a Map lookup, no parsing): e.g. "growth" → ["Singular"]. */
export function lexiconTags(word: string): string[] | undefined {
  const tags = Object.prototype.hasOwnProperty.call(lexicon, word) ? lexicon[word] : undefined;
  return tags === undefined ? undefined : Array.isArray(tags) ? tags : [tags];
}

export function parseText(text: string): CompromiseDoc {
  return nlp(text);
}

export function documentTerms(doc: CompromiseDoc): CompromiseTerm[][] {
  return (doc as unknown as { document: CompromiseTerm[][] }).document;
}
