// Lists are not appositions: the next item of a list ("A, and B managers C"; "A, B-based C") is
// no description of the item before it, and a possessive place before a described noun
// ("Britain's biggest union X") is no employer.
import { testFires, testSilent } from './relations-harness';

describe('list items are not descriptions of the item before', () => {
  testSilent([
    ['[Acme Corp|O] managers [Tom Reed|P] and [Ann Berg|P], and [Globex|O] managers [Joe Hart|P] were charged.', 'WORKS_FOR Ann Berg -> Globex'],
    ['Buyers include [Dallas|L]-based [Acme Corp|O] and [Globex Corp|O], [Ohio|L]-based [Initech|O].', 'BASED_IN Globex Corp -> Ohio'],
    ["[Dave Hill|P], the leader of [France|L]'s biggest union [Unifax|O], spoke.", 'WORKS_FOR Dave Hill -> France'],
  ]);
  testFires([
    ['[Acme Corp|O] managers [Tom Reed|P] and [Ann Berg|P], and [Globex|O] managers [Joe Hart|P] were charged.', 'WORKS_FOR Joe Hart -> Globex'],
    ['[Globex Corp|O], a [Ohio|L]-based lender, grew.', 'BASED_IN Globex Corp -> Ohio'],
    ['[Dave Hill|P], the leader of [France|L], spoke.', 'WORKS_FOR Dave Hill -> France'],
  ]);
});
