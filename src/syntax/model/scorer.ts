// What the decoders (tagger, parser) need from a linear model: per-class scores for a set of
// feature keys. The training perceptron and the compact trained model both implement it, so
// training and use share one decoding code path.

export interface Scorer {
  readonly classes: number;
  /** Writes the score of every class for the first `count` keys into `out` (length >= classes). */
  score(keys: Int32Array, count: number, out: Float64Array): void;
}
