// Employment stated by a verb, read from the tree: "A works for B", "A taught at B and C", "A, who
// served 24 years in the Senate", "A works as an adviser for B"; a partner ("worked with B") or a
// place ("worked in Paris") is not an employer.
import { testTreeRows, type TreeRow } from './relations-harness';

const ROWS: readonly TreeRow[] = [
  [
    'a second role the parse hung on the first employer ("director of A and a member of B") is still the name\'s',
    '[Ana Ruiz|P], director of the [Keele Institute|O] and a member of the [Hill Society|O], spoke.',
    'Ana/PROPN/17/nsubj Ruiz/PROPN/1/flat ,/PUNCT/4/punct director/NOUN/1/appos of/ADP/8/case the/DET/8/det Keele/PROPN/8/compound Institute/PROPN/4/nmod and/CCONJ/11/cc a/DET/11/det member/NOUN/8/conj of/ADP/15/case the/DET/15/det Hill/PROPN/15/compound Society/PROPN/11/nmod ,/PUNCT/4/punct spoke/VERB/0/root ./PUNCT/17/punct',
    'WORKS_FOR Ana Ruiz -> Hill Society',
    true,
  ],
  [
    'a who-clause the parse left unattached (parataxis) still stands for the name before ", who"',
    'Staff cheered [Ana Ruiz|P], who had long taught at [Mercy College|O].',
    'Staff/NOUN/2/nsubj cheered/VERB/0/root Ana/PROPN/2/obj Ruiz/PROPN/3/flat ,/PUNCT/9/punct who/PRON/9/nsubj had/AUX/9/aux long/ADV/9/advmod taught/VERB/2/parataxis at/ADP/11/case Mercy/PROPN/9/obl College/PROPN/11/flat ./PUNCT/2/punct',
    'WORKS_FOR Ana Ruiz -> Mercy College',
    true,
  ],
  [
    'an employer hung on the place of work ("in the unit at B")',
    '[Ana Ruiz|P], who worked in the cardiology unit at [Mercy Hospital|O], was hurt.',
    'Ana/PROPN/15/nsubj:pass Ruiz/PROPN/1/flat ,/PUNCT/5/punct who/PRON/5/nsubj worked/VERB/1/acl:relcl in/ADP/9/case the/DET/9/det cardiology/NOUN/9/compound unit/NOUN/5/obl at/ADP/12/case Mercy/PROPN/12/compound Hospital/PROPN/9/nmod ,/PUNCT/5/punct was/AUX/15/aux:pass hurt/VERB/0/root ./PUNCT/15/punct',
    'WORKS_FOR Ana Ruiz -> Mercy Hospital',
    true,
  ],
  [
    'teaches (a subject) at B, in a relative clause',
    '[Rosa Park|P], who teaches media law at [Keele University|O], disagreed.',
    'Rosa/PROPN/12/nsubj Park/PROPN/1/flat ,/PUNCT/5/punct who/PRON/5/nsubj teaches/VERB/1/acl:relcl media/NOUN/7/compound law/NOUN/5/obj at/ADP/10/case Keele/PROPN/10/compound University/PROPN/5/obl ,/PUNCT/5/punct disagreed/VERB/0/root ./PUNCT/12/punct',
    'WORKS_FOR Rosa Park -> Keele University',
    true,
  ],
  [
    'every employer of a list',
    '[Lena Holt|P] taught at [Marlow College|O] and [Dunmore University|O].',
    'Lena/PROPN/3/nsubj Holt/PROPN/1/flat taught/VERB/0/root at/ADP/6/case Marlow/PROPN/6/compound College/PROPN/3/obl and/CCONJ/9/cc Dunmore/PROPN/9/compound University/PROPN/6/conj ./PUNCT/3/punct',
    'WORKS_FOR Lena Holt -> Dunmore University',
    true,
  ],
  [
    'served (years) in an assembly',
    '[Carl Brandt|P], who served 24 years in the [Senate|O], retired.',
    'Carl/PROPN/12/nsubj Brandt/PROPN/1/flat ,/PUNCT/5/punct who/PRON/5/nsubj served/VERB/1/acl:relcl 24/NUM/7/nummod years/NOUN/5/obl:tmod in/ADP/10/case the/DET/10/det Senate/PROPN/5/obl ,/PUNCT/5/punct retired/VERB/0/root ./PUNCT/12/punct',
    'WORKS_FOR Carl Brandt -> Senate',
    true,
  ],
  [
    'works as a ROLE for B',
    '[Ines Moro|P] works as an adviser for [Marrow Bay Holdings|O].',
    'Ines/PROPN/3/nsubj Moro/PROPN/1/flat works/VERB/0/root as/ADP/6/case an/DET/6/det adviser/NOUN/3/obl for/ADP/10/case Marrow/PROPN/10/compound Bay/PROPN/10/compound Holdings/PROPN/6/nmod ./PUNCT/3/punct',
    'WORKS_FOR Ines Moro -> Marrow Bay Holdings',
    true,
  ],
  [
    'a partner is not an employer',
    '[Tom Reed|P] worked with [Acme Corp|O] on the plan.',
    'Tom/PROPN/3/nsubj Reed/PROPN/1/flat worked/VERB/0/root with/ADP/6/case Acme/PROPN/6/compound Corp/PROPN/3/obl on/ADP/9/case the/DET/9/det plan/NOUN/3/obl ./PUNCT/3/punct',
    'WORKS_FOR Tom Reed -> Acme Corp',
    false,
  ],
  [
    'a place of work is not an employer',
    '[Tom Reed|P] worked in [Paris|L] for a year.',
    'Tom/PROPN/3/nsubj Reed/PROPN/1/flat worked/VERB/0/root in/ADP/5/case Paris/PROPN/3/obl for/ADP/8/case a/DET/8/det year/NOUN/3/obl ./PUNCT/3/punct',
    'WORKS_FOR Tom Reed -> Paris',
    false,
  ],
];

testTreeRows(ROWS);
