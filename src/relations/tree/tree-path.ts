// Dependency paths of the tree rules, written as text: steps separated by "/", each step a
// label (alternatives with "|") followed downwards from the current word to a child, or upwards
// with a leading "^" (the current word must hang from its head by that label). A step may ask
// for a case word on the child: "obl+with" is an oblique introduced by "with", "nmod+of|at" one
// by "of" or "at". "." is the cue word itself.
//   nsubj            the cue's subject          obl:agent|obl+by   the agent of a passive
//   ^appos           the name the cue describes  nmod:poss          "X's" on the cue
//   obj/nmod:poss    the possessor of the object ("backed X's plan")

export interface PathStep {
  up: boolean;
  labels: ReadonlySet<string>;
  /** Case words the child must carry (empty: any). */
  cases: ReadonlySet<string>;
}

export type TreePath = readonly PathStep[];

export class TreePathError extends Error {}

function compileStep(text: string): PathStep {
  const m = /^(\^?)([a-z:|]+)(?:\+([a-z|']+))?$/.exec(text);
  if (!m) throw new TreePathError(`bad path step "${text}"`);
  return { up: m[1] === '^', labels: new Set(m[2].split('|')), cases: new Set(m[3] ? m[3].split('|') : []) };
}

/** Alternative paths separated by " , " ("nsubj , ^acl"); "." alone is the cue word. */
export function compilePaths(text: string): TreePath[] {
  return text.split(/\s*,\s*/).map((alt) => (alt === '.' ? [] : alt.split('/').map(compileStep)));
}
