// Scores a graph against eval-JSONL gold, record by record (a record's Article node has the
// record id as its source). Entities: the set of (type, form) on the record's MENTIONS edges
// against the gold spans. Relations: an edge in the record's article predicts (type, start form,
// end form) for every pair of forms; it is right when one such triple is gold (each gold triple
// counts once), direction included.
import type { GraphDocument } from '../graph/graph-document';
import { evalKey } from '../text/normalize-name';
import type { CorpusGold } from './gold';
import { bump, prfTable, type Counts, type Prf } from './prf';

export interface CorpusReport {
  kind: 'corpus';
  records: number;
  missingArticles: number;
  entities: Record<string, Prf>;
  relations: Record<string, Prf>;
}

/** Gold label → newsgraph type (CoNLL04 and common NER labels). */
export const GOLD_TYPE_MAP: Readonly<Record<string, string>> = {
  Peop: 'Person', PER: 'Person', Person: 'Person', Org: 'Organization', ORG: 'Organization', Organization: 'Organization',
  Loc: 'Location', LOC: 'Location', Location: 'Location',
  Work_For: 'WORKS_FOR', Kill: 'KILLED', OrgBased_In: 'BASED_IN', Live_In: 'LIVES_IN', Located_In: 'LOCATED_IN',
};
const ENTITY_TYPES = new Set(['Person', 'Organization', 'Location']);
const SCORED_RELATIONS = new Set(Object.values(GOLD_TYPE_MAP).filter((t) => !ENTITY_TYPES.has(t)));

export function scoreCorpus(gold: CorpusGold, graph: GraphDocument): CorpusReport {
  const nodeType = new Map<string, string>();
  const articleOf = new Map<string, string>();
  for (const n of graph.nodes) {
    const t = n.labels.find((l) => ENTITY_TYPES.has(l));
    if (t) nodeType.set(n.id, t);
    if (n.labels.includes('Article')) articleOf.set(String(n.properties.source), n.id);
  }
  const forms = new Map<string, Set<string>>();
  const formsByArticle = new Map<string, Array<[string, Set<string>]>>();
  for (const r of graph.relationships) {
    if (r.type !== 'MENTIONS' || !nodeType.has(r.end)) continue;
    const key = `${r.start}\u0000${r.end}`;
    let set = forms.get(key);
    if (!set) {
      set = new Set();
      forms.set(key, set);
      formsByArticle.set(r.start, [...(formsByArticle.get(r.start) ?? []), [r.end, set]]);
    }
    for (const f of (r.properties.forms as string[] | undefined) ?? []) set.add(evalKey(f));
  }
  const relsIn = new Map<string, typeof graph.relationships>();
  for (const r of graph.relationships) {
    if (!SCORED_RELATIONS.has(r.type)) continue;
    for (const a of (r.properties.articles as string[] | undefined) ?? []) relsIn.set(a, [...(relsIn.get(a) ?? []), r]);
  }
  const ent: Record<string, Counts> = {};
  const rel: Record<string, Counts> = {};
  let missingArticles = 0;
  for (const rec of gold.records) {
    const art = articleOf.get(rec.id);
    if (!art) missingArticles++;
    const goldEnts = new Set(rec.entities.filter((e) => ENTITY_TYPES.has(GOLD_TYPE_MAP[e.type])).map((e) => `${GOLD_TYPE_MAP[e.type]}|${evalKey(e.text)}`));
    const predEnts = new Set<string>();
    for (const [node, set] of (art && formsByArticle.get(art)) || []) for (const f of set) if (f) predEnts.add(`${nodeType.get(node)}|${f}`);
    for (const e of predEnts) bump(ent, e.split('|')[0], goldEnts.has(e) ? 'tp' : 'fp');
    for (const e of goldEnts) if (!predEnts.has(e)) bump(ent, e.split('|')[0], 'fn');
    const goldRels = new Set(rec.relations.filter((r) => SCORED_RELATIONS.has(GOLD_TYPE_MAP[r.type])).map((r) => `${GOLD_TYPE_MAP[r.type]}|${evalKey(r.headText)}|${evalKey(r.tailText)}`));
    const hit = new Set<string>();
    for (const r of (art && relsIn.get(art)) || []) {
      let match: string | undefined;
      for (const h of forms.get(`${art}\u0000${r.start}`) ?? []) for (const t of forms.get(`${art}\u0000${r.end}`) ?? []) if (goldRels.has(`${r.type}|${h}|${t}`)) match = `${r.type}|${h}|${t}`;
      if (match && !hit.has(match)) {
        hit.add(match);
        bump(rel, r.type, 'tp');
      } else if (!match) bump(rel, r.type, 'fp');
    }
    for (const g of goldRels) if (!hit.has(g)) bump(rel, g.split('|')[0], 'fn');
  }
  return { kind: 'corpus', records: gold.records.length, missingArticles, entities: prfTable(ent), relations: prfTable(rel) };
}
