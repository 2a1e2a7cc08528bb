// Political parties named by their own words (data/parties.ts): as a noun, as a modifier before a
// role or a title, by a nickname; every form of one party is one actor of the article.
import { resolveActors } from '../../src/resolve/resolve-actors';
import { mentionsOf, namesOf } from './mentions-helpers';

const partyOf = (text: string): Array<{ name: string; forms: string[] }> =>
  resolveActors(mentionsOf(text))
    .actors.filter((a) => a.type === 'Organization')
    .map((a) => ({ name: a.name, forms: a.forms }));

describe('findMentions: a party named by its own word', () => {
  test.each([
    ['Tory leader Ann Pryce spoke in Leeds.', ['Organization:Tory', 'Person:Ann Pryce', 'Location:Leeds']],
    ['Labour former minister Jo Kerr disagreed.', ['Organization:Labour', 'Person:Jo Kerr']],
    ['Liberal Democrat deputy leader Iain Moss said so.', ['Organization:Liberal Democrat', 'Person:Iain Moss']],
    ['The Tories were afraid of his skills.', ['Organization:Tories']],
    ['He wrote that the Conservatives had learned nothing.', ['Organization:Conservatives']],
    ['A Labour victory was expected.', ['Organization:Labour']],
    ['Lib Dems voted against the plan.', ['Organization:Lib Dems']],
  ])('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });

  test.each([
    // The party is a mention of its own inside the role; the role stays the person's.
    ['Conservative MP Tom Hale defected.', 'Conservative MP'],
    ['Democrat Rosa Ibarra won the seat.', 'Democrat'],
  ])('%s: party and person', (text, role) => {
    const mentions = mentionsOf(text);
    expect(mentions.find((m) => m.type === 'Organization')?.canonical).toMatch(/Party$/);
    expect(mentions.find((m) => m.type === 'Person')?.role).toBe(role);
  });

  test('a member noun after "a" names the person, not the party; before a noun it names the party', () => {
    expect(namesOf('Iva Rusk, a Republican from Denver, resigned.')).toEqual(['Person:Iva Rusk', 'Location:Denver']);
    expect(namesOf('He was a Republican senator until 1990.')).toEqual(['Organization:Republican']);
  });

  test('an ideology adjective names a party only before a party noun', () => {
    expect(namesOf('Many Socialist thinkers disagreed with him.')).toEqual([]);
    expect(namesOf('The Socialist leader resigned.')).toEqual(['Organization:Socialist']);
  });

  test('a longer party name keeps its words', () => {
    expect(namesOf('The Liberal Democratic Party won in Osaka.')).toContain('Organization:Liberal Democratic Party');
  });
});

describe('resolveActors: one party, many forms', () => {
  test('adjective, plural, nickname and full name are one actor named by the full name', () => {
    const text = 'Tory leader Ann Pryce spoke. The Conservative Party lost. The Tories blamed the Conservatives in Leeds.';
    expect(partyOf(text)).toEqual([{ name: 'Conservative Party', forms: ['Tory', 'Conservative Party', 'Tories', 'Conservatives'] }]);
  });

  test('"New Labour" is the Labour Party', () => {
    expect(partyOf('He promised a New Labour manifesto. Labour won.')).toEqual([{ name: 'Labour Party', forms: ['New Labour', 'Labour'] }]);
  });
});
