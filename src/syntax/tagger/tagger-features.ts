// Features of the part-of-speech tagger for one word: the word, its affixes and shape, its
// neighbours (two each side) and their suffixes, the two previous tags, and, in the second pass,
// the first pass's tags of the next two words.
import { hashString, mixKey } from '../model/feature-hash';
import type { WordAtoms } from '../model/word-atoms';

export const NO_WORD = hashString('<none>');
export const NO_TAG = 255;
/** Upper bound on the number of keys one word produces. */
export const MAX_TAGGER_FEATURES = 48;

export interface TagContext {
  atoms: WordAtoms;
  /** Tags decided so far (left of the word); NO_TAG outside the sentence. */
  tags: Uint8Array;
  /** First-pass tags of the whole sentence, for the second pass; undefined in the first pass. */
  ahead?: Uint8Array;
}

const at = (a: Int32Array, i: number): number => (i >= 0 && i < a.length ? a[i] : NO_WORD);
const tagAt = (t: Uint8Array | undefined, i: number): number => (t && i >= 0 && i < t.length ? t[i] : NO_TAG);

/** Writes the feature keys of word i into `out`; returns how many. */
export function extractTaggerFeatures(ctx: TagContext, i: number, out: Int32Array): number {
  const a = ctx.atoms;
  const w = a.word[i];
  const p1 = tagAt(ctx.tags, i - 1);
  const p2 = tagAt(ctx.tags, i - 2);
  const wPrev = at(a.word, i - 1);
  const wNext = at(a.word, i + 1);
  let n = 0;
  out[n++] = mixKey(0, 0);
  out[n++] = mixKey(1, w);
  out[n++] = mixKey(2, a.form[i]);
  out[n++] = mixKey(3, a.suffix1[i]);
  out[n++] = mixKey(4, a.suffix2[i]);
  out[n++] = mixKey(5, a.suffix3[i]);
  out[n++] = mixKey(6, a.suffix4[i]);
  out[n++] = mixKey(7, a.prefix1[i]);
  out[n++] = mixKey(8, a.prefix2[i]);
  out[n++] = mixKey(9, a.prefix3[i]);
  out[n++] = mixKey(10, a.shape[i]);
  out[n++] = mixKey(11, a.shape[i], i === 0 ? 1 : 0);
  out[n++] = mixKey(12, p1);
  out[n++] = mixKey(13, p2);
  out[n++] = mixKey(14, p1, p2);
  out[n++] = mixKey(15, p1, w);
  out[n++] = mixKey(16, p1, a.suffix3[i]);
  out[n++] = mixKey(17, wPrev);
  out[n++] = mixKey(18, at(a.suffix3, i - 1));
  out[n++] = mixKey(19, at(a.word, i - 2));
  out[n++] = mixKey(20, wNext);
  out[n++] = mixKey(21, at(a.suffix3, i + 1));
  out[n++] = mixKey(22, at(a.word, i + 2));
  out[n++] = mixKey(23, wPrev, w);
  out[n++] = mixKey(24, w, wNext);
  out[n++] = mixKey(25, at(a.shape, i - 1), at(a.shape, i + 1));
  out[n++] = mixKey(26, wPrev, wNext);
  out[n++] = mixKey(27, at(a.suffix2, i + 1), w);
  out[n++] = mixKey(28, p1, wNext);
  out[n++] = mixKey(29, a.lexicon[i]);
  out[n++] = mixKey(30, a.lexicon[i], at(a.lexicon, i + 1));
  out[n++] = mixKey(31, p1, a.lexicon[i]);
  out[n++] = mixKey(32, a.lexicon[i], a.suffix3[i]);
  if (ctx.ahead) {
    const n1 = tagAt(ctx.ahead, i + 1);
    const n2 = tagAt(ctx.ahead, i + 2);
    out[n++] = mixKey(40, n1);
    out[n++] = mixKey(41, n1, n2);
    out[n++] = mixKey(42, n1, w);
    out[n++] = mixKey(43, p1, n1);
    out[n++] = mixKey(44, n1, a.suffix3[i]);
    out[n++] = mixKey(45, tagAt(ctx.ahead, i), w);
  }
  return n;
}
