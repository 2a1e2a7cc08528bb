// Features of a parser state, after Zhang & Nivre (2011) adapted to arc-hybrid: words and tags
// of the top three stack items and the first three buffer words, their pairs and triples, the
// distance between the stack top and the buffer front and between the two stack tops,
// valencies, the nearest two children on each side with their labels, the label sets, and the
// three-letter suffixes of s0, s1, b0 and b1 with their tags (a back-off for rare words).
import { hashString, mixKey } from '../model/feature-hash';
import type { ParseState } from './parse-state';

export const NONE = hashString('<none>');
const NO_TAG = 255;
export const MAX_PARSER_FEATURES = 128;

export interface ParseWords {
  /** Word hashes for 0..n (index n is ROOT). */
  word: Int32Array;
  /** Tag ids for 0..n. */
  tag: Int32Array;
  /** Hashes of the last three letters for 0..n (a back-off for rare words: "-ing", "-ed"). */
  suffix: Int32Array;
}

export const ROOT_WORD = hashString('<root>');
const ROOT_TAG = 254;

/** Parser input for n words: their word hashes and tag ids, with ROOT appended. */
export function makeParseWords(atoms: { word: Int32Array; suffix3: Int32Array }, tags: ArrayLike<number>): ParseWords {
  const n = atoms.word.length;
  const word = new Int32Array(n + 1);
  const tag = new Int32Array(n + 1);
  const suffix = new Int32Array(n + 1);
  word.set(atoms.word);
  word[n] = ROOT_WORD;
  suffix.set(atoms.suffix3);
  suffix[n] = ROOT_WORD;
  for (let i = 0; i < n; i++) tag[i] = tags[i];
  tag[n] = ROOT_TAG;
  return { word, tag, suffix };
}

const W = (word: Int32Array, i: number): number => (i < 0 ? NONE : word[i]);
const P = (tag: Int32Array, i: number): number => (i < 0 ? NO_TAG : tag[i]);
const L = (labels: Int32Array, i: number): number => (i < 0 ? -1 : labels[i]);
/** An array's value at word i (a child, a count, a label set), or -1 for no word. */
const at = (arr: Int32Array, i: number): number => (i < 0 ? -1 : arr[i]);

const distance = (a: number, b: number): number => {
  if (a < 0 || b < 0) return 0;
  const d = Math.abs(b - a);
  return d <= 4 ? d : d <= 6 ? 5 : d <= 10 ? 6 : 7;
};

