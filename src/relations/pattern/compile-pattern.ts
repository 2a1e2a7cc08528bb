// Compiles the pattern notation of the rule rows into elements. Notation (space-separated):
//   [A:Person|Org]   a mention slot named A of one of the types (Person Org Loc Country Place actor);
//                    suffixes (in this order): ^ written with a title (Mention.role), ^L one headed by a
//                    local public office ("Attorney General", "Gov."), 's possessive
//                    only, 's? possessive or not, + coordinated list, ~ a pronoun resolved to its person,
//                    = written as a name (not a demonym: "[B:Country's=]"),
//                    @list / !@list the name's head word (its last, or the one before "of") is / is not in the word list ("[B:Org@party]")
//   met|meets        a word (normal form), alternatives with |;  @name  a word list (cue-words.ts)
//   #Tag             a token with a compromise tag;  /^d-/  a word whose normal form matches;  , : ; - _ . \( \)  punctuation
//   *3  *3,  *3~  **10-  **10   a gap of up to N words / words and commas / words, commas and
//                    places / words and mentions but no comma / anything within the clause (gaps
//                    never cross negation or intention words); *5!be: and not ending with a word of list @be;
//                    *6,!!allege: and not crossing a word of list @allege
//   !np              the noun phrase ends here: no common noun follows
//   !list            the location is not the middle of a list ("A, B, C and D")
//   !appos           no appositive name follows the noun phrase here ("Britain's watchdog, the FSA")
//   ,^               the comma closing a name written as an appositive ("Sony's chief, X, said")
//   !name            no capitalized word or organization follows (the name goes on: "the British Chambers of Commerce")
//   {role} {role:R2} {office} {localoffice} {date} {quote}   ({office}: a role headed by a public office
//                    of a country; {localoffice}: of a state or city)   captures;  {both:A}  "both (figures)" bound to two people
//   ( a b / c )      a group with alternatives;  x?  (..)?  optional;  ^ $  sentence start/end
//   !head            the noun phrase ends here;  !with|to  the next word is not one of these;  !-  no hyphen follows
import { WORD_LISTS } from '../lexicon/cue-words';
import type { Element, GapEl, SlotType } from './elements';

const SLOT_TYPES: readonly SlotType[] = ['Person', 'Org', 'Loc', 'Country', 'Place', 'actor'];
const PUNCT = new Set([',', ':', ';', '-', '_', '.', '\\(', '\\)', '!', '?']);
const LEX = /,\^|\\\(|\\\)|\[[^\]]+\]\??|\{[^}]+\}\??|\/\S+\/\??|\(|\)\??|\/|[^\s()/]+/g;

const GAP_MODES: Readonly<Record<string, GapEl['mode']>> = { '*': 'words', '*,': 'commas', '*~': 'desc', '**-': 'phrase', '**': 'any' };

export class PatternError extends Error {}

function wordsOf(spec: string): Set<string> {
  const out = new Set<string>();
  for (const alt of spec.split('|')) {
    if (alt.startsWith('@')) {
      const list = WORD_LISTS[alt.slice(1)];
      if (!list) throw new PatternError(`unknown word list ${alt}`);
      for (const w of list) out.add(w);
    } else out.add(alt.toLowerCase());
  }
  return out;
}

