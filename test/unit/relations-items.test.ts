import { makeArticle } from '../../src/ingest/make-article';
import type { Mention } from '../../src/mentions/mention';
import { parseArticle } from '../../src/nlp/parse-article';
import { buildItems, type Item } from '../../src/relations/items';
import { findRelations } from '../../src/relations/find-relations';
import { findQuoteSpans } from '../../src/relations/quote-spans';
import { resolveActors } from '../../src/resolve/resolve-actors';

const show = (items: readonly Item[]): string =>
  items.map((i) => (i.kind === 'word' ? i.text : i.kind === 'punct' ? `<${i.char}>` : i.kind === 'quote' ? '<Q>' : `[${i.mention.text}${i.inTitle ? '^' : ''}]`)).join(' ');

function setup(text: string, spans: Array<[string, Mention['type'], string?]>) {
  const parsed = parseArticle(makeArticle({ source: 't', text, recordId: 't' }));
  const s = parsed.sentences[0];
  const mentions: Mention[] = spans.map(([name, type, role]) => {
    const start = text.indexOf(name);
    const ts = s.tokens.findIndex((t) => t.start === start);
    const te = s.tokens.findIndex((t) => t.end === start + name.length) + 1;
    const m: Mention = { id: `0:${ts}-${te}`, sentence: 0, tokenStart: ts, tokenEnd: te, start, end: start + name.length, text: name, type, rule: 't', confidence: 1 };
    if (role) {
      m.role = role;
      m.roleTokenStart = s.tokens.findIndex((t) => t.start === text.indexOf(role));
    }
    return m;
  });
  return { parsed, mentions };
}

describe('sentence items', () => {
  test('a place opening a written title is its own item before the titled person', () => {
    const text = 'Ohio Gov. Ann Lee signed it.';
    const { parsed, mentions } = setup(text, [['Ohio', 'Location'], ['Ann Lee', 'Person', 'Ohio Gov.']]);
    expect(show(buildItems(parsed.sentences[0], mentions))).toBe('[Ohio^] [Ann Lee] signed it <.>');
    const found = findRelations(parsed, mentions, resolveActors(mentions));
    // a state official works for the state, and lives there by an inference
    expect(found.relations.map((r) => `${r.type} ${r.rule}`)).toEqual(['WORKS_FOR place-office-titled-mention', 'LIVES_IN place-office-titled-mention+residence']);
  });
  test('punctuation, abbreviation dots and quotations', () => {
    const text = 'Sen. Bo Park, of Salem, said: "We won." Then he left.';
    const { parsed, mentions } = setup(text, [['Bo Park', 'Person'], ['Salem', 'Location']]);
    expect(show(buildItems(parsed.sentences[0], mentions, findQuoteSpans(parsed)))).toBe('Sen [Bo Park] <,> of [Salem] <,> said <:> <Q>'); // the sentence ends after the quote's closing ."
  });
});
