// Round 5 short forms: compound surnames, foreign company words, a body named without its country
// and head word; and headline common nouns that name no body.
import { resolveActors } from '../../src/resolve/resolve-actors';
import { mentionsOf, namesOf } from './mentions-helpers';

function actorsOf(text: string) {
  return resolveActors(mentionsOf(text)).actors.map((a) => ({ type: a.type, name: a.name, forms: a.forms }));
}
const formsOf = (text: string, name: string): string[] | undefined => actorsOf(text).find((a) => a.name === name)?.forms;

describe('round 5 short forms', () => {
  test.each([
    ['The minister, Yaw Mensah-Bonsu, spoke on Monday. Later, Mensah-Bonsu said he was hopeful.', 'Yaw Mensah-Bonsu', ['Yaw Mensah-Bonsu', 'Mensah-Bonsu']],
    ['Its president, Ana Ruiz de la Torre, agreed. Ruiz de la Torre said the club was safe.', 'Ana Ruiz de la Torre', ['Ana Ruiz de la Torre', 'Ruiz de la Torre']],
    ['Grupo Marbella Inversiones bought the club. Grupo Marbella said it would invest.', 'Grupo Marbella Inversiones', ['Grupo Marbella Inversiones', 'Grupo Marbella']],
    ['The U.S. Commerce Department issued a ruling. Commerce Department officials said more would follow.', 'U.S. Commerce Department', ['U.S. Commerce Department', 'Commerce Department']],
  ])('%s', (text, name, forms) => {
    expect(formsOf(text, name)).toEqual(forms);
  });

  test('a short name of two given words is not a compound surname of a longer name', () => {
    const actors = actorsOf('Maria Lopez and Ana Maria Lopez spoke on Monday.');
    expect(actors.filter((a) => a.type === 'Person').length).toBe(2);
  });

  test('a short org name without the country is not joined to a different body', () => {
    const actors = actorsOf('The U.S. Commerce Department issued a ruling. The Justice Department objected.');
    expect(actors.filter((a) => a.type === 'Organization').length).toBe(2);
  });
});

describe('round 5 headings', () => {
  test('a common-noun body capitalized by a headline is no actor', () => {
    const text = 'Premier Reshuffles Cabinet After Vote\n\nThe premier of Ontario named four new ministers on Monday.';
    expect(namesOf(text)).not.toContain('Organization:Cabinet');
  });
});

describe('round 5 group plurals', () => {
  test('"Tamil" of "the Tamil movement" and "the Tamils" are one group', () => {
    const actors = actorsOf('Talks with the Tamil movement resumed. The Tamils, who control the north, agreed.');
    expect(actors.filter((a) => a.type === 'Organization').map((a) => a.forms.sort())).toEqual([['Tamil', 'Tamils']]);
  });
});
