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

export function parseText(text: string): CompromiseDoc {
  return nlp(text);
}

export function documentTerms(doc: CompromiseDoc): CompromiseTerm[][] {
  return (doc as unknown as { document: CompromiseTerm[][] }).document;
}
