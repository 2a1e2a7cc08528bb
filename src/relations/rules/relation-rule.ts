// A relation rule row: a pattern over a sentence's items and what it means. Rows are data; the
// engine (../apply-rules.ts) compiles them once and interprets them.
import type { RelationType } from '../relation';

export type RuleType = RelationType | 'SAID';

export interface Emission {
  type: RuleType;
  /** Slot names of the subject and object (the speaker and `quote` for SAID). */
  from: string;
  to: string;
  /** Where the role comes from: a capture name, `slot:X` for the title written with mention X, or `=text` for a fixed role. */
  role?: string;
}

export interface RelationRule {
  id: string;
  type: RuleType;
  /** Pattern notation: see ../pattern/compile-pattern.ts. `%name` expands a macro (macros.ts). */
  pattern: string;
  /** Subject and object slots; default A and B. */
  from?: string;
  to?: string;
  role?: string;
  /** Further relations stated by the same match (coordination, "X, chairman of Y's Z"). */
  also?: readonly Emission[];
  /** A word list (cue-words.ts) whose words may not come within two words before the match. */
  notAfter?: string;
  /** Look for "in PLACE" and "on DATE" in the rest of the clause (meetings). */
  where?: boolean;
  /** The match opens its own clause (", where she lives"): a plan or negation before it ("will return to B") does not deny it. */
  ownClause?: boolean;
  reason: string;
  confidence: number;
}
