// Rows for entity–entity relationships: the provenance scheme of cypher/load/relationship.cypher.
// Evidence records are parallel lists; a record's identity is "<articleId>:<start>-<end>".
import neo4j from 'neo4j-driver';
import { NewsgraphError } from '../errors';
import type { Properties, PropertyValue } from '../graph/graph-document';
import { toRowProperties, type Row } from './row-values';

export interface Evidence {
  key: string;
  text: string;
  article: string;
  start: number;
  end: number;
  rule: string;
}

export interface RelationRow {
  start: string;
  end: string;
  articles: string[];
  evidence: Evidence[];
  confidence: number | null;
  count: number | null;
  rule: string | null;
  role: string | null;
  date: string | null;
  place: string | null;
  extra: Properties;
}

export const RELATION_KEYS = ['articles', 'evidence', 'evidenceArticles', 'evidenceStarts', 'evidenceEnds', 'evidenceRules', 'evidenceKeys', 'count', 'confidence', 'rule', 'role', 'date', 'place'];

const list = (v: PropertyValue | undefined): (string | number | boolean)[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
const optString = (v: PropertyValue | undefined): string | null => (typeof v === 'string' && v !== '' ? v : null);
const optNumber = (v: PropertyValue | undefined): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

export function evidenceKey(article: string, start: number, end: number): string {
  return `${article}:${start}-${end}`;
}

function readEvidence(p: Properties, where: string): Evidence[] {
  const texts = list(p.evidence).map(String);
  const articles = list(p.evidenceArticles).map(String);
  const starts = list(p.evidenceStarts).map(Number);
  const ends = list(p.evidenceEnds).map(Number);
  const rules = list(p.evidenceRules).map(String);
  const keys = list(p.evidenceKeys).map(String);
  const fallbackArticle = list(p.articles).map(String)[0] ?? '';
  const fallbackRule = optString(p.rule) ?? '';
  for (const [name, xs] of [['evidenceArticles', articles], ['evidenceStarts', starts], ['evidenceEnds', ends], ['evidenceRules', rules], ['evidenceKeys', keys]] as const) {
    if (xs.length !== 0 && xs.length !== texts.length) {
      throw new NewsgraphError('GRAPH_INVALID', `relationship ${where}: ${name} has ${xs.length} entries but evidence has ${texts.length}`,
        'The evidence* lists are parallel; this is a bug in the extraction.');
    }
  }
  const out: Evidence[] = [];
  const seen = new Set<string>();
  texts.forEach((text, i) => {
    const article = articles[i] ?? fallbackArticle;
    const start = Number.isFinite(starts[i]) ? starts[i] : -1;
    const end = Number.isFinite(ends[i]) ? ends[i] : -1;
    const key = keys[i] ?? (start >= 0 ? evidenceKey(article, start, end) : `${article}:${text}`);
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ key, text, article, start, end, rule: rules[i] ?? fallbackRule });
  });
  return out;
}

export function buildRelationRow(start: string, end: string, p: Properties, where: string): RelationRow {
  const evidence = readEvidence(p, where);
  return {
    start,
    end,
    articles: [...new Set([...list(p.articles).map(String), ...evidence.map((e) => e.article).filter((a) => a !== '')])],
    evidence,
    confidence: optNumber(p.confidence),
    count: optNumber(p.count),
    rule: optString(p.rule),
    role: optString(p.role),
    date: optString(p.date),
    place: optString(p.place),
    extra: Object.fromEntries(Object.entries(p).filter(([k]) => !RELATION_KEYS.includes(k))),
  };
}

/** Two rows for the same edge in one document: union of evidence and articles, max confidence, first scalars. */
export function mergeRelationRows(a: RelationRow, b: RelationRow): RelationRow {
  const keys = new Set(a.evidence.map((e) => e.key));
  const max = a.confidence === null ? b.confidence : b.confidence === null ? a.confidence : Math.max(a.confidence, b.confidence);
  return {
    ...a,
    articles: [...new Set([...a.articles, ...b.articles])],
    evidence: [...a.evidence, ...b.evidence.filter((e) => !keys.has(e.key))],
    confidence: max,
    count: a.count === null && b.count === null ? null : (a.count ?? 0) + (b.count ?? 0),
    rule: a.rule ?? b.rule,
    role: a.role ?? b.role,
    date: a.date ?? b.date,
    place: a.place ?? b.place,
    extra: { ...b.extra, ...a.extra },
  };
}

/** The $rows entry of cypher/load/relationship.cypher. */
export function relationRowParams(r: RelationRow): Row {
  return {
    start: r.start,
    end: r.end,
    articles: r.articles,
    evidence: r.evidence.map((e) => e.text),
    evidenceArticles: r.evidence.map((e) => e.article),
    evidenceStarts: r.evidence.map((e) => neo4j.int(Math.trunc(e.start))),
    evidenceEnds: r.evidence.map((e) => neo4j.int(Math.trunc(e.end))),
    evidenceRules: r.evidence.map((e) => e.rule),
    evidenceKeys: r.evidence.map((e) => e.key),
    confidence: r.confidence,
    count: r.count === null ? null : neo4j.int(Math.trunc(r.count)),
    rule: r.rule,
    role: r.role,
    date: r.date,
    place: r.place,
    extra: toRowProperties(r.extra),
  };
}