function compileSlot(body: string): Element {
  const m = /^([A-Z][A-Za-z0-9]*):([A-Za-z|]+)(\^L?)?('s\??)?(\+)?(~)?(=)?(?:(!?)@(\w+))?$/.exec(body);
  if (!m) throw new PatternError(`bad slot [${body}]`);
  const types = m[2].split('|') as SlotType[];
  for (const t of types) if (!SLOT_TYPES.includes(t)) throw new PatternError(`unknown slot type ${t}`);
  const poss = m[4] === "'s" ? 'yes' : m[4] === "'s?" ? 'any' : 'no';
  const slot: Element = { k: 'slot', name: m[1], types, poss, list: Boolean(m[5]), pron: Boolean(m[6]), titled: m[3] === '^L' ? 'local' : m[3] ? 'any' : false, ...(m[7] ? { named: true } : {}) };
  return m[9] ? { ...slot, head: { words: wordsOf(`@${m[9]}`), not: m[8] === '!' } } : slot;
}

function compileBrace(body: string): Element {
  const [what, name] = body.split(':');
  if (what === 'both') return { k: 'both', name: name ?? 'A' };
  if (what === 'office' || what === 'localoffice') return { k: 'cap', what, name: name ?? 'role' };
  if (what === 'role' || what === 'date' || what === 'quote') return { k: 'cap', what, name: name ?? what };
  throw new PatternError(`unknown capture {${body}}`);
}

function compileAtom(tok: string): Element {
  if (tok.startsWith('[')) return compileSlot(tok.slice(1, -1));
  if (tok.startsWith('{')) return compileBrace(tok.slice(1, -1));
  if (PUNCT.has(tok)) return { k: 'punct', char: tok.replace('\\', '') };
  if (tok === '^') return { k: 'start' };
  if (tok === '$') return { k: 'end' };
  if (tok === '!head') return { k: 'head' };
  if (tok === '!list') return { k: 'nolist' };
  if (tok === '!appos') return { k: 'appos' };
  if (tok === '!name') return { k: 'noname' };
  if (tok === ',^') return { k: 'closer' };
  if (tok === '!np') return { k: 'np' };
  if (tok.startsWith('!')) return { k: 'not', words: PUNCT.has(tok.slice(1)) ? new Set([tok.slice(1)]) : wordsOf(tok.slice(1)) };
  if (tok.startsWith('#')) return { k: 'tag', tag: tok.slice(1) };
  if (tok.length > 2 && tok.startsWith('/') && tok.endsWith('/')) return { k: 'regex', re: new RegExp(tok.slice(1, -1)) };
  const gap = /^(\*\*?)(\d+)([,~-]?)(?:(!!?)(\w+))?$/.exec(tok);
  if (gap) {
    const el: GapEl = { k: 'gap', max: Number(gap[2]), mode: GAP_MODES[`${gap[1]}${gap[3]}`] ?? 'words' };
    if (!gap[5]) return el;
    return gap[4] === '!!' ? { ...el, never: wordsOf(`@${gap[5]}`) } : { ...el, except: wordsOf(`@${gap[5]}`) };
  }
  const poss = tok.endsWith("'s");
  return { k: 'word', words: wordsOf(poss ? tok.slice(0, -2) : tok), poss };
}

function parseSeq(toks: string[], pos: { i: number }, stop: Set<string>): Element[] {
  const seq: Element[] = [];
  while (pos.i < toks.length && !stop.has(toks[pos.i]) && !toks[pos.i].startsWith(')')) {
    const tok = toks[pos.i++];
    if (tok === '(') {
      const seqs: Element[][] = [parseSeq(toks, pos, new Set(['/']))];
      while (toks[pos.i] === '/') {
        pos.i++;
        seqs.push(parseSeq(toks, pos, new Set(['/'])));
      }
      const close = toks[pos.i++];
      if (!close?.startsWith(')')) throw new PatternError('unclosed group');
      const group: Element = seqs.length === 1 ? { k: 'opt', seq: seqs[0] } : { k: 'alt', seqs };
      if (close === ')?') seq.push(group.k === 'opt' ? group : { k: 'opt', seq: [group] });
      else seq.push(...(group.k === 'opt' ? group.seq : [group]));
      continue;
    }
    const optional = tok.length > 1 && tok.endsWith('?') && !PUNCT.has(tok) && !tok.endsWith("'s?]");
    const atom = compileAtom(optional ? tok.slice(0, -1) : tok);
    seq.push(optional ? { k: 'opt', seq: [atom] } : atom);
  }
  return seq;
}

export function compilePattern(pattern: string): Element[] {
  const toks = pattern.match(LEX) ?? [];
  const pos = { i: 0 };
  const seq = parseSeq(toks, pos, new Set());
  if (pos.i !== toks.length) throw new PatternError(`unexpected "${toks[pos.i]}" in: ${pattern}`);
  return seq;
}
