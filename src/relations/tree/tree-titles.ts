// Titles the tree gives a person outside a name's own written title: a predicate ("X is a great
// chancellor", "he was prime minister") or an apposition ("X, the prime minister,"; "the previous
// High Commissioner, X"). The national-office inference (../infer-office-country.ts) reads them.
import type { Mention } from '../../mentions/mention';
import type { PersonTitle } from '../infer-office-country';
import type { TreeView } from './tree-view';

const MODIFIERS = new Set(['amod', 'compound', 'nmod:desc']);
const QUALIFIERS = new Set(['nmod:poss', 'nmod']);

export function findTreeTitles(view: TreeView, sentence: number, heads: ReadonlySet<string>): PersonTitle[] {
  const out: PersonTitle[] = [];
  const { tree, children, forms } = view;
  const label = (w: number): string => tree.tokens[w - 1].deprel;
  for (let w = 1; w < forms.length; w++) {
    const t = tree.tokens[w - 1];
    if (!heads.has(forms[w]) || (t.upos !== 'NOUN' && t.upos !== 'PROPN') || view.mentionAt(w)) continue;
    const kids = children[w];
    let person: Mention | undefined;
    if (kids.some((k) => label(k) === 'cop')) {
      const subject = kids.find((k) => label(k) === 'nsubj');
      person = subject ? view.mentionAt(subject) ?? view.referent(subject, []) : undefined;
    } else if (t.deprel === 'appos') person = view.mentionAt(t.head);
    else {
      const named = kids.find((k) => label(k) === 'appos' && view.mentionAt(k));
      person = named ? view.mentionAt(named) : undefined;
    }
    if (person?.type !== 'Person') continue;
    const modifiers = kids.filter((k) => k < w && MODIFIERS.has(label(k)));
    // a place, body or owner written in the title ("the British PM", "Y's chancellor", "minister of Y") qualifies it
    const qualified = kids.some((k) => (MODIFIERS.has(label(k)) || QUALIFIERS.has(label(k))) && (view.mentionAt(k) || view.referent(k, [])));
    const words = [...modifiers.filter((k) => !view.mentionAt(k)), w];
    const first = tree.tokens[Math.min(...words) - 1];
    out.push({ mention: person, title: words.map((k) => tree.tokens[k - 1].form).join(' '), sentence, start: first.start ?? person.start, end: t.end ?? person.end, qualified });
  }
  return out;
}
