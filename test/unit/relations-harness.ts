// Test harness for the relation rules: a sentence written with its mentions marked inline,
// "[Elena Whitfield|P] met [Iran|L]'s envoy", so the rules are tested apart from the mentions stage.
// Marks: P Person, O Organization, L Location, D a demonym standing for its country ("[German|D]",
// a link-only Location mention as the mentions stage makes); "|P:Sen." adds a written title.
import { makeArticle } from '../../src/ingest/make-article';
import type { ActorType, Mention } from '../../src/mentions/mention';
import { parseArticle } from '../../src/nlp/parse-article';
import { findRelations } from '../../src/relations/find-relations';
import { countryOfDemonym } from '../../src/relations/lexicon/countries';
import { resolveActors } from '../../src/resolve/resolve-actors';
import { treeOf } from './tree-harness';

const TYPES: Record<string, ActorType> = { P: 'Person', O: 'Organization', L: 'Location', D: 'Location' };

export interface Found {
  /** "TYPE subject -> object" lines, sorted. */
  relations: string[];
  rules: string[];
  details: Array<{ line: string; role?: string; place?: string; date?: string; rule: string; confidence: number; path?: string }>;
  quotes: string[];
}

/** `trees`: one hand-written tree per sentence (tree-harness.ts), for the tree rules. */
export function extractMarked(marked: string, date?: string, trees?: readonly string[]): Found {
  const spans: Array<{ start: number; end: number; type: ActorType; role?: string; demonym?: boolean }> = [];
  let text = '';
  let last = 0;
  for (const m of marked.matchAll(/\[([^\]|]+)\|([POLD])(?::([^\]]+))?\]/g)) {
    text += marked.slice(last, m.index);
    const role = m[3];
    const start = text.length + (role ? role.length + 1 : 0);
    text += role ? `${role} ${m[1]}` : m[1];
    spans.push({ start, end: start + m[1].length, type: TYPES[m[2]], role: role ? role : undefined, demonym: m[2] === 'D' });
    last = (m.index ?? 0) + m[0].length;
  }
  text += marked.slice(last);
  const article = makeArticle({ source: 'test', text, recordId: 'test', date });
  const parsed = parseArticle(article);
  const mentions: Mention[] = [];
  for (const span of spans) {
    for (const s of parsed.sentences) {
      const ts = s.tokens.findIndex((t) => t.end > span.start);
      if (ts < 0 || s.tokens[ts].start >= span.end) continue;
      let te = ts;
      while (te < s.tokens.length && s.tokens[te].start < span.end) te++;
      const mention: Mention = { id: `${s.index}:${ts}-${te}`, sentence: s.index, tokenStart: ts, tokenEnd: te, start: span.start, end: span.end, text: text.slice(span.start, span.end), type: span.type, rule: 'test', confidence: 1 };
      if (span.demonym) {
        mention.canonical = countryOfDemonym(mention.text);
        mention.linkOnly = true;
      }
      if (span.role) {
        mention.role = span.role;
        mention.roleTokenStart = s.tokens.findIndex((t) => t.end > span.start - span.role!.length - 1);
      }
      mentions.push(mention);
      break;
    }
  }
  const resolved = resolveActors(mentions);
  const { relations, quotes } = findRelations(parsed, mentions, resolved, trees?.map((spec, i) => treeOf(parsed.sentences[i], spec)));
  const name = (key: string): string => resolved.actors.find((a) => a.key === key)?.name ?? key;
  const details = relations.map((r) => ({ line: `${r.type} ${name(r.subject)} -> ${name(r.object)}`, role: r.role, place: r.place, date: r.date, rule: r.rule, confidence: r.confidence, path: r.path }));
  return {
    relations: [...new Set(details.map((d) => d.line))].sort(),
    rules: [...new Set(relations.map((r) => r.rule))].sort(),
    details,
    quotes: quotes.map((q) => `${name(q.speaker)}: ${q.text}`),
  };
}

/** [marked sentence, expected "TYPE A -> B" line, rule id ('' or absent: not checked), role ('' or absent: not checked)] */
export type FireRow = readonly [sentence: string, expected: string, rule?: string, role?: string];

/** One test per row: the relation is found, with its rule and role when the row names them. */
export function testFires(rows: readonly FireRow[]): void {
  // every row padded to four cells: jest reads a callback with more parameters than cells as async (done)
  test.each(rows.map(([sentence, expected, rule = '', role = '']) => [sentence, expected, rule, role]))('fires: %s → %s', (sentence, expected, rule, role) => {
    const found = extractMarked(sentence);
    expect(found.relations).toContain(expected);
    const detail = found.details.find((d) => d.line === expected);
    if (rule) expect(detail?.rule).toBe(rule);
    if (role) expect(detail?.role).toBe(role);
  });
}

/** One test per row: [marked sentence, relation line that must not be found]. */
export function testSilent(rows: ReadonlyArray<readonly [string, string, ...string[]]>): void {
  test.each(rows.map(([sentence, unexpected]) => [sentence, unexpected]))('does not fire: %s ↛ %s', (sentence, unexpected) => {
    expect(extractMarked(sentence).relations).not.toContain(unexpected);
  });
}

/** [what the row shows, marked sentence, hand-written tree (tree-harness.ts), relation line, whether it must be found]. */
export type TreeRow = readonly [what: string, sentence: string, tree: string, expected: string, present: boolean];

/** One test per row: the tree rules on a hand-written tree find (or must not find) the relation. */
export function testTreeRows(rows: readonly TreeRow[]): void {
  test.each(rows)('%s', (_what, sentence, tree, expected, present) => {
    const { relations } = extractMarked(sentence, undefined, [tree]);
    if (present) expect(relations).toContain(expected);
    else expect(relations).not.toContain(expected);
  });
}
