// Runs the tree rules over one sentence: every word that cues a rule is tried; the rule's paths
// lead from the cue to the two actors. Grammar shared by all rules is applied here, not in rows:
// a verb without its own subject takes it from the verb it is conjoined to or depends on ("X
// arrived and met Y", "X went on to meet Y"); a relative pronoun stands for the noun its clause
// modifies ("X, who met Y"); every conjunct of an actor gets the relation ("met A, B and C"); and
// a negated, modal or denied cue (tree-polarity.ts) gives nothing.
import { REFERENCE_CONFIDENCE, type RuleHit } from '../apply-rules';
import type { CompiledTreeRule, TreeRuleIndex } from './compile-tree-rules';
import { actorsAt, referenceNote, type Reached } from './tree-actors';
import { isUnreal } from './tree-polarity';
import type { PathStep, TreePath } from './tree-path';
import type { TreeView } from './tree-view';

const RELATIVE = new Set(['who', 'whom', 'which', 'that']);
const SUBJECTS = new Set(['nsubj', 'nsubj:pass']);
const MARKERS = new Set(['case', 'mark', 'advmod']);
const OBJECT: readonly PathStep[] = [{ up: false, labels: new Set(['obj']), cases: new Set() }];
const ANY_SUBJECT: readonly PathStep[] = [{ up: false, labels: SUBJECTS, cases: new Set() }];
/** A participle clause introduced by these is controlled by the governing verb's object ("convicted X of killing Y"). */
const CONTROLLED = new Set(['of', 'for', 'with']);
const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON']);

function caseOk(view: TreeView, word: number, step: PathStep): boolean {
  if (!step.cases.size) return true;
  return view.children[word].some((c) => view.tree.tokens[c - 1].deprel === 'case' && step.cases.has(view.forms[c]));
}

