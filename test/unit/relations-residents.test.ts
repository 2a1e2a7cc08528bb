// LIVES_IN from a place written before a private person's noun ("a Leeds businessman, X"), and a
// department's staff reached through "the department's spokesman". Local office holders (governors,
// mayors, county officials, judges) work for their place and, by an inference, live there; national
// office holders and other titles do not.
import { inferOfficeResidence } from '../../src/relations/infer-office-residence';
import type { Relation } from '../../src/relations/relation';
import type { LocalActor } from '../../src/resolve/actor';
import { extractMarked, testFires, testSilent } from './relations-harness';

describe('a place before a private person: LIVES_IN (post-rules.ts)', () => {
  testFires([
    ['A [Leeds|L] businessman, [Carl Ames|P], bought the club.', 'LIVES_IN Carl Ames -> Leeds', 'place-resident-name'],
    ['The [Galway|L] farmer [Sean Doyle|P] lost his herd.', 'LIVES_IN Sean Doyle -> Galway', 'place-resident-name'],
    ['Police said the [Porto|L] woman, [Rita Alves|P], was unhurt.', 'LIVES_IN Rita Alves -> Porto', 'place-resident-name'],
  ]);
  testSilent([
    // a place that qualifies something else
    ['A [Leeds|L] businessman said [Carl Ames|P] had left.', 'LIVES_IN Carl Ames -> Leeds'],
  ]);
});

describe('a local office holder lives where the office is: LIVES_IN inferred from WORKS_FOR (infer-office-residence.ts)', () => {
  test.each([
    ['[Ohio|L] Gov. [Mark Ellison|P] signed the bill.', 'LIVES_IN Mark Ellison -> Ohio'],
    ['[Fresno|L] Mayor [Dana Price|P] opened the bridge.', 'LIVES_IN Dana Price -> Fresno'],
    ['[Pike County|L] Sheriff [Leon Marsh|P] said the road was closed.', 'LIVES_IN Leon Marsh -> Pike County'],
  ])('%s → %s, as an inference', (sentence, expected) => {
    const found = extractMarked(sentence);
    const lives = found.details.find((d) => d.line === expected);
    expect(lives?.rule).toMatch(/\+residence$/);
    expect(lives?.confidence).toBeLessThan(found.details.find((d) => d.line.startsWith('WORKS_FOR'))?.confidence ?? 0);
    expect(lives?.role).toBeUndefined();
  });
  testSilent([
    // a national office: a minister is not said to live in the country by the title
    ['[France|L]\'s foreign minister, [Paul Morel|P], arrived on Monday.', 'LIVES_IN Paul Morel -> France'],
  ]);
  // the inference on its own: which titles tie their holder to the place
  const actor = (key: string, type: LocalActor['type'], name: string): LocalActor => ({ key, type, name, forms: [name], mentionIds: [], roles: [] });
  const works = (role: string, object: string): Relation => ({ type: 'WORKS_FOR', subject: 'a0', object, rule: 'r', confidence: 0.75, sentence: 0, evidence: '', start: 0, end: 1, role });
  const actors = [actor('a0', 'Person', 'Nina Soto'), actor('a1', 'Location', 'Dade County'), actor('a2', 'Location', 'Portugal'), actor('a3', 'Organization', 'Dade Transit')];
  test.each([
    ['county judge', 'a1', true],
    ['Lieutenant Gov.', 'a1', true],
    ['spokeswoman', 'a1', false],
    ['owner', 'a1', false],
    ['governor', 'a2', false], // a country
    ['mayor', 'a3', false], // not a place
  ] as const)('WORKS_FOR as %s of %s gives LIVES_IN: %s', (role, object, expected) => {
    const inferred = inferOfficeResidence([works(role, object)], actors);
    expect(inferred.map((r) => `${r.type} ${r.subject} ${r.object} ${r.rule}`)).toEqual(expected ? [`LIVES_IN a0 ${object} r+residence`] : []);
  });
});

describe('"the department" refers back to a department named before', () => {
  test("the department's spokesman works for the department named before, at a guess's confidence", () => {
    const found = extractMarked("The [Vale Department of Health|O] said on Monday that the department's spokesman, [Ivan Petrov|P], would retire.");
    const works = found.details.find((d) => d.line === 'WORKS_FOR Ivan Petrov -> Vale Department of Health');
    expect(works?.confidence).toBe(0.6);
    expect(works?.path).toContain('Vale Department of Health');
  });
});
