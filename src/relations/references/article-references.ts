// One reference resolver per article: what a pronoun or definite description at an item refers
// to, for the surface rules' `~` slots and the tree rules alike. Persons: person-antecedent.ts;
// organizations and countries: org-antecedent.ts; "both": the last two people named before.
import type { Mention } from '../../mentions/mention';
import type { ArticleItems } from '../sentence-context';
import { makeOrgResolver } from './org-antecedent';
import { makePersonResolver } from './person-antecedent';

export interface ArticleReferences {
  person(sentence: number, itemIndex: number, exclude: readonly Mention[], title?: string): Mention | undefined;
  organization(sentence: number, itemIndex: number, exclude: readonly Mention[], noun?: string): Mention | undefined;
  /** The two people "both" refers to at the start of a sentence: the last two named in the sentence before. */
  pair(sentence: number): readonly Mention[] | undefined;
}

export function makeArticleReferences(all: ArticleItems, actorOf: Readonly<Record<string, string>>): ArticleReferences {
  const key = (m: Mention): string => actorOf[m.id] ?? m.id;
  const person = makePersonResolver(all, actorOf);
  const organization = makeOrgResolver(all, actorOf);
  const excluding = (exclude: readonly Mention[]): ReadonlySet<string> => new Set(exclude.map(key));
  return {
    person: (sentence, itemIndex, exclude, title) => person(sentence, itemIndex, excluding(exclude), title),
    organization: (sentence, itemIndex, exclude, noun) => organization(sentence, itemIndex, excluding(exclude), noun),
    pair(sentence) {
      if (sentence === 0) return undefined;
      const seen = new Map<string, Mention>();
      for (const it of all.items[sentence - 1]) {
        if (it.kind !== 'mention' || it.type !== 'Person') continue;
        seen.delete(key(it.mention));
        seen.set(key(it.mention), it.mention);
      }
      const last = [...seen.values()];
      return last.length >= 2 ? last.slice(-2) : undefined;
    },
  };
}
