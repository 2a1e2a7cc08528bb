// Within-article resolution of company names, given names and names the text gives as aliases.
import { resolveActors } from '../../src/resolve/resolve-actors';
import { actorKey, orgKey } from '../../src/text/normalize-name';
import { mentionsOf, namesOf } from './mentions-helpers';

function actorsOf(text: string) {
  return resolveActors(mentionsOf(text)).actors.map((a) => ({ type: a.type, name: a.name, forms: a.forms }));
}
const formsOf = (text: string, name: string): string[] | undefined => actorsOf(text).find((a) => a.name === name)?.forms;

describe('resolveActors: organization short forms', () => {
  test.each([
    ['Shares in Halden Group rose. Halden said profits would grow.', 'Halden Group', ['Halden Group', 'Halden']],
    ['Investors in Corvane Media Holdings cheered. Corvane Media shares rose.', 'Corvane Media Holdings', ['Corvane Media Holdings', 'Corvane Media']],
    ['Quarry Tech Corp shares fell. Quarry Tech Corporation said it would cut jobs.', 'Quarry Tech Corporation', ['Quarry Tech Corp', 'Quarry Tech Corporation']],
    ['Shares in Mireau Orlande rose. Mireau shares in Lyon rose too.', 'Mireau Orlande', ['Mireau Orlande', 'Mireau']],
  ])('%s', (text, name, forms) => {
    expect(formsOf(text, name)).toEqual(forms);
  });

  test('a word used before the longer name is its own company ("Tovel" and then "Tovel Auto")', () => {
    const actors = actorsOf('Shares in Tovel rose. The chief executive of Tovel Auto resigned. Tovel said it would find a successor.');
    expect(actors.filter((a) => a.type === 'Organization').map((a) => a.name).sort()).toEqual(['Tovel', 'Tovel Auto']);
  });

  test('with two longer names, the short one stands for the one introduced first', () => {
    const actors = actorsOf('Shares in Brisco Industries rose. Brisco Energy shares fell. Brisco shares were flat.');
    expect(formsOf('Shares in Brisco Industries rose. Brisco Energy shares fell. Brisco shares were flat.', 'Brisco Industries')).toEqual(['Brisco Industries', 'Brisco']);
    expect(actors.find((a) => a.name === 'Brisco Energy')?.forms).toEqual(['Brisco Energy']);
  });
});

describe('resolveActors: people', () => {
  test('a given name alone joins the one person named in full with it', () => {
    expect(formsOf('Ravi Mehra, 45, resigned. His brother Suresh Mehra stays. Ravi said he was proud.', 'Ravi Mehra')).toEqual(['Ravi Mehra', 'Ravi']);
  });

  test('a given name shared by two people is not guessed', () => {
    const actors = actorsOf('Ravi Mehra and Ravi Kapoor spoke. Ravi said he was proud.');
    expect(actors.filter((a) => a.type === 'Person').map((a) => a.name).sort()).toEqual(['Ravi', 'Ravi Kapoor', 'Ravi Mehra']);
  });

  test('"X, real name Y" names one person', () => {
    expect(formsOf('The rapper Big Tolo, real name Samuel Adeyemi, signed the deal.', 'Samuel Adeyemi')).toEqual(['Big Tolo', 'Samuel Adeyemi']);
  });

  test('"X, which is to be renamed Y" names one company', () => {
    const actors = actorsOf('Shares in Delmont Leisure Holdings, which is to be renamed DLX, rose.');
    expect(actors.filter((a) => a.type === 'Organization')).toEqual([{ type: 'Organization', name: 'Delmont Leisure Holdings', forms: ['Delmont Leisure Holdings', 'DLX'] }]);
  });

  test('two people in one sentence stay apart without an alias cue', () => {
    const actors = actorsOf('Samuel Adeyemi, Peter Olsen and Mark Ruiz signed the deal.');
    expect(actors.filter((a) => a.type === 'Person')).toHaveLength(3);
  });
});

describe('orgKey', () => {
  test.each([
    ['News Corp', 'News Corporation', true],
    ['Acme Co.', 'Acme Company', true],
    ['Acme Ltd', 'Acme Limited', true],
    ['Acme Group', 'Acme', false],
  ])('%s = %s: %s', (a, b, same) => {
    expect(orgKey(a) === orgKey(b)).toBe(same);
  });

  test('only organizations write out abbreviations', () => {
    expect(actorKey('Person', 'Jo Co')).toBe('jo co');
  });
});

describe('resolveActors: words of organization names and article structure', () => {
  test('a lone word of a company name typed as a person becomes that company', () => {
    expect(formsOf('Shares in Vellum Tarrow rose on Monday. Tarrow has cut its debt.', 'Vellum Tarrow')).toEqual(['Vellum Tarrow', 'Tarrow']);
  });

  test('a sentence-initial word completes a company name the article writes elsewhere', () => {
    const text = 'Investors bought shares in Allied Porvane on Monday. Allied Porvane shares rose 4%.';
    expect(formsOf(text, 'Allied Porvane')).toEqual(['Allied Porvane']);
    expect(actorsOf(text).map((a) => a.name)).not.toContain('Porvane');
  });

  test('"Britain" and "UK" are one country', () => {
    const actors = actorsOf('Britain raised rates. The UK economy grew.');
    expect(actors).toContainEqual({ type: 'Location', name: 'United Kingdom', forms: ['Britain', 'UK'] });
  });
});

