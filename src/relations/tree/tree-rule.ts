// A relation rule over the dependency tree: a cue word (a verb, noun or adjective that states the
// relation) and the paths from it to the two actors. Rows are data; match-tree-rules.ts
// compiles and interprets them.
import type { RelationType } from '../relation';

export interface TreeRule {
  id: string;
  type: RelationType;
  /** Cue words as written (normal forms), `|` alternatives and `@list` word lists (cue-words.ts). */
  cue: string;
  /** Parts of speech the cue may have (UPOS, `|` alternatives); any when absent. */
  pos?: string;
  /** The word the cue hangs from must be one of these ("held" for "held talks with"). */
  governor?: string;
  /** The cue must be introduced by one of these case words ("after a meeting with"). */
  cueCase?: string;
  /** Paths (tree-path.ts) from the cue to the subject and to the object actor. */
  from: string;
  to: string;
  /** Role of WORKS_FOR/APPOINTED: `cue` (the cue word with its modifiers) or `=text`. */
  role?: string;
  /** The cue may carry a modal or sit under a plan ("is to become", "will serve as"): posts announced count. */
  allowPlans?: boolean;
  /** Look for "in PLACE" and "on DATE" after the match (meetings). */
  where?: boolean;
  reason: string;
  confidence: number;
}
