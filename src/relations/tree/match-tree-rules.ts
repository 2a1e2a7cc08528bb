// Runs the tree rules over one sentence: every word that cues a rule is tried; the rule's paths
// lead from the cue to the two actors. Grammar shared by all rules is applied here, not in rows:
// a verb without its own subject takes it from the verb it is conjoined to or depends on ("X
// arrived and met Y", "X went on to meet Y"); a relative pronoun stands for the noun its clause
// modifies ("X, who met Y"); every conjunct of an actor gets the relation ("met A, B and C"); and
// a negated, modal or denied cue (tree-polarity.ts) gives nothing.
import type { Mention } from '../../mentions/mention';
import type { RuleHit } from '../apply-rules';
import type { CompiledTreeRule, TreeRuleIndex } from './compile-tree-rules';
import { isUnreal } from './tree-polarity';
import type { PathStep, TreePath } from './tree-path';
import type { TreeView } from './tree-view';

const RELATIVE = new Set(['who', 'whom', 'which', 'that']);
const SUBJECTS = new Set(['nsubj', 'nsubj:pass']);

function caseOk(view: TreeView, word: number, step: PathStep): boolean {
  if (!step.cases.size) return true;
  return view.children[word].some((c) => view.tree.tokens[c - 1].deprel === 'case' && step.cases.has(view.forms[c]));
}

function follow(view: TreeView, from: number, path: TreePath): number[] {
  let current = [from];
  for (const step of path) {
    const next: number[] = [];
    for (const w of current) {
      if (step.up) {
        const t = view.tree.tokens[w - 1];
        if (step.labels.has(t.deprel) && t.head > 0) next.push(t.head);
      } else {
        for (const c of view.children[w]) if (step.labels.has(view.tree.tokens[c - 1].deprel) && caseOk(view, c, step)) next.push(c);
      }
    }
    current = next;
  }
  return current;
}

const startsWithSubject = (path: TreePath): boolean => path.length > 0 && !path[0].up && [...path[0].labels].some((l) => SUBJECTS.has(l));

/** The words a path set reaches; a subject path climbs to the governing verb when the cue has none of its own. */
function reach(view: TreeView, cue: number, paths: readonly TreePath[]): number[] {
  const out = new Set<number>();
  for (const path of paths) {
    let at = cue;
    let found = follow(view, at, path);
    for (let climb = 0; !found.length && startsWithSubject(path) && climb < 3; climb++) {
      const t = view.tree.tokens[at - 1];
      if (t.deprel === 'conj' || t.deprel === 'xcomp') {
        at = t.head;
        // the object of the governing verb controls an infinitive ("persuaded X to meet Y")
        const controller = t.deprel === 'xcomp' ? follow(view, at, [{ up: false, labels: new Set(['obj']), cases: new Set() }]) : [];
        found = controller.length ? controller : follow(view, at, path);
      } else break;
    }
    for (const w of found) out.add(antecedentOfRelative(view, w));
  }
  return [...out];
}

/** A relative pronoun stands for the noun its clause modifies: "X, who met Y" → X. */
function antecedentOfRelative(view: TreeView, word: number): number {
  if (!RELATIVE.has(view.forms[word])) return word;
  let clause = view.tree.tokens[word - 1].head;
  while (clause > 0 && view.tree.tokens[clause - 1].deprel === 'conj') clause = view.tree.tokens[clause - 1].head;
  return clause > 0 && view.tree.tokens[clause - 1].deprel === 'acl:relcl' ? view.tree.tokens[clause - 1].head : word;
}

/** The word and its conjuncts ("A, B and C"). */
function withConjuncts(view: TreeView, word: number): number[] {
  const out = [word];
  for (let i = 0; i < out.length && out.length < 12; i++) {
    for (const c of view.children[out[i]]) if (view.tree.tokens[c - 1].deprel === 'conj') out.push(c);
  }
  return out;
}

/** The actor at a word: its mention, what it refers to, or a name in apposition to it ("the minister, X"). */
function actorAt(view: TreeView, word: number, exclude: readonly Mention[]): Mention | undefined {
  const m = view.mentionAt(word) ?? view.referent(word, exclude);
  if (m) return m;
  for (const c of view.children[word]) {
    const rel = view.tree.tokens[c - 1].deprel;
    if (rel === 'appos' || rel === 'flat') {
      const named = view.mentionAt(c);
      if (named) return named;
    }
  }
  return undefined;
}

function actorsAt(view: TreeView, words: readonly number[], exclude: readonly Mention[]): Array<{ word: number; mention: Mention }> {
  const out: Array<{ word: number; mention: Mention }> = [];
  for (const w of words) {
    for (const c of withConjuncts(view, w)) {
      const mention = actorAt(view, c, exclude);
      if (mention && !out.some((o) => o.mention.id === mention.id)) out.push({ word: c, mention });
    }
  }
  return out;
}

const ROLE_MODIFIERS = new Set(['amod', 'compound', 'nmod:desc']);

/** The cue word with the modifiers written before it that are not actors: "former chief economic adviser". */
function cueRole(view: TreeView, cue: number): string {
  const words = view.children[cue].filter((c) => c < cue && ROLE_MODIFIERS.has(view.tree.tokens[c - 1].deprel) && !view.mentionAt(c));
  return [...words, cue].map((w) => view.tree.tokens[w - 1].form).join(' ');
}

function pathText(rule: CompiledTreeRule['rule'], cueForm: string): string {
  return `${rule.from} <${cueForm}> ${rule.to}`;
}

function hitsOf(view: TreeView, cue: number, c: CompiledTreeRule): RuleHit[] {
  const { rule } = c;
  const token = view.tree.tokens[cue - 1];
  if (c.pos && !c.pos.has(token.upos)) return [];
  if (c.governor && !c.governor.has(view.forms[token.head])) return [];
  if (c.cueCase && !view.children[cue].some((w) => view.tree.tokens[w - 1].deprel === 'case' && c.cueCase?.has(view.forms[w]))) return [];
  if (isUnreal(view, cue, rule.allowPlans)) return [];
  const subjects = actorsAt(view, reach(view, cue, c.from), []);
  if (!subjects.length) return [];
  const objects = actorsAt(view, reach(view, cue, c.to), subjects.map((s) => s.mention));
  if (!objects.length) return [];
  const items = [cue, ...subjects.map((s) => s.word), ...objects.map((o) => o.word)].map((w) => view.itemAt(w)).filter((i) => i >= 0);
  if (!items.length) return [];
  const role = rule.role === 'cue' ? cueRole(view, cue) : rule.role?.startsWith('=') ? rule.role.slice(1) : undefined;
  return [{
    ruleId: rule.id,
    type: rule.type,
    subjects: subjects.map((s) => s.mention),
    objects: objects.map((o) => o.mention),
    ...(role ? { role } : {}),
    confidence: rule.confidence,
    match: { from: Math.min(...items), to: Math.max(...items) + 1, slots: {}, caps: {} },
    ownClause: true,
    path: pathText(rule, view.forms[cue]),
  }];
}

export function matchTreeRules(view: TreeView, index: TreeRuleIndex): RuleHit[] {
  const hits: RuleHit[] = [];
  for (let w = 1; w < view.forms.length; w++) {
    for (const c of index.get(view.forms[w]) ?? []) hits.push(...hitsOf(view, w, c));
  }
  return hits;
}
