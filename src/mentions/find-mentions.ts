// Mentions stage: actor mentions in each sentence. (First pass: runs of compromise's
// Person/Organization/Place tags; the rule-based stage replaces it.)
import type { ParsedArticle, Token } from '../nlp/parsed-article';
import { cleanName } from '../text/normalize-name';
import type { ActorType, Mention } from './mention';

const TAG_TYPES: ReadonlyArray<[string, ActorType]> = [
  ['Person', 'Person'],
  ['Organization', 'Organization'],
  ['Place', 'Location'],
];

const typeOf = (token: Token): ActorType | undefined => TAG_TYPES.find(([tag]) => token.tags.includes(tag))?.[1];

export function findMentions(parsed: ParsedArticle): Mention[] {
  const mentions: Mention[] = [];
  for (const sentence of parsed.sentences) {
    const { tokens } = sentence;
    let i = 0;
    while (i < tokens.length) {
      const type = typeOf(tokens[i]);
      if (!type) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < tokens.length && typeOf(tokens[j]) === type && !/[,;:.!?]/.test(tokens[j - 1].post)) j++;
      const start = tokens[i].start;
      const end = tokens[j - 1].end;
      const text = cleanName(parsed.article.text.slice(start, end));
      if (text) {
        mentions.push({ id: `${sentence.index}:${i}-${j}`, sentence: sentence.index, tokenStart: i, tokenEnd: j, start, end: start + text.length, text, type, rule: 'compromise-tag', confidence: 0.5 });
      }
      i = j;
    }
  }
  return mentions;
}
