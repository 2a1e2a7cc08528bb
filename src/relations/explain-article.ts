// The `kg extract --explain` trace of one article: per sentence, the mentions found (text, type,
// role, rule), the relation rules that fired and the quotations attributed; then the sentences
// that name two or more actors but produced no relation — the list to read for what the rules
// miss. A pure function of the per-article result: nothing is re-run.
import type { Mention } from '../mentions/mention';
import type { ArticleExtraction, SentenceSpan } from '../pipeline/extract-article';
import type { Quote, Relation } from './relation';

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

function describeMention(m: Mention): string {
  const parts = [`"${m.text}"`, m.type];
  if (m.canonical && m.canonical !== m.text) parts.push(`→ ${m.canonical}`);
  if (m.role) parts.push(`role "${m.role}"`);
  parts.push(`[${m.rule}]`);
  return parts.join(' ');
}

function describeRelation(r: Relation, name: (key: string) => string): string {
  const extras = (['role', 'place', 'date'] as const).filter((k) => r[k] !== undefined).map((k) => `${k}="${r[k]}"`);
  const path = r.path ? ` path: ${r.path}` : '';
  return `${r.type} ${name(r.subject)} → ${name(r.object)} [${r.rule} ${r.confidence}]${extras.length ? ' ' + extras.join(' ') : ''}${path}`;
}

function describeQuote(q: Quote, name: (key: string) => string): string {
  const text = oneLine(q.text);
  return `SAID ${name(q.speaker)}: "${text.length > 70 ? text.slice(0, 67) + '...' : text}" [${q.rule} ${q.confidence}]`;
}

/** Sentences that name at least two different actors and produced no relation or quote. */
export function findUnrelatedSentences(ex: ArticleExtraction): number[] {
  const actors = new Map<number, Set<string>>();
  for (const m of ex.mentions) {
    const set = actors.get(m.sentence) ?? new Set<string>();
    set.add(ex.actorOf[m.id] ?? m.id);
    actors.set(m.sentence, set);
  }
  const related = new Set([...ex.relations.map((r) => r.sentence), ...ex.quotes.map((q) => q.sentence)]);
  return [...actors.entries()].filter(([s, set]) => set.size >= 2 && !related.has(s)).map(([s]) => s).sort((a, b) => a - b);
}

export function explainArticle(ex: ArticleExtraction): string {
  const names = new Map(ex.actors.map((a) => [a.key, a.name]));
  const name = (key: string): string => names.get(key) ?? key;
  const sentences: SentenceSpan[] = ex.sentences ?? [];
  const text = new Map(sentences.map((s) => [s.index, s.text]));
  const indexes = [...new Set([...ex.mentions.map((m) => m.sentence), ...ex.relations.map((r) => r.sentence), ...ex.quotes.map((q) => q.sentence)])].sort((a, b) => a - b);
  const lines = [`== ${ex.article.source} (${ex.article.id})`];
  for (const i of indexes) {
    const heading = sentences.find((s) => s.index === i)?.heading ? ' (heading)' : '';
    lines.push(`[s${i}]${heading} ${oneLine(text.get(i) ?? '')}`);
    for (const m of ex.mentions.filter((x) => x.sentence === i)) lines.push(`    mention  ${describeMention(m)}`);
    for (const r of ex.relations.filter((x) => x.sentence === i)) lines.push(`    relation ${describeRelation(r, name)}`);
    for (const q of ex.quotes.filter((x) => x.sentence === i)) lines.push(`    quote    ${describeQuote(q, name)}`);
  }
  const unrelated = findUnrelatedSentences(ex);
  lines.push(`-- ${unrelated.length} sentence(s) name two or more actors but produced no relation:`);
  for (const i of unrelated) lines.push(`  [s${i}] ${oneLine(text.get(i) ?? '')}`);
  return lines.join('\n') + '\n';
}
