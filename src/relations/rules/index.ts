// Every relation rule row, in the order the engine tries them (the order only breaks ties).
import { ADVICE_RULES } from './advice-rules';
import { APPOINT_RULES } from './appoint-rules';
import { CAREER_RULES } from './career-rules';
import { KILL_RULES } from './kill-rules';
import { LIVES_RULES } from './lives-rules';
import { LOCATED_RULES } from './located-rules';
import { MEETING_RULES } from './meeting-rules';
import { OWN_RULES } from './own-rules';
import { PLACE_RULES } from './place-rules';
import { POST_RULES } from './post-rules';
import type { RelationRule } from './relation-rule';
import { SAID_RULES } from './said-rules';
import { STAFF_RULES } from './staff-rules';
import { STAKE_RULES } from './stake-rules';
import { STANCE_RULES } from './stance-rules';
import { SUPPORT_RULES } from './support-rules';
import { WORKS_RULES } from './works-rules';

export const RELATION_RULES: readonly RelationRule[] = [
  ...MEETING_RULES,
  ...ADVICE_RULES,
  ...POST_RULES,
  ...WORKS_RULES,
  ...STAFF_RULES,
  ...CAREER_RULES,
  ...APPOINT_RULES,
  ...STANCE_RULES,
  ...SUPPORT_RULES,
  ...KILL_RULES,
  ...OWN_RULES,
  ...STAKE_RULES,
  ...LOCATED_RULES,
  ...PLACE_RULES,
  ...LIVES_RULES,
  ...SAID_RULES,
];
