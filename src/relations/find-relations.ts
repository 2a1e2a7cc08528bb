// Relations stage: typed relations and attributed quotations of one article, from the rule rows
// (./rules) matched over each sentence's items. Every relation keeps its rule id, evidence
// sentence, offsets of the matched words and a confidence; role, place and date when stated.
import type { Mention } from '../mentions/mention';
import type { ParsedArticle } from '../nlp/parsed-article';
import type { ResolvedMentions } from '../resolve/resolve-actors';
import { findNameEchoes, leaderOf, makeActorLookup, type ActorLookup } from './actor-lookup';
import { applyRules, type RuleHit } from './apply-rules';
import { compiledRules } from './compile-rules';
import { extendChains } from './extend-chains';
import { findWhere } from './find-where';
import { inferNameBases } from './infer-name-base';
import { inferOfficeResidence } from './infer-office-residence';
import { inferOfficeCountries, type PersonTitle } from './infer-office-country';
import { OFFICE_WORDS } from './lexicon/office-countries';
import { findTreeTitles } from './tree/tree-titles';
import { fitsSignature } from './relation-signature';
import type { Quote, Relation, RelationType } from './relation';
import { resolveDate } from './resolve-date';
import type { Item } from './items';
import { BLOCKERS } from './lexicon/cue-words';
import { makeArticleReferences } from './references/article-references';
import { buildArticleItems, makeMatchContext } from './sentence-context';
import { findClauseSubjects } from './tree/clause-subjects';
import { compiledTreeRules } from './tree/compile-tree-rules';
import { matchTreeRules } from './tree/match-tree-rules';
import type { SentenceTree } from './tree/sentence-tree';
import { makeTreeView } from './tree/tree-view';

export interface FoundRelations {
  relations: Relation[];
  quotes: Quote[];
}

const ROLE_TYPES = new Set<RelationType>(['WORKS_FOR', 'APPOINTED']);
/** Acts that an organization named after its leader does for that person. */
const LEADER_ACTS = new Set<RelationType>(['KILLED', 'APPOINTED', 'MET_WITH', 'CRITICIZED', 'SUPPORTS']);

/** The subject actor and its type, with "the X administration" read as X for acts. */
function subjectOf(type: RelationType, m: Mention, actorOf: Readonly<Record<string, string>>, lookup: ActorLookup): { key?: string; type: Mention['type']; leader: boolean } {
  const leader = LEADER_ACTS.has(type) ? leaderOf(m, lookup) : undefined;
  return leader ? { key: leader.key, type: leader.type, leader: true } : { key: actorOf[m.id], type: m.type, leader: false };
}

/** Keeps one relation per type and actor pair in a sentence: the most confident, details merged. */
function mergeInto(list: Relation[], rel: Relation): void {
  const same = list.find((r) => r.type === rel.type && r.sentence === rel.sentence && r.subject === rel.subject && r.object === rel.object);
  if (!same) {
    list.push(rel);
    return;
  }
  const [best, other] = rel.confidence > same.confidence ? [rel, same] : [same, rel];
  Object.assign(same, best, { role: best.role ?? other.role, place: best.place ?? other.place, date: best.date ?? other.date });
  for (const k of ['role', 'place', 'date'] as const) if (same[k] === undefined) delete same[k];
  if (!best.path) delete same.path;
}

const BLOCKED = new Set(BLOCKERS);
const LOOK_BACK = 3;

/** A stated relation is not in a denied or hypothetical clause ("denied that he shot X", "if X met Y"). */
function deniedContext(items: readonly Item[], from: number): boolean {
  for (let i = from - 1; i >= 0 && i >= from - LOOK_BACK; i--) {
    const item = items[i];
    if (item.kind !== 'word') return false;
    if (BLOCKED.has(item.normal) || item.normal.endsWith("n't")) return true;
  }
  return false;
}

/**
 * `trees` (by sentence index, from the syntax stage) adds the tree rules (./tree) to the surface
 * rules; a sentence without a tree is read by the surface rules alone.
 */
