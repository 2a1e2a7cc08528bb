// Per-word atoms for feature keys, computed once per sentence: hashes of the normalized word
// (lower case, digits as 0), of its exact form, its affixes and its shape.
import { lexiconTags } from '../../nlp/compromise-instance';
import { hashString } from './feature-hash';

export interface WordAtoms {
  /** Normalized words, used for the tag dictionary. */
  normal: string[];
  word: Int32Array;
  form: Int32Array;
  suffix1: Int32Array;
  suffix2: Int32Array;
  suffix3: Int32Array;
  suffix4: Int32Array;
  prefix1: Int32Array;
  prefix2: Int32Array;
  prefix3: Int32Array;
  shape: Int32Array;
  /** The tags compromise's lexicon gives the lower-case word (its own word list, no parsing). */
  lexicon: Int32Array;
}

/** Lower case with every digit written as 0 ("12.5m" → "00.0m"). */
export function normalizeWord(form: string): string {
  return form.toLowerCase().replace(/[0-9]/g, '0');
}

/** X upper-case letter, x lower-case letter, d digit, any other character itself (ASCII without a regex). */
function charClass(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90 ? 'X' : code >= 97 && code <= 122 ? 'x' : code >= 48 && code <= 57 ? 'd' : ch;
  return /\p{L}/u.test(ch) ? (ch === ch.toUpperCase() ? 'X' : 'x') : ch;
}

/** Word shape with runs capped at two: "McCain" → "XxXx", "12.50" → "dd.dd", "U.S." → "X.X.". */
export function wordShape(form: string): string {
  let shape = '';
  let last = '';
  let run = 0;
  for (const ch of form) {
    const c = charClass(ch);
    run = c === last ? run + 1 : 1;
    last = c;
    if (run <= 2) shape += c;
  }
  return shape;
}

export function computeWordAtoms(forms: readonly string[]): WordAtoms {
  const n = forms.length;
  const make = (): Int32Array => new Int32Array(n);
  const atoms: WordAtoms = { normal: [], word: make(), form: make(), suffix1: make(), suffix2: make(), suffix3: make(), suffix4: make(), prefix1: make(), prefix2: make(), prefix3: make(), shape: make(), lexicon: make() };
  for (let i = 0; i < n; i++) {
    const form = forms[i];
    const normal = normalizeWord(form);
    atoms.normal.push(normal);
    atoms.word[i] = hashString(normal);
    atoms.form[i] = hashString(form);
    atoms.suffix1[i] = hashString(normal.slice(-1));
    atoms.suffix2[i] = hashString(normal.slice(-2));
    atoms.suffix3[i] = hashString(normal.slice(-3));
    atoms.suffix4[i] = hashString(normal.slice(-4));
    atoms.prefix1[i] = hashString(normal.slice(0, 1));
    atoms.prefix2[i] = hashString(normal.slice(0, 2));
    atoms.prefix3[i] = hashString(normal.slice(0, 3));
    atoms.shape[i] = hashString(wordShape(form));
    atoms.lexicon[i] = hashString(lexiconTags(form.toLowerCase())?.join() ?? '');
  }
  return atoms;
}
