// Negation, modality and denial read from the tree: a cue that is negated ("did not meet"),
// carries a modal ("would meet"), is a condition ("if they meet"), or is the complement of a
// verb of planning, wanting, trying or denying ("plans to meet", "denied meeting", "refused to
// back") states nothing.
import { WORD_LISTS } from '../lexicon/cue-words';
import type { TreeView } from './tree-view';

const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'nor', 'neither']);
const MODALS = new Set(['would', 'could', 'might', 'may', 'should', 'will', 'shall', 'can', 'must', "'ll", "'d", 'wo', 'ca']);
const CONDITIONS = new Set(['if', 'whether', 'unless']);
/** Verbs whose complement is not (yet) a fact. */
const UNREAL = new Set([
  'deny', 'denies', 'denied', 'denying', 'refuse', 'refuses', 'refused', 'refusing', 'decline', 'declines', 'declined',
  'plan', 'plans', 'planned', 'planning', 'want', 'wants', 'wanted', 'hope', 'hopes', 'hoped', 'hoping', 'expect',
  'expects', 'expected', 'try', 'tries', 'tried', 'trying', 'attempt', 'attempts', 'attempted', 'intend', 'intends',
  'intended', 'seek', 'seeks', 'sought', 'threaten', 'threatens', 'threatened', 'consider', 'considers', 'considered',
  'propose', 'proposes', 'proposed', 'urge', 'urges', 'urged', 'ask', 'asks', 'asked', 'fail', 'fails', 'failed',
  'agree', 'agrees', 'agreed', 'wish', 'wishes', 'wished', 'aim', 'aims', 'aimed', 'vow', 'vows', 'vowed', 'promise',
  'promises', 'promised', 'pledge', 'pledges', 'pledged', 'reject', 'rejects', 'rejected', 'dismiss', 'dismissed',
  'like', 'love', 'prefer', 'need', 'needs', 'demand', 'demands', 'demanded', 'allege', 'alleges', 'alleged', 'rumoured', 'rumored',
  // "is likely to back", "is set to meet", "was due to sign"
  'likely', 'unlikely', 'set', 'due', 'poised', 'ready', 'willing', 'eager', 'keen', 'prepared', 'going', 'about',
]);
const ALLEGED = new Set(WORD_LISTS.allege);

function negated(view: TreeView, word: number): boolean {
  return view.children[word].some((c) => {
    const rel = view.tree.tokens[c - 1].deprel;
    return (rel === 'advmod' || rel === 'aux' || rel === 'det' || rel === 'cc:preconj') && NEGATIONS.has(view.forms[c]);
  });
}

const conditionMark = (view: TreeView, word: number): boolean =>
  view.children[word].some((c) => view.tree.tokens[c - 1].deprel === 'mark' && CONDITIONS.has(view.forms[c]));

/** A modal on the word, a condition mark on it, or an "if" clause hanging from it ("if X won, she would be the next leader"). */
function modalOrConditional(view: TreeView, word: number, allowPlans: boolean): boolean {
  if (conditionMark(view, word)) return true;
  return view.children[word].some((c) => {
    const rel = view.tree.tokens[c - 1].deprel;
    return (rel === 'aux' && MODALS.has(view.forms[c]) && !allowPlans) || (rel.startsWith('advcl') && conditionMark(view, c));
  });
}

/**
 * Whether the cue word states nothing: negated, modal or conditional itself; a conjunct of such a
 * verb ("would meet X and discuss Y"); or the complement (xcomp, ccomp, acl) or the object of a verb or noun of
 * planning or denial, or of a negated verb ("did not say that X met Y"). A relative clause or an
 * adverbial clause is its own statement: the climb stops there.
 */
export function isUnreal(view: TreeView, cue: number, allowPlans = false): boolean {
  if (negated(view, cue)) return true;
  let word = cue;
  for (let depth = 0; depth < 8 && word > 0; depth++) {
    if (modalOrConditional(view, word, allowPlans)) return true;
    const { deprel, head } = view.tree.tokens[word - 1];
    const base = deprel.split(':')[0];
    // a charge is no fact: "X was charged with killing Y", "accused of meeting Y"
    if (base === 'advcl' && ALLEGED.has(view.forms[head])) return true;
    if (head === 0 || deprel === 'acl:relcl' || base === 'advcl' || base === 'parataxis' || base === 'appos') return false;
    if (base === 'conj') {
      word = head;
      continue;
    }
    if (base !== 'xcomp' && base !== 'ccomp' && base !== 'csubj' && base !== 'acl' && base !== 'obj') return false;
    if (!allowPlans && UNREAL.has(view.forms[head])) return true;
    if (negated(view, head)) return true;
    // a noun's clause ("plans to meet X") or an object ("denied any meeting with X") ends the climb
    if (base === 'acl' || base === 'obj') return false;
    word = head;
  }
  return false;
}