function follow(view: TreeView, from: number, path: readonly PathStep[]): number[] {
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

const labelOf = (view: TreeView, word: number): string => view.tree.tokens[word - 1].deprel;
const startsWithSubject = (path: TreePath): boolean => path.steps.length > 0 && !path.steps[0].up && [...path.steps[0].labels].some((l) => SUBJECTS.has(l));

/**
 * A verb conjunct shares its head's subject only when the list is joined by a conjunction ("X
 * arrived, met Y and left"); a verb hung by a comma alone is a misread clause of its own ("Z
 * reported that X, a Y adviser named to ..., met W": met is not Z's).
 */
function joinedConjunct(view: TreeView, word: number): boolean {
  const head = view.tree.tokens[word - 1].head;
  const conjuncts = view.children[head].filter((c) => c >= word && view.tree.tokens[c - 1].deprel === 'conj');
  return conjuncts.some((c) => view.children[c].some((k) => view.tree.tokens[k - 1].deprel === 'cc'));
}

/** The words a path set reaches; a subject path climbs to the governing verb when the cue has none of its own. */
function reach(view: TreeView, cue: number, paths: readonly TreePath[]): Reached[] {
  const out = new Map<number, Reached>();
  for (const path of paths) {
    let at = cue;
    let found = follow(view, at, path.steps);
    for (let climb = 0; !found.length && startsWithSubject(path) && climb < 3; climb++) {
      const t = view.tree.tokens[at - 1];
      if ((t.deprel === 'conj' && joinedConjunct(view, at)) || t.deprel === 'xcomp') {
        at = t.head;
        // the object of the governing verb controls an infinitive ("persuaded X to meet Y")
        const controller = t.deprel === 'xcomp' ? follow(view, at, OBJECT) : [];
        found = controller.length ? controller : follow(view, at, path.steps);
      } else if (t.deprel === 'advcl' && view.tree.tokens[t.head - 1].upos === 'VERB') {
        // a participle clause is its verb's: "X was convicted of killing Y", "the jury convicted X of killing Y"
        const clause = at;
        at = t.head;
        const controller = view.children[clause].some((c) => labelOf(view, c) === 'mark' && CONTROLLED.has(view.forms[c])) ? follow(view, at, OBJECT) : [];
        found = controller.length ? controller : follow(view, at, ANY_SUBJECT);
      } else if (t.deprel === 'acl' && at !== cue && NOMINAL.has(view.tree.tokens[t.head - 1].upos)) {
        // ... and a participle on a noun is that noun's: "X, the man convicted of killing Y"
        found = [t.head];
      } else if (t.deprel === 'acl' && at === cue && view.tree.tokens[t.head - 1].upos === 'PROPN' && follow(view, at, OBJECT).length) {
        // a verb with an object read as a name's participle is that name's predicate: "X, a critic of Y, accused Z"
        found = [t.head];
      } else break;
    }
    for (const w of found) {
      const word = antecedentOfRelative(view, w);
      const seen = out.get(word);
      // a word reached by a path without a type filter keeps no filter
      if (!seen || (seen.types && !path.types)) out.set(word, { word, ...(path.types ? { types: path.types } : {}) });
    }
  }
  return [...out.values()];
}

const PERSON_RELATIVE = new Set(['who', 'whom']);

/**
 * A relative pronoun stands for the noun its clause modifies: "X, who met Y" → X. When the parse
 * did not attach the clause to a noun, ", who" right after a name still stands for that name.
 */
function antecedentOfRelative(view: TreeView, word: number): number {
  if (!RELATIVE.has(view.forms[word])) return word;
  let clause = view.tree.tokens[word - 1].head;
  while (clause > 0 && view.tree.tokens[clause - 1].deprel === 'conj') clause = view.tree.tokens[clause - 1].head;
  if (clause > 0 && view.tree.tokens[clause - 1].deprel === 'acl:relcl') return view.tree.tokens[clause - 1].head;
  const named = word > 2 && PERSON_RELATIVE.has(view.forms[word]) && view.forms[word - 1] === ',' && view.mentionAt(word - 2);
  return named ? word - 2 : word;
}

const ROLE_MODIFIERS = new Set(['amod', 'compound', 'nmod:desc']);
/** The cue word with the modifiers written before it that are not actors: "former chief economic adviser". */
function cueRole(view: TreeView, cue: number): string {
  const words = view.children[cue].filter((c) => c < cue && ROLE_MODIFIERS.has(view.tree.tokens[c - 1].deprel) && !view.mentionAt(c));
  return [...words, cue].map((w) => view.tree.tokens[w - 1].form).join(' ');
}

const pathText = (rule: CompiledTreeRule['rule'], cueForm: string): string => `${rule.from} <${cueForm}> ${rule.to}`;
function hitsOf(view: TreeView, cue: number, c: CompiledTreeRule): RuleHit[] {
  const { rule } = c;
  const token = view.tree.tokens[cue - 1];
  if (c.pos && !c.pos.has(token.upos)) return [];
  if (c.governor && !c.governor.has(view.forms[token.head])) return [];
  if (c.marker && !view.children[cue].some((w) => MARKERS.has(view.tree.tokens[w - 1].deprel) && c.marker?.has(view.forms[w]))) return [];
  if (isUnreal(view, cue, rule.allowPlans)) return [];
  const subjects = actorsAt(view, reach(view, cue, c.from), [], rule.conjuncts === 'untitled');
  if (!subjects.length) return [];
  // a name whose own written title holds the cue ("Lady Justice A") is that title's holder, never the other actor
  const holder = view.mentionAt(cue)?.id;
  const objects = actorsAt(view, reach(view, cue, c.to), subjects.map((s) => s.mention)).filter((o) => o.mention.id !== holder);
  if (!objects.length) return [];
  const items = [cue, ...subjects.map((s) => s.word), ...objects.map((o) => o.word)].map((w) => view.itemAt(w)).filter((i) => i >= 0);
  if (!items.length) return [];
  const role = rule.role === 'cue' ? cueRole(view, cue) : rule.role?.startsWith('=') ? rule.role.slice(1) : undefined;
  const references = referenceNote([...subjects, ...objects]);
  return [{
    ruleId: rule.id,
    type: rule.type,
    subjects: subjects.map((s) => s.mention),
    objects: objects.map((o) => o.mention),
    ...(role ? { role } : {}),
    // an actor reached through a reference ("he", "the firm") is a guess: lower confidence, and the path names the antecedent
    confidence: references ? Math.min(rule.confidence, REFERENCE_CONFIDENCE) : rule.confidence,
    match: { from: Math.min(...items), to: Math.max(...items) + 1, slots: {}, caps: {} },
    ownClause: true,
    path: pathText(rule, view.forms[cue]) + references,
  }];
}

export function matchTreeRules(view: TreeView, index: TreeRuleIndex): RuleHit[] {
  const hits: RuleHit[] = [];
  for (let w = 1; w < view.forms.length; w++) {
    for (const c of index.get(view.forms[w]) ?? []) hits.push(...hitsOf(view, w, c));
  }
  return hits;
}
