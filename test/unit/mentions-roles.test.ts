// Titles and honorifics are kept as roles, never as part of the name.
import { mentionsOf, namesOf } from './mentions-helpers';

const person = (text: string, name: string) => mentionsOf(text).find((m) => m.type === 'Person' && m.text === name);

describe('findMentions: titles become roles', () => {
  test.each([
    ['Sen. Elizabeth Warren spoke on Tuesday.', 'Elizabeth Warren', 'Sen.'],
    ['Later, Foreign Minister Sergei Lavrov arrived.', 'Sergei Lavrov', 'Foreign Minister'],
    ['They met Secretary of State Antony Blinken in Paris.', 'Antony Blinken', 'Secretary of State'],
    ["Canada's UN Ambassador Bob Rae spoke first.", 'Bob Rae', 'UN Ambassador'],
    ["Iraq's Supreme Leader Ayatollah Jafar Sadiqi was absent.", 'Jafar Sadiqi', 'Supreme Leader'],
    ['Gov. Gavin Newsom signed the bill.', 'Gavin Newsom', 'Gov.'],
    ['The audience applauded Mr. Fontaine.', 'Fontaine', 'Mr.'],
  ])('%s', (text, name, role) => {
    const m = person(text, name);
    expect(m).toBeDefined();
    expect(m?.role).toBe(role);
    expect(m?.roleTokenStart).toBeLessThan(m?.tokenStart ?? 0);
  });

  test('the possessor of a title is its own Location mention', () => {
    const ms = mentionsOf("Canada's UN Ambassador Bob Rae spoke first.");
    expect(ms.some((m) => m.type === 'Location' && m.text === 'Canada')).toBe(true);
    expect(ms.some((m) => m.type === 'Organization' && m.canonical === 'United Nations')).toBe(true);
  });

  test('courtesy titles stay in the written form, not in the name', () => {
    const m = person('The audience applauded Mr. Fontaine.', 'Fontaine');
    expect(m?.surface).toBe('Mr. Fontaine');
  });

  test('a title with a qualifier before it is not part of the written form', () => {
    const m = person('Former President Jimmy Carter visited Atlanta.', 'Jimmy Carter');
    expect(m?.role).toBe('Former President');
    expect(m?.surface).toBeUndefined();
  });

  test.each([
    ['Workers at General Motors went on strike.', 'Organization:General Motors'],
    ['The Justice Department filed suit.', 'Organization:Justice Department'],
    ['Martin Luther King Jr. spoke in Memphis.', 'Person:Martin Luther King Jr'],
  ])('must not split a title off: %s', (text, expected) => {
    expect(mentionsOf(text).map((m) => `${m.type}:${m.text}`)).toContain(expected);
  });
});

test('a nationality before a title links to its country and stays out of the role', () => {
  const ms = mentionsOf('Troops loyal to Syrian Gen. Omar Haddad withdrew.');
  const haddad = ms.find((m) => m.text === 'Omar Haddad');
  expect(haddad?.role).toBe('Gen.');
  expect(ms.some((m) => m.linkOnly && m.canonical === 'Syria')).toBe(true);
});

describe('findMentions: organizations around titles', () => {
  test.each([
    ['FCA Administrator Dana Whitlow issued the order.', ['Organization:FCA', 'Person:Dana Whitlow']],
    ['Engineers at the General Electric plant agreed.', ['Organization:General Electric']],
    ['Mr Halvorsen\'s division grew fast.', ['Person:Halvorsen']],
  ])('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});
