// Dependency paths of the tree rules, written as text: steps separated by "/", each step a
// label (alternatives with "|") followed downwards from the current word to a child, or upwards
// with a leading "^" (the current word must hang from its head by that label). A step may ask
// for a case word on the child: "obl+with" is an oblique introduced by "with", "nmod+of|at" one
// by "of" or "at". "." is the cue word itself.
//   nsubj            the cue's subject          obl:agent|obl+by   the agent of a passive
//   ^appos           the name the cue describes  nmod:poss          "X's" on the cue
//   obj/nmod:poss    the possessor of the object ("backed X's plan")
// A path may end with "#Type|Type": the actor it reaches must be of these types
// ("obj/compound#Organization|Person": "criticised the Labour stance", not "the Iraq war");
// `#Country` asks for a Location that is a country, `#Place` for one that is not.

export interface PathStep {
  up: boolean;
  labels: ReadonlySet<string>;
  /** Case words the child must carry (empty: any). */
  cases: ReadonlySet<string>;
}

export interface TreePath {
  steps: readonly PathStep[];
  /** Actor types the path's endpoint must have; any when absent. */
  types?: ReadonlySet<string>;
}

export class TreePathError extends Error {}

function compileStep(text: string): PathStep {
  const m = /^(\^?)([a-z:|]+)(?:\+([a-z|']+))?$/.exec(text);
  if (!m) throw new TreePathError(`bad path step "${text}"`);
  return { up: m[1] === '^', labels: new Set(m[2].split('|')), cases: new Set(m[3] ? m[3].split('|') : []) };
}

/** Alternative paths separated by " , " ("nsubj , ^acl"); "." alone is the cue word. */
export function compilePaths(text: string): TreePath[] {
  return text.split(/\s*,\s*/).map((alt) => {
    const [body, types] = alt.split('#');
    const steps = body === '.' ? [] : body.split('/').map(compileStep);
    return types ? { steps, types: new Set(types.split('|')) } : { steps };
  });
}
