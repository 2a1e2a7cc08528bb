// Gold annotations that `kg eval` reads: the seed format (one JSON document: entities with
// aliases, relations with subject/type/object, optional and junk names) and eval JSONL (one
// record a line: text, entity spans, relations between them, e.g. CoNLL04).
import fs from 'node:fs';
import { NewsgraphError } from '../errors';

export interface SeedEntity {
  name: string;
  type: string;
  aliases: string[];
}
export interface SeedRelation {
  subject: string;
  type: string;
  object: string;
  in?: string;
  level?: string;
}
export interface SeedGold {
  kind: 'seed';
  articles: Record<string, string>;
  entities: SeedEntity[];
  optional: string[];
  notEntities: string[];
  relations: SeedRelation[];
  acceptable: SeedRelation[];
}
export interface CorpusRecord {
  id: string;
  entities: Array<{ type: string; text: string }>;
  relations: Array<{ type: string; headText: string; tailText: string }>;
}
export interface CorpusGold {
  kind: 'corpus';
  records: CorpusRecord[];
}
export type Gold = SeedGold | CorpusGold;

type Json = Record<string, unknown>;
const list = (v: unknown): Json[] => (Array.isArray(v) ? (v as Json[]) : []);
const str = (v: unknown): string => (typeof v === 'string' ? v : String(v ?? ''));

function seedRelation(r: Json): SeedRelation {
  const rel: SeedRelation = { subject: str(r.subject), type: str(r.type), object: str(r.object) };
  if (r.in !== undefined) rel.in = str(r.in);
  if (r.level !== undefined) rel.level = str(r.level);
  return rel;
}

function parseSeed(doc: Json): SeedGold {
  return {
    kind: 'seed',
    articles: (doc.articles ?? {}) as Record<string, string>,
    entities: list(doc.entities).map((e) => ({ name: str(e.name), type: str(e.type), aliases: (Array.isArray(e.aliases) ? e.aliases : []).map(str) })),
    optional: (Array.isArray(doc.optional) ? doc.optional : []).map(str),
    notEntities: (Array.isArray(doc.not_entities) ? doc.not_entities : []).map(str),
    relations: list(doc.relations).map(seedRelation),
    acceptable: list(doc.acceptable_relations).map(seedRelation),
  };
}

function parseRecord(rec: Json): CorpusRecord {
  const entities = list(rec.entities).map((e) => ({ type: str(e.type), text: str(e.text) }));
  const relations = list(rec.relations).map((r) => ({
    type: str(r.type),
    headText: str(r.head_text ?? entities[Number(r.head)]?.text),
    tailText: str(r.tail_text ?? entities[Number(r.tail)]?.text),
  }));
  return { id: str(rec.id), entities, relations };
}

export function readGold(file: string): Gold {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new NewsgraphError('INPUT_UNREADABLE', `cannot read gold file ${file}`, 'Check the --gold path.', e);
  }
  try {
    const trimmed = text.trim();
    if (trimmed.startsWith('{') && !trimmed.includes('\n{')) {
      const doc = JSON.parse(trimmed) as Json;
      if (Array.isArray(doc.entities) && !('text' in doc)) return parseSeed(doc);
      return { kind: 'corpus', records: [parseRecord(doc)] };
    }
    return { kind: 'corpus', records: trimmed.split('\n').filter((l) => l.trim()).map((l) => parseRecord(JSON.parse(l) as Json)) };
  } catch (e) {
    throw new NewsgraphError('GOLD_INVALID', `${file} is neither a seed gold document nor eval JSONL`, 'See `kg eval --help` for the two formats.', e);
  }
}
