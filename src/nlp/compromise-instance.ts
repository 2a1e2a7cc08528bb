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
  implicit?: string;
}

type Lexicon = Record<string, string | string[] | undefined>;
const lexicon = (nlp as unknown as { model: () => { one: { lexicon: Lexicon } } }).model().one.lexicon;

/** compromise's own lexicon entry for a lower-case word (a Map lookup, no parsing): e.g. "growth" → ["Singular"]. */
export function lexiconTags(word: string): string[] | undefined {
  const tags = Object.prototype.hasOwnProperty.call(lexicon, word) ? lexicon[word] : undefined;
  return tags === undefined ? undefined : Array.isArray(tags) ? tags : [tags];
}

interface CompromiseWorld {
  hooks: string[];
  methods: { one: { tokenize: { fromString: (text: string, world: CompromiseWorld) => CompromiseTerm[][] } } };
}
type ViewClass = new (document: CompromiseTerm[][]) => CompromiseDoc;

const world = nlp.world() as unknown as CompromiseWorld;
const View = nlp('').constructor as ViewClass;
/**
 * The parse steps the pipeline reads: all of compromise's own but the chunker (`term.chunk`,
 * Noun/Verb/Pivot groups, which nothing downstream reads; it tags nothing, so tags are the same).
 */
const PARSE_HOOKS = world.hooks.filter((hook) => hook !== 'chunks');

/** The one parse of an article: `nlp(text)` without the chunker. */
export function parseText(text: string): CompromiseDoc {
  const doc = new View(world.methods.one.tokenize.fromString(text, world));
  if (text) doc.compute(PARSE_HOOKS);
  return doc;
}

/** compromise's full stock parse, `nlp(text)`, chunker included: the reference that `kg bench` times. */
export function parseTextStock(text: string): CompromiseDoc {
  return nlp(text);
}

export function documentTerms(doc: CompromiseDoc): CompromiseTerm[][] {
  return (doc as unknown as { document: CompromiseTerm[][] }).document;
}
