// Sentences with quotation marks: the quoted words are the speaker's (no relations read inside),
// the words outside them are read as usual, in tight ("We go," she said) and spaced (" We go , "
// she said) styles, and when a quotation's opening mark is missing.
import { extractMarked, testFires, testSilent } from './relations-harness';

type Row = [string, string];

describe('relations outside quotation marks', () => {
  const fires: Row[] = [
    ['The levy is finished, " says [Tom Reed|P], a former [Treasury|O] official.', 'WORKS_FOR Tom Reed -> Treasury'],
    ['The levy is finished," says [Tom Reed|P], a former [Treasury|O] official.', 'WORKS_FOR Tom Reed -> Treasury'],
    ['" We will not wait , " said [Ann Berg|P], a lawyer at [Acme Corp|O], on Monday.', 'WORKS_FOR Ann Berg -> Acme Corp'],
    ['"We will not wait," said [Ann Berg|P], a lawyer at [Acme Corp|O], on Monday.', 'WORKS_FOR Ann Berg -> Acme Corp'],
    ['[Ann Berg|P] met [Tom Reed|P] in May and said: " It went well. "', 'MET_WITH Ann Berg -> Tom Reed'],
    ['" It went well , " said [Ann Berg|P]. [Ann Berg|P] met [Tom Reed|P] on Friday.', 'MET_WITH Ann Berg -> Tom Reed'],
  ];
  testFires(fires);
  const silent: Row[] = [
    ['" [Acme Corp|O] backs [Tom Reed|P] , " said [Ann Berg|P].', 'SUPPORTS Acme Corp -> Tom Reed'],
    ['[Ann Berg|P] said, " [Acme Corp|O] backs [Tom Reed|P]. "', 'SUPPORTS Acme Corp -> Tom Reed'],
    ['[Ann Berg|P] said: "[Acme Corp|O] backs [Tom Reed|P]."', 'SUPPORTS Acme Corp -> Tom Reed'],
  ];
  testSilent(silent);
});

describe('quote attribution with spaced and missing marks', () => {
  test.each([
    ['The levy is finished, " says [Tom Reed|P].', 'Tom Reed: The levy is finished'],
    ['" We will not wait , " said [Ann Berg|P].', 'Ann Berg: We will not wait'],
    ['"We will not wait," said [Ann Berg|P].', 'Ann Berg: We will not wait'],
  ])('%s → %s', (sentence, quote) => {
    expect(extractMarked(sentence).quotes).toEqual([quote]);
  });
});
