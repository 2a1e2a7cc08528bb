// Generates hostile article text for the fuzz test: random bytes, punctuation only, right-to-left
// and zero-width marks, emoji, all-caps prose, names made of titles, runs of abbreviations,
// Roman numerals, stray markup. Deterministic: the same seed gives the same inputs.

import { makeRandom } from '../../src/bench/seeded-random';

export interface HostileInput {
  kind: string;
  /** Raw bytes for the byte-level kinds; text for the others. */
  bytes?: Buffer;
  text?: string;
  shape: 'text' | 'html' | 'markdown';
}

// Our own word pools: made-up names, title words, cue verbs and glue, never text from a corpus.
const NAMES = ['Mark', 'Dunn', 'Ri', 'Tolvan', 'Oksana', 'Brel', 'al-Fadi', 'de', 'la', 'Torre', 'Van', 'Ng', "O'Dare", 'Mensah-Kofi', 'Jr.', 'III', 'II', 'IV', 'UK', 'U.S.', 'U.N.', 'EU', 'NATO', 'Iranian', 'French', 'Corp.', 'Group', 'Ministry', 'Bank', 'of', 'the', 'The', 'Times'];
const TITLES = ['Mr.', 'Mrs.', 'Dr.', 'Sen.', 'Gov.', 'Rep.', 'Gen.', 'Lt.', 'Col.', 'Prof.', 'President', 'Minister', 'Foreign', 'Prime', 'Ambassador', 'Envoy', 'Ayatollah', 'Sheikh', 'King', 'Queen', 'Pope', 'Chief', 'Secretary', 'Director'];
const GLUE = ['met', 'met with', 'said', 'told', 'criticized', 'backs', 'killed', 'owns', 'adviser to', 'ally of', 'named', 'as', 'in', 'at', 'and', 'with', ',', '.', "'s", '"', '(', ')', '-', ':', ';', '?', '!', '\n', '\n\n', '1999', '42', 'on Monday'];
const PUNCT = [...'.,;:!?"\'()[]{}<>-_/\\|*&^%$#@~`+=…—–“”‘’«»¿¡'];
const MARKS = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2069', '\u061c', '\u00ad'];
const RTL = ['\u0645\u062d\u0645\u062f', '\u05e9\u05dc\u05d5\u05dd', '\u0627\u0644', '\u05d3\u05d5\u05d3'];
const EMOJI = ['\u{1F600}', '\u{1F1EE}\u{1F1F7}', '\u{1F468}\u200d\u{1F469}\u200d\u{1F467}', '\u2764\ufe0f', '\u{1F44D}\u{1F3FD}', '\u{1F525}'];
const MARKUP = ['<p>', '</p>', '<b>', '<a href="x">', '&amp;', '&lt;', '&#x41;', '&#0;', '&nbsp;', '<!--', '-->', '# ', '## ', '**', '_', '`', '```', '[', '](', '> ', '- ', '---'];

const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
const words = (rnd: () => number, pools: ReadonlyArray<readonly string[]>, n: number): string =>
  Array.from({ length: n }, () => pick(rnd, pick(rnd, pools))).join(rnd() < 0.8 ? ' ' : '');

type Maker = (rnd: () => number) => HostileInput;

const MAKERS: ReadonlyArray<[string, Maker]> = [
  ['random-bytes', (rnd) => ({ kind: 'random-bytes', shape: 'text', bytes: Buffer.from(Array.from({ length: 1 + Math.floor(rnd() * 400) }, () => Math.floor(rnd() * 256))) })],
  ['printable-bytes', (rnd) => ({ kind: 'printable-bytes', shape: 'text', bytes: Buffer.from(Array.from({ length: 1 + Math.floor(rnd() * 400) }, () => 32 + Math.floor(rnd() * 95))) })],
  ['punctuation', (rnd) => ({ kind: 'punctuation', shape: 'text', text: words(rnd, [PUNCT], 1 + Math.floor(rnd() * 200)) })],
  ['marks', (rnd) => ({ kind: 'marks', shape: 'text', text: words(rnd, [MARKS, RTL, NAMES, GLUE], 5 + Math.floor(rnd() * 80)) })],
  ['emoji', (rnd) => ({ kind: 'emoji', shape: 'text', text: words(rnd, [EMOJI, NAMES, GLUE, TITLES], 5 + Math.floor(rnd() * 80)) })],
  ['all-caps', (rnd) => ({ kind: 'all-caps', shape: 'text', text: words(rnd, [NAMES, TITLES, GLUE], 5 + Math.floor(rnd() * 120)).toUpperCase() })],
  ['titles-as-names', (rnd) => ({ kind: 'titles-as-names', shape: 'text', text: words(rnd, [TITLES, TITLES, GLUE], 3 + Math.floor(rnd() * 60)) })],
  ['name-soup', (rnd) => ({ kind: 'name-soup', shape: 'text', text: words(rnd, [NAMES, NAMES, TITLES, GLUE], 3 + Math.floor(rnd() * 120)) })],
  ['abbreviation-run', (rnd) => ({ kind: 'abbreviation-run', shape: 'text', text: words(rnd, [['Mr.', 'Dr.', 'Sen.', 'U.S.', 'U.N.', 'Jr.', 'Inc.', 'St.', 'No.']], 20 + Math.floor(rnd() * 400)) })],
  ['html', (rnd) => ({ kind: 'html', shape: 'html', text: '<html><body>' + words(rnd, [MARKUP, NAMES, GLUE, TITLES], 5 + Math.floor(rnd() * 150)) })],
  ['markdown', (rnd) => ({ kind: 'markdown', shape: 'markdown', text: words(rnd, [MARKUP, NAMES, GLUE, TITLES], 5 + Math.floor(rnd() * 150)) })],
  ['long-line', (rnd) => ({ kind: 'long-line', shape: 'text', text: words(rnd, [NAMES, TITLES, GLUE.filter((g) => !g.includes('\n'))], 400 + Math.floor(rnd() * 800)) })],
];

export const HOSTILE_KINDS: readonly string[] = MAKERS.map(([kind]) => kind);

/** `count` inputs, cycling through the kinds so each gets its share. */
export function makeHostileInputs(seed: number, count: number): HostileInput[] {
  const rnd = makeRandom(seed);
  return Array.from({ length: count }, (_, i) => MAKERS[i % MAKERS.length][1](rnd));
}
