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
const MARKERS = new Set(['case', 'mark', 'advmod']);
const OBJECT: readonly PathStep[] = [{ up: false, labels: new Set(['obj']), cases: new Set() }];
const ANY_SUBJECT: readonly PathStep[] = [{ up: false, labels: SUBJECTS, cases: new Set() }];
/** A participle clause introduced by these is controlled by the governing verb's object ("convicted X of killing Y"). */
const CONTROLLED = new Set(['of', 'for', 'with']);
const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON']);
/** Nouns that describe a person only: "X, the man who ..." is about X when X is a person. */
const HUMAN_NOUNS = new Set(['man', 'woman', 'person', 'men', 'women', 'people', 'boy', 'girl']);

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

interface Reached {
  word: number;
  types?: ReadonlySet<string>;
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

/** A relative pronoun stands for the noun its clause modifies: "X, who met Y" → X. */
function antecedentOfRelative(view: TreeView, word: number): number {
  if (!RELATIVE.has(view.forms[word])) return word;
  let clause = view.tree.tokens[word - 1].head;
  while (clause > 0 && view.tree.tokens[clause - 1].deprel === 'conj') clause = view.tree.tokens[clause - 1].head;
  return clause > 0 && view.tree.tokens[clause - 1].deprel === 'acl:relcl' ? view.tree.tokens[clause - 1].head : word;
}

const INDEFINITE = new Set(['a', 'an']);
const TITLE_LABELS = new Set(['nmod:desc', 'compound']);

/**
 * The word and its conjuncts ("A, B and C"). A list is joined by a conjunction somewhere; a
 * "conjunct" with an indefinite article and no conjunction is an apposition read wrongly ("X, a
 * key Y ally"). With `untitled`, a conjunct with a title of its own ("A managers B and C, and D
 * managers E") is no member of the first title's list.
 */
function withConjuncts(view: TreeView, word: number, untitled = false): number[] {
  const label = (w: number): string => view.tree.tokens[w - 1].deprel;
  const titled = (w: number): boolean => view.children[w].some((k) => TITLE_LABELS.has(label(k)) && !view.mentionAt(k));
  if (untitled) return titledList(view, word, titled);
  const out = [word];
  for (let i = 0; i < out.length && out.length < 12; i++) {
    const conjuncts = view.children[out[i]].filter((c) => label(c) === 'conj');
    const joined = conjuncts.some((c) => view.children[c].some((k) => label(k) === 'cc'));
    for (const c of conjuncts) {
      if (!joined && view.children[c].some((k) => label(k) === 'det' && INDEFINITE.has(view.forms[k]))) continue;
      out.push(c);
    }
  }
  return out;
}

/**
 * The names a title written before a name describes: that name and the conjuncts after it up to
 * the next one with a title of its own ("A managers B and C, and D managers E, F": B, C | E, F).
 * UD attaches every conjunct to the first, so the list of a later title is read among its siblings.
 */
function titledList(view: TreeView, word: number, titled: (w: number) => boolean): number[] {
  const t = view.tree.tokens[word - 1];
  const first = t.deprel === 'conj' ? t.head : word;
  const members = [first, ...view.children[first].filter((c) => view.tree.tokens[c - 1].deprel === 'conj')].sort((a, b) => a - b);
  const out: number[] = [];
  for (const m of members.slice(members.indexOf(word))) {
    if (m !== word && titled(m)) break;
    out.push(m);
  }
  return out;
}


/**
 * The actor at a word: its mention, what it refers to, a name in apposition to it ("the
 * minister, X"), or the subject a predicate noun describes ("X was the actor who killed Y").
 */
function actorAt(view: TreeView, word: number, exclude: readonly Mention[]): Mention | undefined {
  const m = view.mentionAt(word) ?? view.referent(word, exclude);
  if (m) return m;
  const kids = view.children[word];
  // a description in apposition stands for its name: "X, the man who killed Y"
  const t = view.tree.tokens[word - 1];
  if (t.deprel === 'appos' && t.upos === 'NOUN' && t.head > 0) {
    const named = view.mentionAt(t.head);
    if (named && (named.type === 'Person' || !HUMAN_NOUNS.has(view.forms[word]))) return named;
  }
  for (const c of kids) {
    if (labelOf(view, c) !== 'appos' && labelOf(view, c) !== 'flat') continue;
    const named = view.mentionAt(c);
    if (named) return named;
  }
  if (view.tree.tokens[word - 1].upos === 'NOUN' && kids.some((c) => labelOf(view, c) === 'cop')) {
    const subject = kids.find((c) => labelOf(view, c) === 'nsubj');
    if (subject) return view.mentionAt(subject) ?? view.referent(subject, exclude);
  }
  return undefined;
}

function actorsAt(view: TreeView, words: readonly Reached[], exclude: readonly Mention[], untitled = false): Array<{ word: number; mention: Mention }> {
  const out: Array<{ word: number; mention: Mention }> = [];
  for (const { word: w, types } of words) {
    for (const c of withConjuncts(view, w, untitled)) {
      const mention = actorAt(view, c, exclude);
      if (mention && (!types || types.has(mention.type)) && !out.some((o) => o.mention.id === mention.id)) out.push({ word: c, mention });
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
  if (c.marker && !view.children[cue].some((w) => MARKERS.has(view.tree.tokens[w - 1].deprel) && c.marker?.has(view.forms[w]))) return [];
  if (isUnreal(view, cue, rule.allowPlans)) return [];
  const subjects = actorsAt(view, reach(view, cue, c.from), [], rule.conjuncts === 'untitled');
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
