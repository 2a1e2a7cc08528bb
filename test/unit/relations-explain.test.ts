import type { ArticleExtraction } from '../../src/pipeline/extract-article';
import { explainArticle, findUnrelatedSentences } from '../../src/relations/explain-article';

const ex: ArticleExtraction = {
  article: { id: 'article-1', source: 'a.txt', chars: 80 },
  mentions: [
    { id: '0:0-1', sentence: 0, tokenStart: 0, tokenEnd: 1, start: 0, end: 4, text: 'Ruth', type: 'Person', rule: 'first-name', confidence: 1 },
    { id: '0:2-3', sentence: 0, tokenStart: 2, tokenEnd: 3, start: 9, end: 13, text: 'Otto', type: 'Person', role: 'Sen.', roleTokenStart: 1, rule: 'title-before-name', confidence: 1 },
    { id: '1:0-1', sentence: 1, tokenStart: 0, tokenEnd: 1, start: 20, end: 24, text: 'Ruth', type: 'Person', rule: 'first-name', confidence: 1 },
    { id: '1:3-4', sentence: 1, tokenStart: 3, tokenEnd: 4, start: 33, end: 37, text: 'Oslo', type: 'Location', rule: 'gazetteer-city', confidence: 1 },
  ],
  actors: [
    { key: 'a0', type: 'Person', name: 'Ruth', forms: ['Ruth'], mentionIds: ['0:0-1', '1:0-1'], roles: [] },
    { key: 'a1', type: 'Person', name: 'Otto', forms: ['Otto'], mentionIds: ['0:2-3'], roles: ['Sen.'] },
    { key: 'a2', type: 'Location', name: 'Oslo', forms: ['Oslo'], mentionIds: ['1:3-4'], roles: [] },
  ],
  actorOf: { '0:0-1': 'a0', '0:2-3': 'a1', '1:0-1': 'a0', '1:3-4': 'a2' },
  relations: [{ type: 'MET_WITH', subject: 'a0', object: 'a1', rule: 'met-verb', confidence: 0.9, sentence: 0, evidence: 'Ruth met Sen. Otto.', start: 0, end: 13, place: 'Oslo' }],
  quotes: [],
  warnings: [],
  sentences: [
    { index: 0, start: 0, end: 19, text: 'Ruth met Sen. Otto.', heading: false, tree: ['1 Ruth PROPN 2 nsubj', '2 met VERB 0 root', '3 Sen. PROPN 4 compound', '4 Otto PROPN 2 obj', '5 . PUNCT 2 punct'] },
    { index: 1, start: 20, end: 38, text: 'Ruth flew over Oslo.', heading: false },
  ],
};

describe('kg extract --explain trace', () => {
  test('lists mentions with role and rule, fired rules, and unrelated sentences', () => {
    const text = explainArticle(ex);
    expect(text).toContain('mention  "Otto" Person role "Sen." [title-before-name]');
    expect(text).toContain('relation MET_WITH Ruth → Otto [met-verb 0.9] place="Oslo"');
    expect(text).toContain('-- 1 sentence(s) name two or more actors but produced no relation:\n  [s1] Ruth flew over Oslo.');
    expect(findUnrelatedSentences(ex)).toEqual([1]);
  });
  test('prints a sentence\'s dependency tree, one line per word, when it has one', () => {
    const text = explainArticle(ex);
    expect(text).toContain('[s0] Ruth met Sen. Otto.\n    tree     1 Ruth PROPN 2 nsubj\n    tree     2 met VERB 0 root\n');
    expect(text).toContain('    tree     4 Otto PROPN 2 obj\n');
    // a sentence without a tree prints none
    expect(text).toMatch(/\[s1\] Ruth flew over Oslo\.\n    mention/);
  });
  test('is deterministic', () => {
    expect(explainArticle(ex)).toBe(explainArticle(JSON.parse(JSON.stringify(ex)) as ArticleExtraction));
  });
});
