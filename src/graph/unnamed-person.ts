// "Whitfield and Iranian Envoy Held Talks": a demonym followed by a role noun names an unnamed person
// (the envoy), not the country. A relation whose only support for a participant is such a
// phrase in its evidence sentence does not make the country a participant: no "Iran MET_WITH
// Whitfield" edge, no shortest path through Iran. The demonym still counts as a mention of the country.
import type { Mention } from '../mentions/mention';
import { WORD_LISTS } from '../mentions/word-lists';
import type { ArticleExtraction } from '../pipeline/extract-article';
import type { Relation } from '../relations/relation';
import { appendTo } from '../text/append-to';

/** The words right after each place the mention's text stands in the evidence sentence ("envoy" after "Iranian"). */
function wordsAfter(rel: Relation, m: Mention): string[] {
  const words: string[] = [];
  for (let at = rel.evidence.indexOf(m.text); at >= 0; at = rel.evidence.indexOf(m.text, at + 1)) {
    words.push(/^[ ]+(\p{L}+)/u.exec(rel.evidence.slice(at + m.text.length, at + m.text.length + 60))?.[1].toLowerCase() ?? '');
  }
  return words;
}

const isDemonymOfRole = (rel: Relation, m: Mention): boolean => {
  const after = m.rule === 'demonym' ? wordsAfter(rel, m) : [];
  return after.length > 0 && after.every((w) => WORD_LISTS.personNouns.has(w));
};

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

/**
 * True when every mention of `actorKey` in the relation's sentence is a demonym before a role noun.
 * Not for WORKS_FOR: there the title is the named person's ("French President Emmanuel Macron"
 * works for France), and the country is rightly the employer.
 */
export function standsForUnnamedPerson(ex: ArticleExtraction, rel: Relation, actorKey: string): boolean {
  if (rel.type === 'WORKS_FOR') return false;
  const here = mentionsIn(ex, rel.sentence, actorKey);
  return here.length > 0 && here.every((m) => isDemonymOfRole(rel, m));
}