export function findRelations(parsed: ParsedArticle, mentions: readonly Mention[], resolved: ResolvedMentions, trees?: ReadonlyArray<SentenceTree | undefined>): FoundRelations {
  const lookup = makeActorLookup(resolved.actors);
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  const echoes = parsed.sentences.flatMap((s) => findNameEchoes(s, bySentence.get(s.index) ?? [], lookup));
  const actorOf: Record<string, string> = { ...resolved.actorOf };
  for (const e of echoes) actorOf[e.mention.id] = e.actor;
  const all = buildArticleItems(parsed, [...mentions, ...echoes.map((e) => e.mention)]);
  const sentenceTrees = trees;
  const refs = makeArticleReferences(all, actorOf, parsed.sentences.map((s) => (sentenceTrees?.[s.index] ? findClauseSubjects(sentenceTrees[s.index], bySentence.get(s.index) ?? []) : undefined)));
  const rules = compiledRules();
  const relations: Relation[] = [];
  const quotes = new Map<number, Quote>();
  const treeTitles: PersonTitle[] = [];
  for (const sentence of parsed.sentences) {
    const ctx = makeMatchContext(all, sentence.index, parsed.article.text, refs);
    const tree = sentenceTrees?.[sentence.index];
    const view = tree ? makeTreeView(tree, ctx, sentence.tokens.map((t) => t.start), bySentence.get(sentence.index)) : undefined;
    const treeHits = view ? matchTreeRules(view, compiledTreeRules()) : [];
    if (view) treeTitles.push(...findTreeTitles(view, sentence.index, OFFICE_WORDS));
    const hits = extendChains(ctx, [...applyRules(ctx, rules), ...treeHits]);
    for (const hit of hits) {
      const start = ctx.items[hit.match.from].start;
      const end = ctx.items[hit.match.to - 1].end;
      if (hit.type === 'SAID') {
        addQuote(quotes, hit, actorOf, sentence.index);
        continue;
      }
      if (!hit.ownClause && deniedContext(ctx.items, hit.match.from)) continue;
      const where = hit.type === 'MET_WITH' ? findWhere(ctx, hit.match.to) : {};
      for (const s of hit.subjects) {
        for (const o of hit.objects) {
          const subj = subjectOf(hit.type, s, actorOf, lookup);
          const subject = subj.key;
          const object = actorOf[o.id];
          if (!subject || !object || subject === object || !fitsSignature(hit.type, subj.type, o.type)) continue;
          const rule = subj.leader ? `${hit.ruleId}+leader` : hit.ruleId;
          const rel: Relation = { type: hit.type, subject, object, rule, confidence: hit.confidence, sentence: sentence.index, evidence: sentence.text, start, end };
          if (hit.path) rel.path = hit.path;
          if (hit.role && ROLE_TYPES.has(hit.type)) rel.role = hit.role;
          if (where.place) rel.place = where.place;
          if (where.date) rel.date = resolveDate(where.date, parsed.article.date);
          mergeInto(relations, rel);
        }
      }
    }
  }
  const evidence = (s: number): string => parsed.sentences[s]?.text ?? '';
  relations.push(...inferOfficeCountries(all.items, [...mentions, ...echoes.map((e) => e.mention)], actorOf, relations, evidence, treeTitles));
  const kept = dropWorksWhereAdvises(dropLivesWhereWorks(relations));
  const nameBases = inferNameBases(resolved.actors, mentions, kept, evidence);
  return { relations: [...kept, ...inferOfficeResidence(kept, resolved.actors), ...nameBases], quotes: [...quotes.values()].sort((a, b) => a.start - b.start) };
}

/**
 * A person who works for a place by the same sentence's title ("Ohio Gov. X") is not said to live
 * there by the surface rules that read any title before or after a place; only a local office does
 * (infer-office-residence.ts), as an inference.
 */
function dropLivesWhereWorks(relations: readonly Relation[]): Relation[] {
  const works = new Set(relations.filter((r) => r.type === 'WORKS_FOR').map((r) => `${r.sentence}|${r.subject}|${r.object}`));
  return relations.filter((r) => r.type !== 'LIVES_IN' || !works.has(`${r.sentence}|${r.subject}|${r.object}`));
}

const OUTSIDE_ADVICE = new Set(['adviser-to', 'advises-verb', 'appos-adviser', 'tree-adviser-to']);
const OWNER_ROLE = /\b(?:co-)?owners?\b|\bproprietor\b/i;

/**
 * An outside adviser or consultant ("a consultant for Y") advises Y, a critic ("a persistent critic
 * of Y") criticizes Y, and an owner ("Y's owner, X") owns Y: the same title read as a post
 * (WORKS_FOR) is dropped.
 */
function dropWorksWhereAdvises(relations: readonly Relation[]): Relation[] {
  const key = (r: Relation): string => `${r.sentence}|${r.subject}|${r.object}`;
  // an in-house title ("Deloitte's chief economic adviser X") is a post; "an adviser to / a consultant for Y" is not
  const advises = new Set(relations.filter((r) => (r.type === 'ADVISES' && OUTSIDE_ADVICE.has(r.rule)) || r.type === 'CRITICIZED').map(key));
  const owns = new Set(relations.filter((r) => r.type === 'OWNS').map(key));
  return relations.filter((r) => r.type !== 'WORKS_FOR' || !(advises.has(key(r)) || (owns.has(key(r)) && OWNER_ROLE.test(r.role ?? ''))));
}

function addQuote(quotes: Map<number, Quote>, hit: RuleHit, actorOf: Readonly<Record<string, string>>, sentence: number): void {
  const speaker = actorOf[hit.subjects[0].id];
  if (!speaker || !hit.quote) return;
  const seen = quotes.get(hit.quote.start);
  if (seen && seen.confidence >= hit.confidence) return;
  const { text, start, end } = hit.quote;
  quotes.set(start, { speaker, text, sentence, start, end, rule: hit.ruleId, confidence: hit.confidence });
}
