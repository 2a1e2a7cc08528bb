// A national office written without its country works for the country the article establishes
// (rule office-country, an inference of lower confidence): the country that has such an office
// and is named clearly more often than any other that has it.
import { extractMarked } from './relations-harness';

describe('national offices without their country', () => {
  test.each([
    ['[Tom Reed|P:Prime Minister] spoke in [Britain|L]. Voters across [Britain|L] listened.', 'WORKS_FOR Tom Reed -> Britain'],
    // a Foreign Secretary is British: one mention of Britain settles it against India named twice
    ['[Tom Reed|P:Foreign Secretary] arrived in [India|L] on Monday. [India|L] welcomed the envoy from [Britain|L].', 'WORKS_FOR Tom Reed -> Britain'],
    // Germany has no prime minister: the prime minister is Israel's
    ['[Israel|L] protested. [Ari Cohen|P:Prime Minister] spoke to [Germany|L] and [Germany|L] replied. [Israel|L] waited.', 'WORKS_FOR Ari Cohen -> Israel'],
  ])('%s → %s', (text, relation) => {
    const found = extractMarked(text);
    expect(found.relations).toContain(relation);
    expect(found.details.find((d) => d.line === relation)?.rule).toBe('office-country');
  });

  test.each([
    // a monarchy has no president
    ['[Tom Reed|P:President] spoke in [Britain|L]. Voters across [Britain|L] listened.', 'WORKS_FOR Tom Reed -> Britain'],
    // two countries named as often: the article does not establish which
    ['[Tom Reed|P:Prime Minister] flew from [Italy|L] to [Spain|L]. [Italy|L] and [Spain|L] agreed.', 'WORKS_FOR Tom Reed -> Italy'],
    // a country named once among others is no establishment
    ['[Tom Reed|P:Minister] spoke in [Spain|L].', 'WORKS_FOR Tom Reed -> Spain'],
    // a person whose title is written with a country elsewhere belongs to that country
    ['[Italian|D] [Ugo Bassi|P:Minister] arrived. Later [Ugo Bassi|P:Minister] spoke in [Spain|L]. [Spain|L] listened.', 'WORKS_FOR Ugo Bassi -> Spain'],
    // a shadow minister is an opposition party's, not the country's
    ['[Tom Reed|P:Shadow Foreign Secretary] spoke in [Britain|L]. Voters across [Britain|L] listened.', 'WORKS_FOR Tom Reed -> Britain'],
  ])('%s ↛ %s', (text, relation) => {
    expect(extractMarked(text).relations).not.toContain(relation);
  });
});
