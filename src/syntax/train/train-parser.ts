// Trains the parser: greedy arc-hybrid with averaged perceptrons for moves and labels and the
// dynamic oracle, with error exploration (after the first epoch the parser mostly follows its
// own moves, learning to recover from its mistakes). Non-projective training trees are skipped.
import { extractLabelFeatures, MAX_LABEL_FEATURES } from '../parser/label-features';
import { extractParserFeatures, MAX_PARSER_FEATURES, type ParseWords } from '../parser/parser-features';
import { bestLabel, bestValidMove } from '../parser/parse-words';
import { LEFT, MOVES, ParseState, RIGHT } from '../parser/parse-state';
import { computeMoveCosts, isProjective } from './parser-oracle';
import { makeRandom, shuffleItems, type Random } from './seeded-random';
import { SparsePerceptron } from './sparse-perceptron';

export interface ParserExample {
  words: ParseWords;
  /** Gold head of each word, 0-based, n for ROOT. */
  heads: Int32Array;
  labels: Int32Array;
}

export interface ParserTraining {
  epochs: number;
  seed: number;
  /** Probability of following the model's own move when it is wrong (from epoch 2 on). */
  explore: number;
  log?: (line: string) => void;
}

export interface LabelRoles {
  root: number;
  /** Label for a wrong attachment of the gold root word (never "root" off ROOT). */
  fallback: number;
}

export interface TrainedParser {
  moves: SparsePerceptron;
  labeller: SparsePerceptron;
}

/** The best-scoring move among those of minimal cost, and whether `guess` is one of them. */
function consultOracle(st: ParseState, ex: ParserExample, scores: Float64Array, guess: number): { gold: number; guessOk: boolean } {
  const costs = computeMoveCosts(st, ex.heads);
  const byMove = [costs.shift, costs.left, costs.right];
  const min = Math.min(...byMove);
  let gold = -1;
  for (let m = 0; m < MOVES; m++) if (byMove[m] === min && (gold < 0 || scores[m] > scores[gold])) gold = m;
  return { gold, guessOk: byMove[guess] === min };
}

interface LabelStep {
  labeller: SparsePerceptron;
  roles: LabelRoles;
  keys: Int32Array;
  scores: Float64Array;
  follow: boolean;
}

/** Learns the label of the arc `move` makes; returns the label to apply. */
function trainLabel(st: ParseState, ex: ParserExample, move: number, step: LabelStep): number {
  const head = st.headFor(move);
  if (head === st.n) return step.roles.root;
  const dep = st.s(0);
  const gold = ex.labels[dep] === step.roles.root ? step.roles.fallback : ex.labels[dep];
  const count = extractLabelFeatures(st, ex.words, head, dep, step.keys);
  step.labeller.score(step.keys, count, step.scores);
  const guess = bestLabel(step.scores, step.labeller.classes, step.roles.root, false);
  step.labeller.update(step.keys, count, gold, guess);
  step.labeller.step++;
  return step.follow ? guess : gold;
}

function parseExample(ex: ParserExample, model: TrainedParser, roles: LabelRoles, explore: (guessOk: boolean) => boolean): ParseState {
  const st = new ParseState(ex.heads.length);
  const keys = new Int32Array(MAX_PARSER_FEATURES);
  const scores = new Float64Array(MOVES);
  const labelStep: LabelStep = { labeller: model.labeller, roles, keys: new Int32Array(MAX_LABEL_FEATURES), scores: new Float64Array(model.labeller.classes), follow: false };
  while (!st.done) {
    const count = extractParserFeatures(st, ex.words, keys);
    model.moves.score(keys, count, scores);
    const guess = bestValidMove(st, scores);
    const { gold, guessOk } = consultOracle(st, ex, scores, guess);
    if (!guessOk) model.moves.update(keys, count, gold, guess);
    model.moves.step++;
    labelStep.follow = explore(guessOk);
    const move = guessOk || labelStep.follow ? guess : gold;
    st.apply(move, move === LEFT || move === RIGHT ? trainLabel(st, ex, move, labelStep) : -1);
  }
  return st;
}

export function trainParser(examples: readonly ParserExample[], labels: number, roles: LabelRoles, options: ParserTraining): TrainedParser {
  const model: TrainedParser = { moves: new SparsePerceptron(MOVES), labeller: new SparsePerceptron(labels) };
  const random: Random = makeRandom(options.seed);
  const usable = examples.filter((ex) => isProjective(ex.heads));
  options.log?.(`  parser: ${usable.length} projective training trees of ${examples.length}`);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    let correct = 0;
    let total = 0;
    const explore = (guessOk: boolean): boolean => epoch > 0 && (guessOk || random() < options.explore);
    for (const ex of shuffleItems(usable, random)) {
      const st = parseExample(ex, model, roles, explore);
      for (let i = 0; i < ex.heads.length; i++) {
        total++;
        if (st.heads[i] === ex.heads[i]) correct++;
      }
    }
    options.log?.(`  parser epoch ${epoch + 1}: train UAS ${(correct / total).toFixed(4)}, ${model.moves.size.features} move and ${model.labeller.size.features} label features`);
  }
  return model;
}
