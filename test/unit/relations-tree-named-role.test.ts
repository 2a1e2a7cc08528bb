// "A named B as ROLE of C": the one named holds the role, never the subject who names; "A became
// ROLE of C" and "B was named ROLE of C" give WORKS_FOR to the role holder.
import { testTreeRows, type TreeRow } from './relations-harness';

const ROWS: readonly TreeRow[] = [
  [
    'the namer is not the holder (a misparse hangs the role from the verb)',
    '[Dana Whitfield|P] named [Carl Brandt|P] as Director of Ports and [Ines Moro|P] as Deputy Governor.',
    'Dana/PROPN/3/nsubj Whitfield/PROPN/1/flat named/VERB/0/root Carl/PROPN/3/xcomp Brandt/PROPN/4/flat as/ADP/7/case Director/PROPN/3/obl of/ADP/9/case Ports/PROPN/7/nmod and/CCONJ/11/cc Ines/PROPN/9/conj Moro/PROPN/11/flat as/ADP/15/case Deputy/PROPN/15/compound Governor/PROPN/7/nmod ./PUNCT/3/punct',
    'WORKS_FOR Dana Whitfield -> Ines Moro',
    false,
  ],
  [
    'a passive names the holder',
    '[Carl Brandt|P] was named chairman of [Marrow Bay Holdings|O].',
    'Carl/PROPN/4/nsubj:pass Brandt/PROPN/1/flat was/AUX/4/aux:pass named/VERB/0/root chairman/NOUN/4/xcomp of/ADP/9/case Marrow/PROPN/9/compound Bay/PROPN/9/compound Holdings/PROPN/5/nmod ./PUNCT/4/punct',
    'WORKS_FOR Carl Brandt -> Marrow Bay Holdings',
    true,
  ],
  [
    'became: the subject holds the role',
    '[Ines Moro|P] became director of [Marrow Bay Holdings|O].',
    'Ines/PROPN/3/nsubj Moro/PROPN/1/flat became/VERB/0/root director/NOUN/3/xcomp of/ADP/8/case Marrow/PROPN/8/compound Bay/PROPN/8/compound Holdings/PROPN/4/nmod ./PUNCT/3/punct',
    'WORKS_FOR Ines Moro -> Marrow Bay Holdings',
    true,
  ],
];

testTreeRows(ROWS);
