// "Musk and Iranian Envoy Held Talks": a demonym followed by a role noun names an unnamed person
// (the envoy), not the country. A relation whose only support for a participant is such a
// phrase in its evidence sentence does not make the country a participant: no "Iran MET_WITH
// Musk" edge, no shortest path through Iran. The demonym still counts as a mention of the country.
import type { Mention } from '../mentions/mention';
import { WORD_LISTS } from '../mentions/word-lists';
import type { ArticleExtraction } from '../pipeline/extract-article';
import type { Relation } from '../relations/relation';
import { appendTo } from '../text/append-to';

/** The word right after a mention, read from the evidence sentence ("envoy" after "Iranian"). */
function wordAfter(rel: Relation, m: Mention): string | undefined {
  const at = m.end - rel.start;
  if (at < 0 || at > rel.evidence.length) return undefined;
  return /^[ ]+(\p{L}+)/u.exec(rel.evidence.slice(at, at + 60))?.[1].toLowerCase();
}

const isDemonymOfRole = (rel: Relation, m: Mention): boolean => m.rule === 'demonym' && WORD_LISTS.personNouns.has(wordAfter(rel, m) ?? '');

/** Per article: "sentence|actor key" → that actor's mentions in that sentence, built once. */
const BY_SENTENCE = new WeakMap<ArticleExtraction, Map<string, Mention[]>>();
function mentionsIn(ex: ArticleExtraction, sentence: number, actorKey: string): Mention[] {
  let index = BY_SENTENCE.get(ex);
  if (!index) {
    index = new Map();
    for (const m of ex.mentions) appendTo(index, `${m.sentence}|${ex.actorOf[m.id]}`, m);
    BY_SENTENCE.set(ex, index);
  }
  return index.get(`${sentence}|${actorKey}`) ?? [];
}

/** True when every mention of `actorKey` in the relation's sentence is a demonym before a role noun. */
export function standsForUnnamedPerson(ex: ArticleExtraction, rel: Relation, actorKey: string): boolean {
  const here = mentionsIn(ex, rel.sentence, actorKey);
  return here.length > 0 && here.every((m) => isDemonymOfRole(rel, m));
}
