// LIVES_IN from a place written before a private person's noun ("a Leeds businessman, X"), and a
// department's staff reached through "the department's spokesman". Office holders of a place work for it
// and are not said to live there.
import { extractMarked, testFires, testSilent } from './relations-harness';

describe('a place before a private person: LIVES_IN (post-rules.ts)', () => {
  testFires([
    ['A [Leeds|L] businessman, [Carl Ames|P], bought the club.', 'LIVES_IN Carl Ames -> Leeds', 'place-resident-name'],
    ['The [Galway|L] farmer [Sean Doyle|P] lost his herd.', 'LIVES_IN Sean Doyle -> Galway', 'place-resident-name'],
    ['Police said the [Porto|L] woman, [Rita Alves|P], was unhurt.', 'LIVES_IN Rita Alves -> Porto', 'place-resident-name'],
  ]);
  testSilent([
    // an office holder works for the place instead
    ['[Ohio|L] Gov. [Mark Ellison|P] signed the bill.', 'LIVES_IN Mark Ellison -> Ohio'],
    // a place that qualifies something else
    ['A [Leeds|L] businessman said [Carl Ames|P] had left.', 'LIVES_IN Carl Ames -> Leeds'],
  ]);
});

describe('"the department" refers back to a department named before', () => {
  test("the department's spokesman works for the department named before, at a guess's confidence", () => {
    const found = extractMarked("The [Vale Department of Health|O] said on Monday that the department's spokesman, [Ivan Petrov|P], would retire.");
    const works = found.details.find((d) => d.line === 'WORKS_FOR Ivan Petrov -> Vale Department of Health');
    expect(works?.confidence).toBe(0.6);
    expect(works?.path).toContain('Vale Department of Health');
  });
});
