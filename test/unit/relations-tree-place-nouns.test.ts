// Places named through a place noun, read from the tree: "the Dovia boroughs of Alba and Bora",
// "Iran's province of Sistan" give the place after "of" inside the one before the noun; "the Napa
// region of Calvada" names the region itself before the noun, and a country after "of" is the
// larger place ("the Basra port of Iraq"), so neither is read the other way round.
import { testTreeRows, type TreeRow } from './relations-harness';

const ROWS: readonly TreeRow[] = [
  [
    'every town of a list lies in the place before the noun',
    'Protests spread to the [Dovia|L] boroughs of [Alba|L] and [Bora|L].',
    'Protests/NOUN/2/nsubj spread/VERB/0/root to/ADP/6/case the/DET/6/det Dovia/PROPN/6/compound boroughs/NOUN/2/obl of/ADP/8/case Alba/PROPN/6/nmod and/CCONJ/10/cc Bora/PROPN/8/conj ./PUNCT/2/punct',
    'LOCATED_IN Bora -> Dovia',
    true,
  ],
  [
    "a country's province of A",
    "[Iran|L]'s province of [Sistan|L] was hit.",
    "Iran/PROPN/3/nmod:poss 's/PART/1/case province/NOUN/7/nsubj:pass of/ADP/5/case Sistan/PROPN/3/nmod was/AUX/7/aux:pass hit/VERB/0/root ./PUNCT/7/punct",
    'LOCATED_IN Sistan -> Iran',
    true,
  ],
  [
    'a region named before its noun is not inside the place after "of"',
    'Floods hit the [Napa|L] region of [Calvada|L].',
    'Floods/NOUN/2/nsubj hit/VERB/0/root the/DET/5/det Napa/PROPN/5/compound region/NOUN/2/obj of/ADP/7/case Calvada/PROPN/5/nmod ./PUNCT/2/punct',
    'LOCATED_IN Calvada -> Napa',
    false,
  ],
  [
    'a country after "of" is never inside the town',
    'Ships left the [Basra|L] port of [Iraq|L].',
    'Ships/NOUN/2/nsubj left/VERB/0/root the/DET/5/det Basra/PROPN/5/compound port/NOUN/2/obj of/ADP/7/case Iraq/PROPN/5/nmod ./PUNCT/2/punct',
    'LOCATED_IN Iraq -> Basra',
    false,
  ],
];

testTreeRows(ROWS);
