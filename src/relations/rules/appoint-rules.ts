// APPOINTED {role} (person → person), with coordination "named A as X and B as Y". An
// organization that names someone to a post employs them (WORKS_FOR).
import type { RelationRule } from './relation-rule';

export const APPOINT_RULES: readonly RelationRule[] = [
  {
    id: 'appoint-as-coordinated',
    type: 'APPOINTED',
    pattern: '[A:Person~] %appos %adv @appoint [B:Person] ( as / to be ) %det {role} ( , / and / , and ) [C:Person] ( as / to be ) %det {role:role2}',
    also: [{ type: 'APPOINTED', from: 'A', to: 'C', role: 'role2' }],
    reason: 'A named B as ROLE and C as ROLE2',
    confidence: 0.9,
  },
  {
    id: 'appoint-as',
    type: 'APPOINTED',
    pattern: '[A:Person~] %appos %adv @appoint [B:Person+] %appos ( as / to be ) %det {role}',
    reason: 'A named/appointed/nominated B (, a former minister,) as ROLE',
    confidence: 0.85,
  },
  {
    id: 'appoint-role',
    type: 'APPOINTED',
    pattern: '[A:Person~] %appos %adv @appoint [B:Person] %det {role}',
    reason: 'A named B ROLE',
    confidence: 0.8,
  },
  {
    id: 'appoint-to-post',
    type: 'APPOINTED',
    pattern: '[A:Person~] %appos %adv @appoint [B:Person] to @det? *2 ( post / position / job / role / office / seat ) of {role}',
    reason: 'A appointed B to the post of ROLE',
    confidence: 0.85,
  },
  {
    id: 'appointed-by',
    type: 'APPOINTED',
    pattern: '[B:Person] %appos ( @be / , ) %adv ( appointed / named / nominated / picked / chosen / tapped / selected / recruited / hired ) ( as? %det {role} ( %rolePrep @det? [C:Org] )? )? *3 by %det ( [T:Org] )? {role:title}? [A:Person]',
    also: [{ type: 'WORKS_FOR', from: 'B', to: 'C', role: 'role' }],
    reason: 'B (was) appointed (as) (ROLE of C) by (former C chief) A',
    confidence: 0.85,
  },
  {
    id: 'appoint-to-lead',
    type: 'APPOINTED',
    pattern: '[A:Person~] %appos %adv @appoint [B:Person] %appos to ( lead / head / run / oversee / chair / direct / manage / succeed / replace / become / serve )',
    reason: 'A appointed/tapped B (, a deputy,) to lead (an effort, a body) / to succeed X',
    confidence: 0.8,
  },
  {
    id: 'choice-of',
    type: 'APPOINTED',
    pattern: "[A:Person's] ( **8 and )? ( choice / choices / pick / picks ) ( of / for ) *3 ( like / including / such as )? [B:Person+]",
    reason: "A's choice of (advisers like) B",
    confidence: 0.7,
  },
  {
    id: 'org-names-role-of',
    type: 'WORKS_FOR',
    pattern: '[B:Org] %adv ( announced that it has / said it has / has / have )? @appoint [A:Person] %det {role} %rolePrep @det? [C:Org]',
    also: [{ type: 'WORKS_FOR', from: 'A', to: 'C', role: 'role' }],
    reason: 'ORG named A ROLE of ORG2: A works for both',
    confidence: 0.75,
  },
  {
    id: 'org-appoints',
    type: 'WORKS_FOR',
    pattern: '[B:Org] %adv @appoint [A:Person] ( ( as / to be ) %det )? {role}',
    reason: 'ORG named/hired A (as) ROLE',
    confidence: 0.75,
  },
];
