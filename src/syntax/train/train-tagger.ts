// Trains the tagger: a tag dictionary from word counts, then averaged perceptrons (first pass;
// optionally a second pass that sees the first pass's tags ahead, trained on jackknifed
// first-pass tags so that it learns how far to trust them).
import { LinearModel } from '../model/linear-model';
import { computeWordAtoms, type WordAtoms } from '../model/word-atoms';
import { runTaggerPass, type TaggerModel } from '../tagger/tag-words';
import { extractTaggerFeatures, MAX_TAGGER_FEATURES } from '../tagger/tagger-features';
import { makeRandom, shuffleItems } from './seeded-random';
import { SparsePerceptron } from './sparse-perceptron';

export interface TaggedSentence {
  forms: string[];
  /** Gold tag indexes. */
  tags: Uint8Array;
}

export interface TaggerTraining {
  epochs: number;
  seed: number;
  log?: (line: string) => void;
}

/** Words seen at least `minCount` times with one tag in at least `minShare` of them. */
export function buildTagDictionary(sentences: readonly TaggedSentence[], minCount = 20, minShare = 0.97): Map<string, number> {
  const counts = new Map<string, Map<number, number>>();
  for (const s of sentences) {
    s.forms.forEach((form, i) => {
      const word = computeWordAtoms([form]).normal[0];
      const byTag = counts.get(word) ?? new Map<number, number>();
      byTag.set(s.tags[i], (byTag.get(s.tags[i]) ?? 0) + 1);
      counts.set(word, byTag);
    });
  }
  const dictionary = new Map<string, number>();
  for (const word of [...counts.keys()].sort()) {
    const byTag = counts.get(word) as Map<number, number>;
    const total = [...byTag.values()].reduce((a, b) => a + b, 0);
    const [tag, count] = [...byTag.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
    if (total >= minCount && count / total >= minShare) dictionary.set(word, tag);
  }
  return dictionary;
}

/** Trains one pass; `ahead` gives each sentence's earlier-pass tags for a second pass. */
export function trainTaggerPass(model: TaggerModel, sentences: readonly TaggedSentence[], classes: number, options: TaggerTraining, ahead?: readonly Uint8Array[]): SparsePerceptron {
  const perceptron = new SparsePerceptron(classes);
  const random = makeRandom(options.seed);
  const atoms: WordAtoms[] = sentences.map((s) => computeWordAtoms(s.forms));
  const keys = new Int32Array(MAX_TAGGER_FEATURES);
  const scores = new Float64Array(classes);
  const order = sentences.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    let correct = 0;
    let total = 0;
    for (const s of shuffleItems(order, random)) {
      const sentence = sentences[s];
      const ctx = { atoms: atoms[s], tags: new Uint8Array(sentence.forms.length), ahead: ahead?.[s] };
      for (let i = 0; i < sentence.forms.length; i++) {
        const known = model.dictionary.get(ctx.atoms.normal[i]);
        let guess = known ?? 0;
        if (known === undefined) {
          const count = extractTaggerFeatures(ctx, i, keys);
          perceptron.score(keys, count, scores);
          for (let c = 1; c < classes; c++) if (scores[c] > scores[guess]) guess = c;
          perceptron.update(keys, count, sentence.tags[i], guess);
          perceptron.step++;
        }
        ctx.tags[i] = guess;
        correct += guess === sentence.tags[i] ? 1 : 0;
        total++;
      }
    }
    options.log?.(`  tagger epoch ${epoch + 1}: train accuracy ${(correct / total).toFixed(4)}`);
  }
  return perceptron;
}

/** First-pass tags for every sentence, each predicted by a model that did not train on it. */
export function jackknifeTags(model: TaggerModel, sentences: readonly TaggedSentence[], classes: number, folds: number, options: TaggerTraining): Uint8Array[] {
  const out: Uint8Array[] = new Array(sentences.length);
  for (let k = 0; k < folds; k++) {
    const rest = sentences.filter((_, i) => i % folds !== k);
    const scorer = new LinearModel(trainTaggerPass(model, rest, classes, { ...options, log: undefined }).toModelData());
    const foldModel: TaggerModel = { ...model, first: scorer, second: undefined };
    sentences.forEach((s, i) => {
      if (i % folds === k) out[i] = runTaggerPass(foldModel, scorer, computeWordAtoms(s.forms));
    });
    options.log?.(`  jackknife fold ${k + 1}/${folds} done`);
  }
  return out;
}
