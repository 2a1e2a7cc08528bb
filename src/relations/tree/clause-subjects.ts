// The actors a sentence is about: the mentions that are the subject of its main clause (the
// root's subject, or that of a verb conjoined to the root), for the reference resolver's
// preference of subjects ("Lord X became a clerk at Y. He enlisted ...": he is X).
import type { Mention } from '../../mentions/mention';
import type { SentenceTree } from './sentence-tree';

const SUBJECT = new Set(['nsubj', 'nsubj:pass']);
const MAIN = new Set(['root', 'conj', 'parataxis', 'dep']);

export function findClauseSubjects(tree: SentenceTree | undefined, mentions: readonly Mention[]): Set<string> {
  const out = new Set<string>();
  if (!tree) return out;
  const main = (w: number): boolean => {
    let at = w;
    for (let depth = 0; at > 0 && depth < 4; depth++) {
      const t = tree.tokens[at - 1];
      if (t.deprel === 'root') return true;
      if (!MAIN.has(t.deprel)) return false;
      at = t.head;
    }
    return false;
  };
  tree.tokens.forEach((t) => {
    if (!SUBJECT.has(t.deprel) || !main(t.head)) return;
    const m = mentions.find((x) => t.source >= x.tokenStart && t.source < x.tokenEnd);
    if (m) out.add(m.id);
  });
  return out;
}
