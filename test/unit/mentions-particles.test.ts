// Name particles ("al-", "van", "de la", "del") inside and at the start of names, the shortened given
// name of one person, and the role that runs to its last office ("Deputy Treasurer").
import { resolveActors } from '../../src/resolve/resolve-actors';
import { mentionsOf, namesOf } from './mentions-helpers';

const formsOf = (text: string, name: string): string[] | undefined => resolveActors(mentionsOf(text)).actors.find((a) => a.name === name)?.forms;

describe('findMentions: a name particle between capitalized words stays in the name', () => {
  test.each([
    ["Syria's envoy, Bashar al-Jaafari, spoke first.", 'Person:Bashar al-Jaafari'],
    ['The painter Vincent van Gogh was born in Zundert.', 'Person:Vincent van Gogh'],
    ['The singer Ana de la Cruz toured Chile.', 'Person:Ana de la Cruz'],
    ['She bought El Diario del Norte, a daily newspaper, last year.', 'Organization:El Diario del Norte'],
    ['Troops fought the militia Jaish al-Mahdi, an armed group, in the south.', 'Organization:Jaish al-Mahdi'],
  ])('%s → %s', (text, expected) => {
    expect(namesOf(text)).toContain(expected);
  });

  test.each([
    // Must not fire: "do" is an English verb between two names unless a given name comes first.
    ['Why do Republicans back Hartley now?', 'Organization:Republicans do Hartley'],
    // An English connector still splits two names.
    ['Paris and Lyon voted.', 'Location:Paris and Lyon'],
  ])('%s ↛ %s', (text, absent) => {
    expect(namesOf(text)).not.toContain(absent);
  });
});

describe('findMentions: an article particle hyphen-joined to a name opens it (particle-opened-name)', () => {
  test.each([
    ['Troops clashed with al-Qassam fighters near the border.', 'Organization:al-Qassam'],
    ['The talks were condemned by el-Nasr in a statement.', 'Organization:el-Nasr'],
    // Must not fire as an organization: the lone surname of a person named in full is that person, and so is
    // the object of "said" or "killed".
    ['Karim al-Masri, a retired general, spoke. Officials said al-Masri had left Cairo.', 'Person:al-Masri'],
    ['Officials said al-Haddad was killed.', 'Person:al-Haddad'],
    ['Troops killed al-Masri in a raid.', 'Person:al-Masri'],
  ])('%s → %s', (text, expected) => {
    expect(namesOf(text)).toContain(expected);
  });

  test('a lone "al-" surname and a bare surname join the person named in full', () => {
    const text = 'Karim al-Masri, a retired general, spoke on Monday. Officials said al-Masri had left. Masri did not comment.';
    expect(formsOf(text, 'Karim al-Masri')).toEqual(['Karim al-Masri', 'al-Masri', 'Masri']);
  });
});

describe('resolveActors: a shortened given name with the same surname (short-given-name)', () => {
  test('"Rob" joins "Robert" of the same surname', () => {
    expect(formsOf('Robert Lindqvist resigned on Monday. "Rob Lindqvist did his job," the mayor said.', 'Robert Lindqvist')).toEqual(['Robert Lindqvist', 'Rob Lindqvist']);
  });

  test.each([
    // Must not fire: another given name, or a given name shorter than three letters.
    ['Robert Lindqvist resigned. Rosa Lindqvist stayed.', 'Rosa Lindqvist'],
    ['Robert Lindqvist resigned. Ro Lindqvist stayed.', 'Ro Lindqvist'],
  ])('%s keeps %s apart', (text, name) => {
    expect(formsOf(text, name)).toEqual([name]);
  });
});

describe('findMentions: a role runs to its last office', () => {
  test.each([
    ['Deputy Treasurer Nora Vance resigned.', 'Deputy Treasurer'],
    ['Treasurer Nora Vance resigned.', 'Treasurer'],
    ['Supreme Leader Ayatollah Ali Khamenei spoke.', 'Supreme Leader'],
  ])('%s → %s', (text, role) => {
    expect(mentionsOf(text).find((m) => m.type === 'Person')?.role).toBe(role);
  });
});

describe('resolveActors: an organization named up to its "of" part (name-before-of)', () => {
  test('"the Monetary Authority" joins "Monetary Authority of Singapore"', () => {
    const text = 'The Monetary Authority of Singapore fined Lumex on Monday. The Monetary Authority said the firm had failed.';
    expect(formsOf(text, 'Monetary Authority of Singapore')).toEqual(['Monetary Authority of Singapore', 'Monetary Authority']);
  });

  test('must not fire: a name that only shares its first word', () => {
    const text = 'The Bank of Ruritania cut rates. The Bank Holding Trust objected.';
    expect(formsOf(text, 'Bank of Ruritania')).toEqual(['Bank of Ruritania']);
  });
});

describe('resolveActors: a nickname with the same surname (short-given-name, data/nicknames.ts)', () => {
  test('"Bob" joins "Robert" of the same surname', () => {
    expect(formsOf('Robert Lane resigned on Monday. "Bob Lane served us well," the mayor said.', 'Robert Lane')).toEqual(['Robert Lane', 'Bob Lane']);
  });

  test('must not fire: a nickname of another given name', () => {
    expect(formsOf('Robert Lane resigned on Monday. Bill Lane stayed.', 'Bill Lane')).toEqual(['Bill Lane']);
  });
});

describe('resolveActors: the last words before "of" (name-before-of)', () => {
  test('"the Development Agency" joins "Ruritanian Development Agency of Borduria"', () => {
    const text = 'The Ruritanian Development Agency of Borduria cut rates on Monday. A spokesman for the Development Agency said more cuts would follow.';
    expect(formsOf(text, 'Ruritanian Development Agency of Borduria')).toEqual(['Ruritanian Development Agency of Borduria', 'Development Agency']);
  });
});
