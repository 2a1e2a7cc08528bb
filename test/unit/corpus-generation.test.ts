// The synthetic scale corpus: distinct ids, names replaced consistently within an article and
// shared across copies of one variant, calendar words kept, the same output every time.
import { inventName, varyArticle, type CorpusRecord } from '../../src/bench/vary-article';

const base: CorpusRecord = {
  id: 'sample-1',
  title: 'Harbour plan backed by Quimby',
  text: 'Mayor Ellen Quimby met officials of Northwind Shipping on Monday. Later, Quimby said the port of Saltmarsh would grow, and Northwind agreed.',
};

describe('varyArticle', () => {
  test('copy 0 is the article unchanged', () => {
    expect(varyArticle(base, 0)).toEqual(base);
  });

  test('copies get distinct ids and a date, and are deterministic', () => {
    const copies = [1, 2, 3].map((n) => varyArticle(base, n));
    expect(new Set(copies.map((c) => c.id)).size).toBe(3);
    expect(copies.every((c) => /^\d{4}-\d{2}-\d{2}$/.test(c.date ?? ''))).toBe(true);
    expect(varyArticle(base, 2)).toEqual(copies[1]);
  });

  test('a renamed word is renamed the same way everywhere in the article, title included', () => {
    const copies = Array.from({ length: 12 }, (_, n) => varyArticle(base, n + 1));
    const renamed = copies.find((c) => !c.text.includes('Quimby'));
    expect(renamed).toBeDefined();
    const { text, title } = renamed as CorpusRecord;
    const name = /Later, (\p{Lu}\p{Ll}+) said/u.exec(text)?.[1] ?? 'none';
    expect(text.split(name).length - 1).toBe(2);
    expect(title).toBe(`Harbour plan backed by ${name}`);
  });

  test('calendar words are kept', () => {
    for (let n = 1; n < 10; n++) expect(varyArticle(base, n).text).toContain('on Monday');
  });

  test('invented names depend on the word and the variant only', () => {
    expect(inventName('Quimby', 3)).toBe(inventName('Quimby', 3));
    expect(inventName('Quimby', 3)).not.toBe(inventName('Quimby', 4));
    expect(inventName('Quimby', 3)).toMatch(/^\p{Lu}\p{Ll}{3,}$/u);
  });
});
