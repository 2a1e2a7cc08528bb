import { normalizeText } from '../../src/ingest/normalize-text';
import { findHeadings, looksLikeHeadline } from '../../src/ingest/find-headings';
import { makeArticleId } from '../../src/ingest/article-id';
import { toIsoDate } from '../../src/ingest/make-article';

describe('normalizeText', () => {
  test.each([
    ['curly quotes', '\u201cHello,\u201d she said. It\u2019s fine.', '"Hello," she said. It\'s fine.'],
    ['em dash gets spaces', 'Paris\u2014the capital', 'Paris - the capital'],
    ['en dash becomes hyphen', 'US\u2013Iran talks', 'US-Iran talks'],
    ['CRLF and blank-line runs', 'One.\r\n\r\n\r\n\r\nTwo.', 'One.\n\nTwo.'],
    ['non-breaking and double spaces', 'New\u00a0York  City', 'New York City'],
    ['zero-width characters dropped', 'Ira\u200bn', 'Iran'],
    ['ellipsis', 'Wait\u2026', 'Wait...'],
    ['trailing spaces on lines', 'A line.  \nNext.', 'A line.\nNext.'],
    // UTF-8 read as Latin-1 or Windows-1252 upstream ("mojibake") is repaired before quotes are normalized.
    ['mojibake pound sign', 'He gave the party \u00c2\u00a350,000.', 'He gave the party \u00a350,000.'],
    ['mojibake apostrophe', 'It\u00e2\u20ac\u2122s fine', "It's fine"],
    ['mojibake accent', 'Caf\u00c3\u00a9 Nord', 'Caf\u00e9 Nord'],
    ['a real capital with a mark stays', '\u00c2 and \u00c3 alone', '\u00c2 and \u00c3 alone'],
  ])('%s', (_name, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});

describe('looksLikeHeadline', () => {
  test.each([
    ['Talks Resume in Geneva After Long Pause', true],
    ['A Quiet Week at the Ministry', true],
    ['The minister arrived in Geneva on Monday.', false],
    ['Officials said talks would resume', false],
    ['"We will not back down," she said', false],
    ['', false],
  ])('%j → %s', (line, expected) => {
    expect(looksLikeHeadline(line)).toBe(expected);
  });
});

describe('findHeadings', () => {
  test('first headline line is the title; stand-alone title-case lines are headings', () => {
    const text = 'Ministers Meet in Oslo\n\nThe two ministers met on Friday.\n\nA Long Road Ahead\n\nTalks will continue.';
    const { title, headings } = findHeadings(text);
    expect(title).toBe('Ministers Meet in Oslo');
    expect(headings.map((h) => text.slice(h.start, h.end))).toEqual(['Ministers Meet in Oslo', 'A Long Road Ahead']);
  });

  test('a first line that is a sentence is not a title', () => {
    expect(findHeadings('The ministers met in Oslo on Friday.\nThey talked.').title).toBeUndefined();
  });
});

describe('makeArticleId', () => {
  test('same text gives the same id; a record id makes it distinct', () => {
    expect(makeArticleId('Some text.')).toBe(makeArticleId('Some text.'));
    expect(makeArticleId('Some text.')).toMatch(/^article-[0-9a-f]{16}$/);
    expect(makeArticleId('Some text.', 'r1')).not.toBe(makeArticleId('Some text.', 'r2'));
  });
});

describe('toIsoDate', () => {
  test.each([
    ['2024-11-15', '2024-11-15'],
    ['2024-11-15T10:00:00Z', '2024-11-15'],
    ['15 November 2024', '2024-11-15'],
    ['not a date', undefined],
    [undefined, undefined],
  ])('%j → %j', (input, expected) => {
    expect(toIsoDate(input)).toBe(expected);
  });
});

describe('findHeadings: a sentence-case headline', () => {
  test.each([
    ['Halden takeover talk lifts shares\n\nShares in Halden rose on Monday.', 'Halden takeover talk lifts shares'],
    ['Shares in Halden rose on Monday.\n\nThey fell later.', undefined],
    // A wire story's headline ends in a full stop; the dateline after it says it is one.
    ['Halden shares rise on bid talk - paper.\n\nOSLO 1997-03-02\nShares in Halden rose on Monday.', 'Halden shares rise on bid talk - paper.'],
    ['Halden shares rise on bid talk.\n\nTor Lund\nOSLO 1997-03-02\nShares in Halden rose.', 'Halden shares rise on bid talk.'],
    ['Halden shares rise\nShares in Halden rose on Monday.', undefined],
  ])('%j', (text, title) => {
    expect(findHeadings(text).title).toBe(title);
  });
});
