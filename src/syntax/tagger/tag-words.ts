// Tags a sentence's words: frequent unambiguous words from the tag dictionary, the rest greedily
// left to right with the linear model; a second pass, when the model has one, re-tags every word
// seeing the first pass's tags of the words that follow.
import { computeWordAtoms, type WordAtoms } from '../model/word-atoms';
import type { Scorer } from '../model/scorer';
import { extractTaggerFeatures, MAX_TAGGER_FEATURES, type TagContext } from './tagger-features';

export interface TaggerModel {
  /** Class names (UPOS). */
  tags: string[];
  /** Normalized word → tag index, for frequent words that almost always take one tag. */
  dictionary: Map<string, number>;
  first: Scorer;
  second?: Scorer;
}

const keys = new Int32Array(MAX_TAGGER_FEATURES);

/** Runs one greedy pass with `scorer`; `ahead` holds the earlier pass's tags, if any. */
export function runTaggerPass(model: TaggerModel, scorer: Scorer, atoms: WordAtoms, ahead?: Uint8Array): Uint8Array {
  const n = atoms.word.length;
  const ctx: TagContext = { atoms, tags: new Uint8Array(n), ahead };
  const scores = new Float64Array(scorer.classes);
  for (let i = 0; i < n; i++) {
    const known = model.dictionary.get(atoms.normal[i]);
    if (known !== undefined) {
      ctx.tags[i] = known;
      continue;
    }
    const count = extractTaggerFeatures(ctx, i, keys);
    scorer.score(keys, count, scores);
    let best = 0;
    for (let c = 1; c < scorer.classes; c++) if (scores[c] > scores[best]) best = c;
    ctx.tags[i] = best;
  }
  return ctx.tags;
}

/** Tag indexes (into model.tags) for the words of one sentence. */
export function tagWords(model: TaggerModel, forms: readonly string[], atoms: WordAtoms = computeWordAtoms(forms)): Uint8Array {
  const first = runTaggerPass(model, model.first, atoms);
  return model.second ? runTaggerPass(model, model.second, atoms, first) : first;
}
