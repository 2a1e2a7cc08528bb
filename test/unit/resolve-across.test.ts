// Cross-article resolution: one node per actor, guarded variant merges, aliases, determinism.
import { makeArticle } from '../../src/ingest/make-article';
import { extractArticle, type ArticleExtraction } from '../../src/pipeline/extract-article';
import { parseAliases } from '../../src/resolve/read-aliases';
import type { Aliases } from '../../src/resolve/aliases';
import { summarizeActors } from '../../src/resolve/actor-summary';
import { resolveAcross } from '../../src/resolve/resolve-across';
import { isSpellingVariant } from '../../src/resolve/variant-rules';

const extract = (text: string, source: string): ArticleExtraction => extractArticle(makeArticle({ text, source }));
const across = (exs: ArticleExtraction[], aliases?: Aliases) => resolveAcross(exs.map(summarizeActors), aliases);
const names = (exs: ArticleExtraction[], aliases = parseAliases('{}', 'x')) => across(exs, aliases).actors.map((a) => a.name).sort();

describe('isSpellingVariant', () => {
  test.each([
    ['Arvid Tolsen Karro', 'Arvid Tolson Karro', true],
    ['Muammar Gaddafi', 'Muammar Gadafi', false],
    ['Bill Clinton', 'Hillary Clinton', false],
    ['Jon Smith', 'Jan Smith', false],
    ['Mohammad Javad Zarif', 'Mohammed Javad Zarif', true],
    ['George Bush', 'George W. Bush', false],
  ])('%s ~ %s → %s', (a, b, expected) => {
    expect(isSpellingVariant(a, b)).toBe(expected);
  });
});

describe('resolveAcross', () => {
  const a = extract('Mohammad Javad Zarif met Josep Borrell in Vienna. Zarif smiled.', 'a.txt');
  const b = extract('Mohammed Javad Zarif flew to Doha on Monday.', 'b.txt');
  const c = extract('Later, Borrell spoke in Brussels.', 'c.txt');

  test('spelling variants and lone surnames join across articles', () => {
    const result = across([a, b, c]);
    const zarif = result.actors.filter((x) => x.aliases.includes('Zarif') || x.name.endsWith('Zarif'));
    expect(zarif).toHaveLength(1);
    expect(result.actors.filter((x) => x.name.endsWith('Borrell'))).toHaveLength(1);
  });

  test('same inputs in any order give the same actors and ids', () => {
    expect(across([c, b, a])).toEqual(across([a, b, c]));
  });

  test('never merges two people who share a surname', () => {
    const d = extract('Bill Clinton spoke in Little Rock.', 'd.txt');
    const e = extract('Hillary Clinton spoke in Chicago. Clinton later left.', 'e.txt');
    expect(names([d, e]).filter((n) => n.includes('Clinton'))).toEqual(['Bill Clinton', 'Hillary Clinton']);
  });

  test('a lone surname with two candidates stays apart', () => {
    const d = extract('Bill Clinton spoke in Little Rock.', 'd.txt');
    const e = extract('Hillary Clinton spoke in Chicago.', 'e.txt');
    const f = extract('Clinton later left Denver.', 'f.txt');
    expect(names([d, e, f]).filter((n) => n.includes('Clinton'))).toEqual(['Bill Clinton', 'Clinton', 'Hillary Clinton']);
  });

  test('aliases force and forbid merges and rename', () => {
    const aliases = parseAliases(
      JSON.stringify({ merge: [['Josep Borrell', 'Borrell Fontelles']], forbid: [['Mohammad Javad Zarif', 'Mohammed Javad Zarif']], names: { Vienna: 'Wien' } }),
      'aliases.json',
    );
    const g = extract('Borrell Fontelles flew to Madrid.', 'g.txt');
    const result = names([a, b, g], aliases);
    expect(result).toContain('Wien');
    expect(result.filter((n) => n.includes('Zarif'))).toHaveLength(2);
    expect(result.filter((n) => n.includes('Borrell'))).toHaveLength(1);
  });

  test('invalid aliases are rejected with ALIASES_INVALID', () => {
    expect(() => parseAliases('{"merge": "x"}', 'bad.json')).toThrow(expect.objectContaining({ code: 'ALIASES_INVALID' }));
    expect(() => parseAliases('not json', 'bad.json')).toThrow(expect.objectContaining({ code: 'ALIASES_INVALID' }));
    expect(() => parseAliases('{"colours": {}}', 'bad.json')).toThrow(expect.objectContaining({ code: 'ALIASES_INVALID' }));
  });
});

describe('resolveAcross: one type per name', () => {
  test('a name typed from weak context joins the surely typed actor of the same name', () => {
    const a = extract('Two analysts at Zentrix expect growth. A spokesman for Zentrix agreed.', 'a.txt');
    const b = extract('Yesterday Zentrix said profits rose.', 'b.txt');
    expect(b.actors.find((x) => x.name === 'Zentrix')?.type).toBe('Person');
    const zentrix = across([a, b]).actors.filter((x) => x.name === 'Zentrix');
    expect(zentrix.map((x) => x.type)).toEqual(['Organization']);
  });

  test('readAliasesFile reports a missing file as ALIASES_INVALID', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { readAliasesFile } = require('../../src/resolve/read-aliases') as typeof import('../../src/resolve/read-aliases');
    expect(() => readAliasesFile('/nonexistent/aliases.json')).toThrow(expect.objectContaining({ code: 'ALIASES_INVALID' }));
  });
});

describe('resolveAcross is a function of the set of articles', () => {
  test('a name written two ways under one key is named by the way most articles write it, whatever comes first', () => {
    const one = extract('Talks at the Nordel Institute ended on Monday.', 'one.txt');
    const two = extract('The NORDEL INSTITUTE said talks ended.', 'two.txt');
    const three = extract('Analysts at the Nordel Institute were pleased.', 'three.txt');
    const named = (exs: ArticleExtraction[]) => across(exs).actors.filter((a) => a.type === 'Organization').map((a) => a.name);
    expect(named([two, one, three])).toEqual(named([one, two, three]));
    expect(named([two, one, three])).toEqual(['Nordel Institute']);
  });
});

describe('resolveAcross: organization abbreviations', () => {
  test('"Nordel Corp" in one article and "Nordel Corporation" in another are one actor', () => {
    const a = extractArticle(makeArticle({ text: 'Shares in Nordel Corp rose on Monday.', source: 'a.txt' }));
    const b = extractArticle(makeArticle({ text: 'Investors in Nordel Corporation were pleased.', source: 'b.txt' }));
    const orgs = across([a, b]).actors.filter((x) => x.type === 'Organization');
    expect(orgs.map((o) => [o.name, o.aliases])).toEqual([['Nordel Corp', ['Nordel Corporation']]]);
  });
});
