// CSV exporter for the bulk path: `neo4j-admin database import full` (server stopped, empty or
// overwritten database). Pure: graph → { file name → content }. Array values are joined with
// U+001F (never present in normalized text) because evidence sentences contain ';'.
import type { GraphDocument, GraphNode, GraphRelationship, PropertyValue } from './graph-document';

export const ARRAY_DELIMITER = '\u001f';

type Column = { name: string; header: string };
const col = (name: string, kind = ''): Column => ({ name, header: kind ? `${name}:${kind}` : name });

const ENTITY_COLUMNS = [col('name'), col('aliases', 'string[]'), col('roles', 'string[]'), col('mentions', 'int'), col('firstSeen'), col('lastSeen')];
const ARTICLE_COLUMNS = [col('source'), col('title'), col('date'), col('url'), col('outlet'), col('chars', 'int'), col('extractor'), col('extraction'), col('actors', 'string[]')];
const QUOTE_COLUMNS = [col('text'), col('article'), col('start', 'int'), col('end', 'int')];
const MENTION_COLUMNS = [col('count', 'int'), col('forms', 'string[]'), col('starts', 'int[]'), col('group')];
const EDGE_COLUMNS = [col('articles', 'string[]'), col('count', 'int'), col('confidence', 'float'), col('rule'), col('role'), col('date'), col('place'), col('group')];
const EVIDENCE_COLUMNS = [
  col('type'), col('article'), col('key'), col('subject'), col('object'), col('from'), col('to'), col('sentence'),
  col('start', 'int'), col('end', 'int'), col('rule'), col('confidence', 'float'), col('role'), col('date'), col('place'),
];
const tally = (name: string, kind: string): Column[] => [col(name, `${kind}[]`), col(`${name.replace(/s$/, '')}Counts`, 'int[]')];
const NAME_COLUMNS = [
  col('type'), col('name'), col('entity'), col('idKey'), col('mentions', 'int'), col('uses', 'int'),
  ...tally('names', 'string'), ...tally('forms', 'string'), ...tally('roles', 'string'), ...tally('dates', 'string'), ...tally('confidences', 'float'),
  col('orgKey'), col('surnameKey'), col('loneKey'), col('initialsKey'), col('acronymKey'), col('mergeLists', 'int[]'),
];

function cell(value: PropertyValue | undefined): string {
  if (value === undefined || (Array.isArray(value) && value.length === 0)) return '';
  const text = Array.isArray(value) ? value.map((v) => String(v).split(ARRAY_DELIMITER).join(' ')).join(ARRAY_DELIMITER) : String(value);
  return /[",\n\r]/.test(text) || text === '' ? `"${text.replace(/"/g, '""')}"` : text;
}

function nodeFile(nodes: GraphNode[], columns: Column[]): string {
  const header = ['id:ID', ':LABEL', ...columns.map((c) => c.header)].join(',');
  const rows = nodes.map((n) => [cell(n.id), cell(n.labels.join(';')), ...columns.map((c) => cell(n.properties[c.name]))].join(','));
  return [header, ...rows].join('\n') + '\n';
}

function relationshipFile(rels: GraphRelationship[], columns: Column[]): string {
  const header = [':START_ID', ':END_ID', ':TYPE', ...columns.map((c) => c.header)].join(',');
  const rows = rels.map((r) => [cell(r.start), cell(r.end), r.type, ...columns.map((c) => cell(r.properties[c.name]))].join(','));
  return [header, ...rows].join('\n') + '\n';
}

export const CSV_FILES = {
  entities: 'entities.csv',
  articles: 'articles.csv',
  quotes: 'quotes.csv',
  mentions: 'mentions.csv',
  relationships: 'relationships.csv',
  evidence: 'evidence.csv',
  names: 'names.csv',
} as const;

export function toCsvFiles(graph: GraphDocument): Record<string, string> {
  const has = (label: string) => (n: GraphNode) => n.labels.includes(label as GraphNode['labels'][number]);
  return {
    [CSV_FILES.entities]: nodeFile(graph.nodes.filter(has('Entity')), ENTITY_COLUMNS),
    [CSV_FILES.articles]: nodeFile(graph.nodes.filter(has('Article')), ARTICLE_COLUMNS),
    [CSV_FILES.quotes]: nodeFile(graph.nodes.filter(has('Quote')), QUOTE_COLUMNS),
    [CSV_FILES.mentions]: relationshipFile(graph.relationships.filter((r) => r.type === 'MENTIONS'), MENTION_COLUMNS),
    [CSV_FILES.relationships]: relationshipFile(graph.relationships.filter((r) => r.type !== 'MENTIONS'), EDGE_COLUMNS),
    [CSV_FILES.evidence]: nodeFile(graph.nodes.filter(has('Evidence')), EVIDENCE_COLUMNS),
    [CSV_FILES.names]: nodeFile(graph.nodes.filter(has('Name')), NAME_COLUMNS),
  };
}

/** The neo4j-admin arguments that import these files (database name first, as since 5.19). */
export function importArguments(dir: string, database = 'neo4j'): string[] {
  const file = (name: string): string => `${dir.replace(/\/$/, '')}/${name}`;
  return [
    'database', 'import', 'full', database,
    `--nodes=${file(CSV_FILES.entities)}`, `--nodes=${file(CSV_FILES.articles)}`, `--nodes=${file(CSV_FILES.quotes)}`,
    `--nodes=${file(CSV_FILES.evidence)}`, `--nodes=${file(CSV_FILES.names)}`,
    `--relationships=${file(CSV_FILES.mentions)}`, `--relationships=${file(CSV_FILES.relationships)}`,
    '--array-delimiter=U+001F', '--overwrite-destination=true',
  ];
}