describe('resolveActors: initials and surname', () => {
  test('"T Marlowe" and "Marlowe" join "Tom Marlowe"', () => {
    expect(formsOf('Tom Marlowe scored twice. Marlowe was happy. The side was T Marlowe, R Adeyemi and J Cole.', 'Tom Marlowe')).toEqual(['Tom Marlowe', 'Marlowe', 'T Marlowe']);
  });

  test('initials that do not fit stay apart', () => {
    const actors = actorsOf('Tom Marlowe scored twice. The side was R Marlowe, J Adeyemi and K Cole.');
    expect(actors.map((a) => a.name)).toContain('R Marlowe');
  });
});

describe('resolveActors: a surname or given name shared by two people', () => {
  test('the one named in full before the short form is first used takes it', () => {
    const text = 'Police found Elena Varga, 41, at home. Varga, who taught music, had called for help. Her brother, Tomas Varga, said she was afraid.';
    expect(formsOf(text, 'Elena Varga')).toEqual(['Elena Varga', 'Varga']);
    expect(formsOf(text, 'Tomas Varga')).toEqual(['Tomas Varga']);
  });

  test('with both named in full before it, the surname is not guessed', () => {
    const actors = actorsOf('Elena Varga and Tomas Varga arrived. Varga said little.');
    expect(actors.filter((a) => a.type === 'Person').map((a) => a.name).sort()).toEqual(['Elena Varga', 'Tomas Varga', 'Varga']);
  });
});

describe('resolveActors: a country written short inside a company name', () => {
  test.each([
    ['Shares in United States Steel rose. U.S. Steel said output grew.', 'United States Steel', ['United States Steel', 'U.S. Steel']],
    ['United Kingdom Freight hired staff. UK Freight said it would grow.', 'United Kingdom Freight', ['United Kingdom Freight', 'UK Freight']],
  ])('%s', (text, name, forms) => {
    expect(formsOf(text, name)).toEqual(forms);
  });

  test('a different company word is a different company', () => {
    const actors = actorsOf('United States Steel hired staff. U.S. Energy said it would grow.');
    expect(actors.filter((a) => a.type === 'Organization').map((a) => a.name).sort()).toEqual(['U.S. Energy', 'United States Steel']);
  });
});

describe('resolveActors: short forms in wire and British news', () => {
  test.each([
    ['The UK Independence Party lost a member. UKIP said it was sad.', 'UK Independence Party', ['UK Independence Party', 'UKIP']],
    ['The Ministry of Defence said no. The MoD will appeal.', 'Ministry of Defence', ['Ministry of Defence', 'MoD']],
    // The first words of a longer organization name, used after it.
    ['Shares in Garron Mercer NBD Corp. rose. Representatives of Garron Mercer said so.', 'Garron Mercer NBD Corp', ['Garron Mercer NBD Corp', 'Garron Mercer']],
    // A company word ("Bancshares", "Financial") dropped from the name.
    ['Shares in Halden Bancshares Inc. rose. Halden did not comment.', 'Halden Bancshares Inc', ['Halden Bancshares Inc', 'Halden']],
  ])('%s', (text, name, forms) => {
    expect(formsOf(text, name)).toEqual(forms);
  });

  test('one word in brackets after a full name joins the person that surname names', () => {
    const text = 'Minister Ivan Petrov met him. It was agreed with Ivan Sergeyevich (Petrov) yesterday. Petrov left.';
    expect(actorsOf(text).filter((a) => a.type === 'Person')).toEqual([
      { type: 'Person', name: 'Ivan Petrov', forms: ['Ivan Petrov', 'Ivan Sergeyevich', 'Petrov'] },
    ]);
  });

  test('two surnames hyphened together are the two people, not a third', () => {
    const text = 'The feud between Tom Hale and Ann Pryce grew. The Hale-Pryce rift is old.';
    expect(actorsOf(text).map((a) => a.name).sort()).toEqual(['Ann Pryce', 'Tom Hale']);
  });

  test('a dateline written in capitals yields the name to the same place in running text', () => {
    expect(actorsOf('OSLO 1997-03-02\nShares fell in Oslo on Monday.').map((a) => a.name)).toEqual(['Oslo']);
  });
});

describe('resolveActors: compound surnames, foreign company words, bodies without country and head', () => {
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

describe('findMentions: headline common nouns that name no body', () => {
  test('a common-noun body capitalized by a headline is no actor', () => {
    const text = 'Premier Reshuffles Cabinet After Vote\n\nThe premier of Ontario named four new ministers on Monday.';
    expect(namesOf(text)).not.toContain('Organization:Cabinet');
  });
});

describe('resolveActors: group plurals', () => {
  test('"Tamil" of "the Tamil movement" and "the Tamils" are one group', () => {
    const actors = actorsOf('Talks with the Tamil movement resumed. The Tamils, who control the north, agreed.');
    expect(actors.filter((a) => a.type === 'Organization').map((a) => a.forms.sort())).toEqual([['Tamil', 'Tamils']]);
  });
});
