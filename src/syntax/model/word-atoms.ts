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

/** One word's atoms in WordAtoms order (word, form, suffixes 1-4, prefixes 1-3, shape, lexicon). */
interface FormAtoms {
  normal: string;
  values: Int32Array;
}

/** Atoms of recent forms: most words of a text recur, and their atoms depend on the form alone. */
const recent = new Map<string, FormAtoms>();
const MAX_RECENT = 50_000;

function atomsOfForm(form: string): FormAtoms {
  const known = recent.get(form);
  if (known) return known;
  const normal = normalizeWord(form);
  const values = Int32Array.of(
    hashString(normal),
    hashString(form),
    hashString(normal.slice(-1)),
    hashString(normal.slice(-2)),
    hashString(normal.slice(-3)),
    hashString(normal.slice(-4)),
    hashString(normal.slice(0, 1)),
    hashString(normal.slice(0, 2)),
    hashString(normal.slice(0, 3)),
    hashString(wordShape(form)),
    hashString(lexiconTags(form.toLowerCase())?.join() ?? ''),
  );
  if (recent.size >= MAX_RECENT) recent.clear();
  const atoms = { normal, values };
  recent.set(form, atoms);
  return atoms;
}

export function computeWordAtoms(forms: readonly string[]): WordAtoms {
  const n = forms.length;
  const make = (): Int32Array => new Int32Array(n);
  const atoms: WordAtoms = { normal: [], word: make(), form: make(), suffix1: make(), suffix2: make(), suffix3: make(), suffix4: make(), prefix1: make(), prefix2: make(), prefix3: make(), shape: make(), lexicon: make() };
  const fields = [atoms.word, atoms.form, atoms.suffix1, atoms.suffix2, atoms.suffix3, atoms.suffix4, atoms.prefix1, atoms.prefix2, atoms.prefix3, atoms.shape, atoms.lexicon];
  for (let i = 0; i < n; i++) {
    const { normal, values } = atomsOfForm(forms[i]);
    atoms.normal.push(normal);
    for (let f = 0; f < fields.length; f++) fields[f][i] = values[f];
  }
  return atoms;
}