/** Writes the feature keys of a state into `out`; returns how many. */
export function extractParserFeatures(st: ParseState, words: ParseWords, out: Int32Array): number {
  const word = words.word;
  const tag = words.tag;
  const labels = st.labels;
  const s0 = st.s(0), s1 = st.s(1), s2 = st.s(2);
  const n0 = st.b, n1 = st.b + 1 <= st.n ? st.b + 1 : -1, n2 = st.b + 2 <= st.n ? st.b + 2 : -1;
  const s0w = W(word, s0), s0p = P(tag, s0), s1w = W(word, s1), s1p = P(tag, s1), n0w = W(word, n0), n0p = P(tag, n0), n1w = W(word, n1), n1p = P(tag, n1), n2p = P(tag, n2);
  const s0l = at(st.left1, s0), s0r = at(st.right1, s0), s0l2 = at(st.left2, s0), s0r2 = at(st.right2, s0);
  const s1l = at(st.left1, s1), s1r = at(st.right1, s1), s1r2 = at(st.right2, s1);
  const n0l = at(st.left1, n0), n0l2 = at(st.left2, n0);
  const d = distance(s0, n0), d1 = distance(s1, s0);
  let k = 0;
  // single positions
  out[k++] = mixKey(0, s0w, s0p); out[k++] = mixKey(1, s0w); out[k++] = mixKey(2, s0p);
  out[k++] = mixKey(3, n0w, n0p); out[k++] = mixKey(4, n0w); out[k++] = mixKey(5, n0p);
  out[k++] = mixKey(6, n1w, n1p); out[k++] = mixKey(7, n1w); out[k++] = mixKey(8, n1p);
  out[k++] = mixKey(9, W(word, n2), n2p); out[k++] = mixKey(10, W(word, n2)); out[k++] = mixKey(11, n2p);
  out[k++] = mixKey(12, s1w, s1p); out[k++] = mixKey(13, s1w); out[k++] = mixKey(14, s1p);
  out[k++] = mixKey(15, W(word, s2)); out[k++] = mixKey(16, P(tag, s2));
  // pairs
  out[k++] = mixKey(20, s0w, s0p, mixKey(0, n0w, n0p)); out[k++] = mixKey(21, s0w, s0p, n0w); out[k++] = mixKey(22, s0w, n0w, n0p);
  out[k++] = mixKey(23, s0w, s0p, n0p); out[k++] = mixKey(24, s0p, n0w, n0p); out[k++] = mixKey(25, s0w, n0w); out[k++] = mixKey(26, s0p, n0p);
  out[k++] = mixKey(27, n0p, n1p); out[k++] = mixKey(28, s1p, s0p); out[k++] = mixKey(29, s1w, s0w); out[k++] = mixKey(30, s1w, s0p);
  out[k++] = mixKey(31, s1p, s0w); out[k++] = mixKey(32, s1w, s1p, mixKey(0, s0w, s0p)); out[k++] = mixKey(33, s1p, n0p); out[k++] = mixKey(34, s1w, n0w);
  out[k++] = mixKey(35, n0w, n1w); out[k++] = mixKey(36, s0w, n1p); out[k++] = mixKey(37, s0p, n1w);
  // triples
  out[k++] = mixKey(40, n0p, n1p, n2p); out[k++] = mixKey(41, s0p, n0p, n1p); out[k++] = mixKey(42, s1p, s0p, n0p);
  out[k++] = mixKey(43, s0p, P(tag, s0l), n0p); out[k++] = mixKey(44, s0p, P(tag, s0r), n0p); out[k++] = mixKey(45, s0p, n0p, P(tag, n0l));
  out[k++] = mixKey(46, P(tag, s2), s1p, s0p); out[k++] = mixKey(47, s1p, P(tag, s1r), s0p); out[k++] = mixKey(48, s1p, s0p, P(tag, s0l));
  out[k++] = mixKey(49, s1p, P(tag, s1l), s0p); out[k++] = mixKey(50, s1p, s0p, P(tag, s0r)); out[k++] = mixKey(51, s1p, s0w, n0p);
  // distance
  out[k++] = mixKey(55, s0w, d); out[k++] = mixKey(56, s0p, d); out[k++] = mixKey(57, n0w, d); out[k++] = mixKey(58, n0p, d);
  out[k++] = mixKey(59, s0w, n0w, d); out[k++] = mixKey(60, s0p, n0p, d); out[k++] = mixKey(61, s1p, s0p, d1); out[k++] = mixKey(62, s1w, s0w, d1);
  out[k++] = mixKey(63, s1p, s0p, mixKey(0, n0p, d));
  // valency
  out[k++] = mixKey(65, s0w, at(st.rightCount, s0)); out[k++] = mixKey(66, s0p, at(st.rightCount, s0)); out[k++] = mixKey(67, s0w, at(st.leftCount, s0)); out[k++] = mixKey(68, s0p, at(st.leftCount, s0));
  out[k++] = mixKey(69, n0w, at(st.leftCount, n0)); out[k++] = mixKey(70, n0p, at(st.leftCount, n0)); out[k++] = mixKey(71, s1w, at(st.rightCount, s1)); out[k++] = mixKey(72, s1p, at(st.rightCount, s1));
  out[k++] = mixKey(73, s1p, at(st.leftCount, s1));
  // children
  out[k++] = mixKey(75, W(word, s0l)); out[k++] = mixKey(76, P(tag, s0l)); out[k++] = mixKey(77, L(labels, s0l));
  out[k++] = mixKey(78, W(word, s0r)); out[k++] = mixKey(79, P(tag, s0r)); out[k++] = mixKey(80, L(labels, s0r));
  out[k++] = mixKey(81, W(word, n0l)); out[k++] = mixKey(82, P(tag, n0l)); out[k++] = mixKey(83, L(labels, n0l));
  out[k++] = mixKey(84, W(word, s1l)); out[k++] = mixKey(85, P(tag, s1l)); out[k++] = mixKey(86, L(labels, s1l));
  out[k++] = mixKey(87, W(word, s1r)); out[k++] = mixKey(88, P(tag, s1r)); out[k++] = mixKey(89, L(labels, s1r));
  out[k++] = mixKey(90, s0p, L(labels, s0l), L(labels, s0r)); out[k++] = mixKey(91, s1p, L(labels, s1l), L(labels, s1r)); out[k++] = mixKey(92, n0p, L(labels, n0l));
  // second-order children
  out[k++] = mixKey(95, W(word, s0l2)); out[k++] = mixKey(96, P(tag, s0l2)); out[k++] = mixKey(97, L(labels, s0l2));
  out[k++] = mixKey(98, W(word, s0r2)); out[k++] = mixKey(99, P(tag, s0r2)); out[k++] = mixKey(100, L(labels, s0r2));
  out[k++] = mixKey(101, W(word, n0l2)); out[k++] = mixKey(102, P(tag, n0l2)); out[k++] = mixKey(103, L(labels, n0l2));
  out[k++] = mixKey(104, s0p, P(tag, s0l), P(tag, s0l2)); out[k++] = mixKey(105, s0p, P(tag, s0r), P(tag, s0r2)); out[k++] = mixKey(106, n0p, P(tag, n0l), P(tag, n0l2));
  out[k++] = mixKey(107, s1p, P(tag, s1r), P(tag, s1r2)); out[k++] = mixKey(108, s1p, L(labels, s1r), L(labels, s1r2));
  // label sets
  out[k++] = mixKey(110, s0w, at(st.rightLabels, s0)); out[k++] = mixKey(111, s0p, at(st.rightLabels, s0)); out[k++] = mixKey(112, s0w, at(st.leftLabels, s0)); out[k++] = mixKey(113, s0p, at(st.leftLabels, s0));
  out[k++] = mixKey(114, n0w, at(st.leftLabels, n0)); out[k++] = mixKey(115, n0p, at(st.leftLabels, n0)); out[k++] = mixKey(116, s1p, at(st.rightLabels, s1)); out[k++] = mixKey(117, s1p, at(st.leftLabels, s1));
  // suffixes
  const suffix = words.suffix;
  const s0x = W(suffix, s0), n0x = W(suffix, n0);
  out[k++] = mixKey(120, s0x, s0p); out[k++] = mixKey(121, n0x, n0p); out[k++] = mixKey(122, W(suffix, n1), n1p); out[k++] = mixKey(123, s0x, n0x, mixKey(0, s0p, n0p));
  out[k++] = mixKey(124, W(suffix, s1), s1p); out[k++] = mixKey(125, s1p, s0x, n0p);
  out[k++] = mixKey(118, 0);
  return k;
}
