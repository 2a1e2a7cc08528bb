// A graph document back into its article records (pure): what kg load needs to merge a document
// into a database that holds other articles (names re-resolved there). Checks the labels and
// relationship types against the allow-lists and that the document carries the per-article
// records (documents written before the lifecycle model do not).
import { NewsgraphError } from '../errors';
import { RELATION_TYPES, type RelationType } from '../relations/relation';
import type { ArticleRecord, MentionRecord, QuoteRecord, StatedRelation } from './article-record';
import type { GraphDocument, GraphNode, Properties, PropertyValue } from './graph-document';
import { usesOf } from './node-properties';

const str = (v: PropertyValue | undefined): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: PropertyValue | undefined): number => (typeof v === 'number' ? v : Number(v ?? 0));
const strings = (v: PropertyValue | undefined): string[] => (Array.isArray(v) ? v.map(String) : []);
const HINT = 'Write the document with this version of newsgraph (`kg extract --format json`); documents of older versions lack the per-article records.';

function invalid(what: string): never {
  throw new NewsgraphError('GRAPH_INVALID', what, HINT);
}

function emptyRecord(node: GraphNode): ArticleRecord {
  const p = node.properties;
  if (!Array.isArray(p.actors)) invalid(`article ${node.id} has no actors list`);
  const record: ArticleRecord = {
    article: { id: node.id, source: str(p.source) ?? node.id, title: str(p.title), date: str(p.date), url: str(p.url), outlet: str(p.outlet), chars: num(p.chars) },
    uses: usesOf(p.actors),
    mentions: [],
    relations: [],
    quotes: [],
  };
  for (const key of ['title', 'date', 'url', 'outlet'] as const) if (record.article[key] === undefined) delete record.article[key];
  const [extractor, extraction] = [str(p.extractor), str(p.extraction)];
  if (extractor !== undefined && extraction !== undefined) record.stamp = { extractor, extraction };
  return record;
}

function stated(p: Properties): StatedRelation {
  const type = String(p.type);
  if (!(RELATION_TYPES as readonly string[]).includes(type)) invalid(`evidence of type "${type}" is not in the allow-list`);
  const r: StatedRelation = {
    type: type as RelationType, subject: String(p.subject), object: String(p.object), article: String(p.article),
    sentence: String(p.sentence), start: num(p.start), end: num(p.end), rule: String(p.rule), confidence: num(p.confidence),
  };
  for (const key of ['role', 'date', 'place'] as const) if (str(p[key]) !== undefined) r[key] = str(p[key]);
  return r;
}

export function splitGraph(graph: GraphDocument): ArticleRecord[] {
  const records = new Map<string, ArticleRecord>();
  const quotes = new Map<string, Properties>();
  const of = (id: string, what: string): ArticleRecord => records.get(id) ?? invalid(`${what} names article ${id}, which is not in the document`);
  for (const node of graph.nodes) if (node.labels.includes('Article')) records.set(node.id, emptyRecord(node));
  for (const node of graph.nodes) {
    if (node.labels.includes('Evidence')) of(String(node.properties.article), `evidence ${node.id}`).relations.push(stated(node.properties));
    else if (node.labels.includes('Quote')) quotes.set(node.id, node.properties);
  }
  for (const rel of graph.relationships) {
    const p = rel.properties;
    if (rel.type === 'MENTIONS') {
      if (str(p.group) === undefined) invalid(`MENTIONS ${rel.start} -> ${rel.end} has no name key (group)`);
      const m: MentionRecord = { group: String(p.group), count: num(p.count), forms: strings(p.forms), starts: Array.isArray(p.starts) ? p.starts.map(Number) : [] };
      of(rel.start, 'a MENTIONS edge').mentions.push(m);
    } else if (rel.type === 'SAID') {
      const q = quotes.get(rel.end) ?? invalid(`SAID ${rel.start} -> ${rel.end} ends at no quote of the document`);
      const quote: QuoteRecord = { speaker: String(p.group), text: String(q.text), start: num(q.start), end: num(q.end), rule: String(p.rule), confidence: num(p.confidence) };
      of(String(q.article), `quote ${rel.end}`).quotes.push(quote);
    }
  }
  return [...records.values()];
}
