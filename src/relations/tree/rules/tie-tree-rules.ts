// Posts and ties read from the tree: a role noun in apposition to a name or predicated of it ("X,
// a professor at Y", "X is the leader of Y", "the speaker of Y, X"), a role taken by a verb ("X
// became a clerk at Y", "X served on Y", "X joined Y"), appointments ("A named B", "A's
// appointment of B"), advisers, alliances ("an alliance of A, B and C"), owners, bases and homes.
import type { TreeRule } from '../tree-rule';

/** Where a role noun names its employer: "at Y", "of Y", "for Y", "Y's", "of the Y parliament". */
const EMPLOYER = 'nmod+at|of|for|with , nmod:poss , nmod+of/compound';
/**
 * Whose the role is: a name in apposition, the subject of a copula, or the name the title is written
 * with; a second role the parse hung on the first one's employer ("X, director of A and a member
 * of B": "member" a conjunct of A) still describes X.
 */
const HOLDER = '^appos , nsubj , appos , ^conj/^nmod/^appos';

/** The person a title is written with ("Acme managers A and B"): the name it describes. */
const TITLED = '^nmod:desc , ^compound';

export const TIE_TREE_RULES: readonly TreeRule[] = [
  { id: 'tree-titled-name', type: 'WORKS_FOR', cue: '@rolehead', pos: 'NOUN|PROPN', from: TITLED, to: 'compound , nmod:poss', conjuncts: 'untitled', role: 'cue', reason: 'B ROLE A (and C): "Acme managers A and C" — every name the title describes', confidence: 0.75 },
  { id: 'tree-office-of-country', type: 'WORKS_FOR', cue: '@officehead|counterpart|counterparts', pos: 'NOUN|PROPN', from: `${HOLDER} , ${TITLED}`, to: 'amod#Location , compound#Location', role: 'cue', allowPlans: true, reason: 'A, the British PM; A was a former Italian minister; his Dutch counterpart A: a demonym on a public office', confidence: 0.7 },
  { id: 'tree-staff-to', type: 'WORKS_FOR', cue: 'secretary|assistant|assistants|aide|aides|spokesman|spokeswoman|spokesperson|counsel|deputy|speechwriter', pos: 'NOUN|PROPN', from: HOLDER, to: 'nmod+to', role: 'cue', reason: 'A, chief secretary / assistant to B (not "envoy to", who works for whoever sends him)', confidence: 0.75 },
  { id: 'tree-where-role', type: 'WORKS_FOR', cue: '@rolehead', pos: 'NOUN|PROPN', marker: 'where', from: 'nsubj', to: '^acl:relcl', role: 'cue', reason: 'B, where A was ROLE', confidence: 0.75 },
  { id: 'tree-role-of', type: 'WORKS_FOR', cue: '@rolehead', pos: 'NOUN|PROPN', from: HOLDER, to: EMPLOYER, role: 'cue', allowPlans: true, reason: 'A, a ROLE at/of B; A is B\'s ROLE; the ROLE of B, A', confidence: 0.75 },
  { id: 'tree-org-role', type: 'WORKS_FOR', cue: '@rolehead', pos: 'NOUN|PROPN', from: HOLDER, to: 'compound#Organization', role: 'cue', allowPlans: true, reason: 'A, a B spokesman (an organization: "an Iran policy expert" names a subject, not an employer)', confidence: 0.75 },
  { id: 'tree-became-role', type: 'WORKS_FOR', cue: '@rolehead', pos: 'NOUN|PROPN', governor: '@become|@serve|remained|remains|remain|stayed', from: '^xcomp/nsubj , ^obl/nsubj', to: 'nmod+at|of|for|with|to , nmod:poss , compound', role: 'cue', allowPlans: true, reason: 'A became / served as / remained ROLE at/of B', confidence: 0.75 },
  { id: 'tree-named-role', type: 'WORKS_FOR', cue: '@rolehead', pos: 'NOUN|PROPN', governor: 'named|appointed|elected|made', from: '^xcomp/nsubj:pass , ^obl/nsubj:pass , ^xcomp/obj , ^obl/obj', to: 'nmod+at|of|for|with|to , nmod:poss , compound', role: 'cue', allowPlans: true, reason: 'A was named ROLE at/of B; they named A ROLE of B (the one named holds the role, not the subject who names)', confidence: 0.75 },
  { id: 'tree-served-on', type: 'WORKS_FOR', cue: '@serve|sat|sits', pos: 'VERB', from: 'nsubj', to: 'obl+on , obl+in#Organization', role: '=member', reason: 'A served / sat on B (a council, board or assembly); A served in B (Congress, the army)', confidence: 0.75 },
  { id: 'tree-works-at', type: 'WORKS_FOR', cue: 'work|works|worked|working|teach|teaches|taught|teaching|lecture|lectures|lectured|lecturing|coach|coaches|coached|coaching', pos: 'VERB', from: 'nsubj', to: 'obl+at|for#Organization , obl/nmod+at#Organization , obl+as/nmod+for|at#Organization', reason: 'A works / worked for B; A taught / lectures at B (and C); A worked in the X unit at B; A works as an analyst for B (not "worked with B": a partner, not an employer)', confidence: 0.75 },
  { id: 'tree-joined', type: 'WORKS_FOR', cue: 'joined|joins|enlisted|enlists', pos: 'VERB', from: 'nsubj', to: 'obj , obl+in', reason: 'A joined / enlisted in B', confidence: 0.7 },
  { id: 'tree-post-at', type: 'WORKS_FOR', cue: 'post|job|position|seat', pos: 'NOUN', from: 'nmod:poss', to: 'compound , nmod+at|in', reason: "A's post at B; his Treasury post", confidence: 0.7 },
  { id: 'tree-appointed', type: 'APPOINTED', cue: '@appoint', pos: 'VERB', from: 'nsubj', to: 'obj', reason: 'A named / appointed B', confidence: 0.8 },
  { id: 'tree-appointed-by', type: 'APPOINTED', cue: '@appoint', pos: 'VERB', from: 'obl:agent , obl+by', to: 'nsubj:pass , ^acl', reason: 'B was appointed by A', confidence: 0.8 },
  { id: 'tree-appointment-of', type: 'APPOINTED', cue: 'appointment|nomination|choice|selection', pos: 'NOUN', from: 'nmod:poss , nmod+by', to: 'nmod+of', reason: "A's appointment of B", confidence: 0.8 },
  { id: 'tree-adviser-to', type: 'ADVISES', cue: '@adviser', pos: 'NOUN', from: HOLDER, to: 'nmod:poss , nmod+to|of|for , compound', reason: "A, B's adviser; A, an adviser to B", confidence: 0.8 },
  { id: 'tree-ally-of', type: 'ALLY_OF', cue: 'ally|allies', pos: 'NOUN', from: 'nsubj , ^appos', to: 'nmod+of , nmod:poss', reason: "A, an ally of B; A is B's ally", confidence: 0.8 },
  { id: 'tree-alliance-with', type: 'ALLY_OF', cue: 'alliance|alliances|pact|treaty|partnership', pos: 'NOUN', from: 'nmod:poss', to: 'nmod+with', reason: "A's alliance with B", confidence: 0.75 },
  { id: 'tree-alliance-of', type: 'ALLY_OF', cue: 'alliance|coalition', pos: 'NOUN', from: 'nmod+of|between', to: 'nmod+of|between', reason: 'an alliance of / between A, B and C: every pair', confidence: 0.75 },
  { id: 'tree-owned-by', type: 'OWNS', cue: '@ownedby', pos: 'VERB', from: 'obl:agent , obl+by', to: 'nsubj:pass , ^acl', reason: 'B is owned / controlled by A', confidence: 0.8 },
  { id: 'tree-based-in', type: 'BASED_IN', cue: '@based', pos: 'VERB|ADJ', from: 'nsubj:pass , ^acl , ^amod , nsubj', to: 'obl+in', reason: 'A (is) based / headquartered in B', confidence: 0.8 },
  { id: 'tree-home-in', type: 'LIVES_IN', cue: 'home|homes|house|residence', pos: 'NOUN', from: 'nmod:poss#Person , nmod+of#Person , ^obl/nsubj#Person , ^obl/nsubj:pass#Person', to: 'nmod+in#Location , compound#Location', reason: "A's home in B; A's B home; A died at home in B", confidence: 0.75 },
  { id: 'tree-leader-country', type: 'WORKS_FOR', cue: "'s", pos: 'PART', from: '^case#Person', to: '^case/^nmod:poss#Country', role: '=leader', reason: "A's B (a person's country: the country A leads) — an inference", confidence: 0.6 },
  { id: 'tree-towns-of', type: 'LOCATED_IN', cue: 'city|cities|town|towns|village|villages|suburb|suburbs|borough|boroughs|capital|port|ports|neighborhood|neighborhoods|neighbourhood|neighbourhoods|municipality|municipalities|hamlet|hamlets|quarter|ward|wards|resort|enclave', pos: 'NOUN', from: 'nmod+of#Place , appos#Place', to: 'compound#Location , amod#Location , nmod:poss#Location', reason: "the B boroughs of A and C, the B suburb of A, B's capital of A, the Ruritanian city of A: a town is named after \"of\", its region before the noun", confidence: 0.75 },
  { id: 'tree-regions-of', type: 'LOCATED_IN', cue: 'province|provinces|region|regions|district|districts|county|counties|state|states|territory|territories|prefecture|prefectures|governorate|oblast|canton|parish|parishes', pos: 'NOUN', from: 'nmod+of#Place , appos#Place', to: 'amod#Location , nmod:poss#Location , compound#Country', reason: "the Ruritanian states of A and C, B's province of A, the Ruritania province of A (not \"the A region of B\", where the name before the noun is the region itself)", confidence: 0.75 },
  { id: 'tree-lives-in', type: 'LIVES_IN', cue: 'lives|lived|live|resides|resided', pos: 'VERB', from: 'nsubj', to: 'obl+in', reason: 'A lives in B', confidence: 0.8 },
];
