// Within-article resolution: short forms join the one full name they stand for.
import { resolveActors } from '../../src/resolve/resolve-actors';
import { mentionsOf } from './mentions-helpers';

function actorsOf(text: string) {
  return resolveActors(mentionsOf(text)).actors.map((a) => ({ type: a.type, name: a.name, forms: a.forms }));
}

describe('resolveActors', () => {
  test('a surname joins the full name', () => {
    const actors = actorsOf('Jacinda Ardern met reporters. Later Ardern left for Auckland.');
    expect(actors).toContainEqual({ type: 'Person', name: 'Jacinda Ardern', forms: ['Jacinda Ardern', 'Ardern'] });
  });

  test('"Mr X" joins the full name and keeps the written form', () => {
    const actors = actorsOf('Boris Johnson arrived. Critics said Mr Johnson was late.');
    const johnson = actors.find((a) => a.name === 'Boris Johnson');
    expect(johnson?.forms).toEqual(['Boris Johnson', 'Mr Johnson']);
  });

  test('two people with one surname: the lone surname is not guessed', () => {
    const actors = actorsOf('Bill Clinton and Hillary Clinton spoke in Denver. Clinton then left.');
    expect(actors.filter((a) => a.type === 'Person').map((a) => a.name).sort()).toEqual(['Bill Clinton', 'Clinton', 'Hillary Clinton']);
  });

  test('a paper named in full and then as "the Times"', () => {
    const actors = actorsOf('The Financial Times reported the deal. A source told the Times it was final.');
    expect(actors).toContainEqual({ type: 'Organization', name: 'Financial Times', forms: ['Financial Times', 'Times'] });
  });

  test('an acronym joins its expansion', () => {
    const actors = actorsOf('The Centre for Policy Research (CPR) published a study. CPR said more would follow.');
    expect(actors).toContainEqual({ type: 'Organization', name: 'Centre for Policy Research', forms: ['Centre for Policy Research', 'CPR'] });
  });

  test('country abbreviations join the country', () => {
    const actors = actorsOf('The U.S. and the United States Navy differ. The US said so.');
    const us = actors.find((a) => a.name === 'United States');
    expect(us?.forms).toEqual(expect.arrayContaining(['U.S.', 'US']));
  });

  test('a person and a city sharing a name stay apart', () => {
    const actors = actorsOf('Jack London wrote novels. He never lived in London.');
    expect(actors).toContainEqual({ type: 'Person', name: 'Jack London', forms: ['Jack London'] });
    expect(actors).toContainEqual({ type: 'Location', name: 'London', forms: ['London'] });
  });

  test('a demonym links to the country but adds no form', () => {
    const actors = actorsOf('Chilean officials met in Santiago. Chile agreed.');
    expect(actors).toContainEqual({ type: 'Location', name: 'Chile', forms: ['Chile'] });
  });
});

describe('resolveActors: towns qualified by their state', () => {
  test('"Cobbleton, Neb." is a form of the town; the state stays its own actor', () => {
    const actors = actorsOf('The storm hit Cobbleton, Neb., on Sunday.');
    expect(actors).toContainEqual({ type: 'Location', name: 'Cobbleton', forms: ['Cobbleton', 'Cobbleton, Neb.'] });
    expect(actors).toContainEqual({ type: 'Location', name: 'Nebraska', forms: ['Neb'] });
  });

  test('a city qualified by a country is not given the qualified form', () => {
    const actors = actorsOf('He died in Lisbon, Portugal, in 1990.');
    expect(actors).toContainEqual({ type: 'Location', name: 'Lisbon', forms: ['Lisbon'] });
  });
});

describe('resolveActors: parts of long names', () => {
  test.each([
    ['Luiz Inacio Lula da Silva spoke. Later Lula left.', 'Luiz Inacio Lula da Silva', ['Luiz Inacio Lula da Silva', 'Lula']],
    ['The Globe and Mail broke the story. The Globe said more was coming.', 'Globe and Mail', ['Globe and Mail', 'Globe']],
  ])('%s', (text, name, forms) => {
    expect(actorsOf(text).find((a) => a.name === name)?.forms).toEqual(forms);
  });
});
