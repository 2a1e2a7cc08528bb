// Greedy arc-hybrid parsing with two linear models: the move model picks SHIFT, LEFT or RIGHT
// from the state's features; for an arc, the label model then picks its label ("root" exactly
// for the arc from ROOT).
import type { Scorer } from '../model/scorer';
import { extractLabelFeatures, MAX_LABEL_FEATURES } from './label-features';
import { MAX_PARSER_FEATURES, extractParserFeatures, type ParseWords } from './parser-features';
import { MOVES, ParseState, SHIFT } from './parse-state';

export interface ParserModel {
  /** Dependency labels (classes of the label model). */
  labels: string[];
  moves: Scorer;
  labeller: Scorer;
}

export interface ParsedWords {
  /** Head of each word: 0 = root, otherwise 1-based (as CoNLL-U). */
  heads: Int32Array;
  /** Label index of each word. */
  labels: Int32Array;
}

const moveKeys = new Int32Array(MAX_PARSER_FEATURES);
const labelKeys = new Int32Array(MAX_LABEL_FEATURES);

/** The best valid move (ties go to the lower move). */
export function bestValidMove(st: ParseState, scores: Float64Array): number {
  let best = -1;
  for (let m = 0; m < MOVES; m++) if ((best < 0 || scores[m] > scores[best]) && st.isValid(m)) best = m;
  return best < 0 ? SHIFT : best;
}

/** The best label for an arc: "root" when the head is ROOT, never otherwise. */
export function bestLabel(scores: Float64Array, classes: number, rootLabel: number, toRoot: boolean): number {
  if (toRoot) return rootLabel;
  let best = rootLabel === 0 ? 1 : 0;
  for (let c = 0; c < classes; c++) if (c !== rootLabel && scores[c] > scores[best]) best = c;
  return best;
}

/** Chooses the label of the arc the move would make (scores written into `scores`). */
export function chooseLabel(model: ParserModel, st: ParseState, words: ParseWords, move: number, scores: Float64Array, rootLabel: number): number {
  const head = st.headFor(move);
  if (head === st.n) return rootLabel;
  const count = extractLabelFeatures(st, words, head, st.s(0), labelKeys);
  model.labeller.score(labelKeys, count, scores);
  return bestLabel(scores, model.labeller.classes, rootLabel, false);
}

export function rootLabelOf(labels: readonly string[]): number {
  return labels.indexOf('root');
}

export function parseWords(model: ParserModel, words: ParseWords): ParsedWords {
  const n = words.word.length - 1;
  const st = new ParseState(n);
  const moveScores = new Float64Array(MOVES);
  const labelScores = new Float64Array(model.labeller.classes);
  const rootLabel = rootLabelOf(model.labels);
  for (let steps = 0; !st.done && steps <= 2 * n + 1; steps++) {
    // A state with one valid move (empty stack; only ROOT left in the buffer) needs no scores.
    let move = st.onlyValidMove();
    if (move < 0) {
      model.moves.score(moveKeys, extractParserFeatures(st, words, moveKeys), moveScores);
      move = bestValidMove(st, moveScores);
    }
    st.apply(move, move === SHIFT ? -1 : chooseLabel(model, st, words, move, labelScores, rootLabel));
  }
  const heads = new Int32Array(n);
  for (let i = 0; i < n; i++) heads[i] = st.heads[i] === n ? 0 : st.heads[i] + 1;
  return { heads, labels: st.labels.slice(0, n) };
}
