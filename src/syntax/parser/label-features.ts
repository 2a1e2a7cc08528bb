// Features of the label model for an arc head → dep that the move model has chosen: the two
// words and tags, their direction and distance, the dependent's children so far (their labels,
// tags and the first left child's word, e.g. a "by" or "'s"), the head's label sets, and the
// tags beside each word.
import { mixKey } from '../model/feature-hash';
import type { ParseState } from './parse-state';
import { NONE, type ParseWords } from './parser-features';

export const MAX_LABEL_FEATURES = 32;

const W = (word: Int32Array, i: number): number => (i < 0 || i >= word.length ? NONE : word[i]);
const P = (tag: Int32Array, i: number): number => (i < 0 || i >= tag.length ? 255 : tag[i]);
const at = (arr: Int32Array, i: number): number => (i < 0 ? -1 : arr[i]);

/** Writes the label feature keys of the arc head → dep into `out`; returns how many. */
export function extractLabelFeatures(st: ParseState, words: ParseWords, head: number, dep: number, out: Int32Array): number {
  const { word, tag } = words;
  const labels = st.labels;
  const dir = head > dep ? 1 : 2;
  const dw = word[dep], dp = tag[dep], hw = word[head], hp = tag[head];
  const dist = Math.min(Math.abs(head - dep), 8);
  const dl = at(st.left1, dep), dr = at(st.right1, dep);
  const dlw = W(word, dl), dlp = P(tag, dl), dll = at(labels, dl), drl = at(labels, dr);
  let k = 0;
  out[k++] = mixKey(0, dir);
  out[k++] = mixKey(1, dw, dir); out[k++] = mixKey(2, dp, dir); out[k++] = mixKey(3, dw, dp, dir);
  out[k++] = mixKey(4, hw, dir); out[k++] = mixKey(5, hp, dir); out[k++] = mixKey(6, hw, hp, dir);
  out[k++] = mixKey(7, dp, hp, dir); out[k++] = mixKey(8, dw, hp, dir); out[k++] = mixKey(9, dp, hw, dir); out[k++] = mixKey(10, dw, hw, dir);
  out[k++] = mixKey(11, dp, hp, dist * 4 + dir);
  out[k++] = mixKey(12, dp, st.leftLabels[dep], dir); out[k++] = mixKey(13, dp, st.rightLabels[dep], dir); out[k++] = mixKey(14, dw, st.rightLabels[dep]);
  out[k++] = mixKey(15, dp, dll, drl); out[k++] = mixKey(16, dp, dlp, P(tag, dr)); out[k++] = mixKey(17, dp, dlw, dir);
  out[k++] = mixKey(18, hp, st.leftLabels[head], dir); out[k++] = mixKey(19, hp, st.rightLabels[head], dir);
  out[k++] = mixKey(20, dp, P(tag, dep - 1), P(tag, dep + 1)); out[k++] = mixKey(21, hp, P(tag, head - 1), P(tag, head + 1));
  out[k++] = mixKey(22, dp, hp, dlp); out[k++] = mixKey(23, dlw, hp, dir); out[k++] = mixKey(24, dp, hp, st.leftLabels[dep]);
  out[k++] = mixKey(25, dp, hp, mixKey(0, st.leftCount[dep], st.rightCount[dep]));
  out[k++] = mixKey(26, dw, hp, dlw); out[k++] = mixKey(27, dp, W(word, dep + 1), dir); out[k++] = mixKey(28, dp, W(word, dep - 1), dir);
  out[k++] = mixKey(29, hp, W(word, head - 1), dir);
  return k;
}
