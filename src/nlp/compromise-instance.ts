// The one configured compromise instance. Lexicon additions (gazetteer words, titles) are
// registered here once per process, so that a single parse per article tags them.
import nlp from 'compromise';
import { canRunPostTagger, runPostTagger, type SweepView, type SweepWorld } from './post-tagger';

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
/** compromise's own post-tagger parses its rows on its first run; ours runs from then on (post-tagger.ts). */
let ownPostTagger = false;

/** The one parse of an article: `nlp(text)` without the chunker, and with our faster post-tagger. */
export function parseText(text: string): CompromiseDoc {
  const doc = new View(world.methods.one.tokenize.fromString(text, world));
  if (!text) return doc;
  ownPostTagger ||= canRunPostTagger(world as unknown as SweepWorld);
  for (const hook of PARSE_HOOKS) {
    if (hook === 'postTagger' && ownPostTagger) runPostTagger(doc as unknown as SweepView, world as unknown as SweepWorld);
    else doc.compute(hook);
  }
  return doc;
}

/** compromise's full stock parse, `nlp(text)`, chunker included: the reference that `kg bench` times. */
export function parseTextStock(text: string): CompromiseDoc {
  return nlp(text);
}

export function documentTerms(doc: CompromiseDoc): CompromiseTerm[][] {
  return (doc as unknown as { document: CompromiseTerm[][] }).document;
}
