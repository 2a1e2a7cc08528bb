// Builds the syntax model from UD treebank sentences: the tag dictionary, then for each seed of
// the ensemble a tagger, jackknifed tags for the parser's training data (so that it learns from
// the tags it will really see) and a parser; the seeds' models averaged, and the model data with
// its dev figures. Deterministic for a given seed.
import type { ConlluSentence } from '../conllu';
import { evaluateSyntax } from '../evaluate-syntax';
import { LinearModel, type LinearModelData } from '../model/linear-model';
import type { SyntaxModelData } from '../model/model-file';
import { averageModels } from '../model/average-models';
import { computeWordAtoms } from '../model/word-atoms';
import { makeParseWords } from '../parser/parser-features';
import { createSyntaxModel } from '../syntax-model';
import type { TaggerModel } from '../tagger/tag-words';
import { buildTagDictionary, jackknifeTags, trainTaggerPass, type TaggedSentence } from './train-tagger';
import { trainParser, type ParserExample } from './train-parser';

export interface SyntaxTrainingOptions {
  taggerEpochs: number;
  parserEpochs: number;
  /** Folds for jackknifed tags (0: train the parser on gold tags). */
  folds: number;
  secondPass: boolean;
  explore: number;
  /** Models trained with seeds seed, seed + 1, … and averaged (see average-models). */
  ensemble: number;
  /** Averaged weights (16-bit scale) below this are dropped. */
  minWeight: number;
  seed: number;
  log: (line: string) => void;
}

const sortedSet = (values: Iterable<string>): string[] => [...new Set(values)].sort();

interface Member {
  tagger: LinearModelData[];
  moves: LinearModelData;
  labeller: LinearModelData;
}

interface Vocabulary {
  tags: string[];
  labels: string[];
  tagged: TaggedSentence[];
  base: TaggerModel;
}

/** One tagger and parser, from one seed. */
function trainMember(train: readonly ConlluSentence[], v: Vocabulary, o: SyntaxTrainingOptions, seed: number): Member {
  const { tags, labels, tagged, base } = v;
  const taggerOptions = { epochs: o.taggerEpochs, seed, log: o.log };
  const taggerData = [trainTaggerPass(base, tagged, tags.length, taggerOptions).toModelData()];
  // first-pass tags of every training sentence from a tagger that did not see it: the second
  // pass learns from them how far to trust the first, and the parser learns from realistic tags
  const jackknifed = o.secondPass || o.folds > 1 ? jackknifeTags(base, tagged, tags.length, Math.max(o.folds, 2), { ...taggerOptions, seed: seed + 1 }) : undefined;
  if (o.secondPass && jackknifed) {
    o.log('tagger second pass');
    taggerData.push(trainTaggerPass(base, tagged, tags.length, { ...taggerOptions, seed: seed + 2 }, jackknifed).toModelData());
  }
  const parserTags = o.folds > 1 && jackknifed ? jackknifed : tagged.map((s) => s.tags);
  const examples: ParserExample[] = train.map((s, i) => {
    const n = s.words.length;
    return {
      words: makeParseWords(computeWordAtoms(tagged[i].forms), parserTags[i]),
      heads: Int32Array.from(s.words.map((w) => (w.head === 0 ? n : w.head - 1))),
      labels: Int32Array.from(s.words.map((w) => labels.indexOf(w.deprel))),
    };
  });
  o.log(`parser: ${labels.length} labels`);
  const roles = { root: labels.indexOf('root'), fallback: labels.indexOf('dep') };
  const parser = trainParser(examples, labels.length, roles, { epochs: o.parserEpochs, seed: seed + 4, explore: o.explore, log: o.log });
  return { tagger: taggerData, moves: parser.moves.toModelData(), labeller: parser.labeller.toModelData() };
}

export function trainSyntaxModel(train: readonly ConlluSentence[], dev: readonly ConlluSentence[], o: SyntaxTrainingOptions): SyntaxModelData {
  const tags = sortedSet(train.flatMap((s) => s.words.map((w) => w.upos)));
  const labels = sortedSet(['root', 'dep', ...train.flatMap((s) => s.words.map((w) => w.deprel))]);
  const tagged: TaggedSentence[] = train.map((s) => ({ forms: s.words.map((w) => w.form), tags: Uint8Array.from(s.words.map((w) => tags.indexOf(w.upos))) }));
  const dictionary = buildTagDictionary(tagged);
  const base: TaggerModel = { tags, dictionary, first: new LinearModel({ classes: tags.length, keys: new Int32Array(0), rowLength: new Uint8Array(0), entryClass: new Uint8Array(0), entryWeight: new Int16Array(0) }) };
  o.log(`tagger: ${tags.length} tags, ${dictionary.size} dictionary words`);
  const members: Member[] = [];
  for (let j = 0; j < o.ensemble; j++) {
    o.log(`model ${j + 1} of ${o.ensemble}`);
    members.push(trainMember(train, { tags, labels, tagged, base }, o, o.seed + j));
  }
  const average = (pick: (m: Member) => LinearModelData): LinearModelData => averageModels(members.map(pick), o.minWeight);
  const tagger = members[0].tagger.map((_, i) => average((m) => m.tagger[i]));
  const data: SyntaxModelData = { tags, labels, dictionary: [...dictionary.entries()], info: {}, tagger, moves: average((m) => m.moves), labeller: average((m) => m.labeller) };
  const scores = evaluateSyntax(createSyntaxModel(data), dev);
  data.info = { treebank: 'UD English EWT', trainSentences: train.length, taggerEpochs: o.taggerEpochs, parserEpochs: o.parserEpochs, folds: o.folds, secondPass: o.secondPass ? 1 : 0, ensemble: o.ensemble, minWeight: o.minWeight, seed: o.seed, devUpos: scores.upos, devUas: scores.uas, devLas: scores.las };
  o.log(`dev: UPOS ${scores.upos}, UAS ${scores.uas}, LAS ${scores.las} (LAS with subtypes ${scores.lasFull}), ${scores.words} words`);
  return data;
}
