// Mentions stage: actor mentions in each sentence, from capitalized chunks typed by data rules
// (type-rules.ts), the gazetteer, titles kept as roles and demonyms linked to their country.
// Heading sentences add no actor from capitalization alone: only gazetteer names and names the
// body of the article also uses. Types are then made consistent within the article.
import type { ParsedArticle, Sentence } from '../nlp/parsed-article';
import { cleanName, nameKey } from '../text/normalize-name';
import { analyzeChunk, type Candidate } from './analyze-chunk';
import { chunkNames } from './chunk-names';
import { harmonizeTypes, surnameKey } from './harmonize-types';
import { matchTypeRules } from './match-type-rules';
import type { Mention } from './mention';
import { makeTokenView, type TokenView } from './token-view';
import { WORD_LISTS } from './word-lists';

function toMention(parsed: ParsedArticle, sentence: Sentence, view: TokenView, c: Candidate): Mention | undefined {
  const { tokens } = view;
  const slice = (from: number, to: number): string => parsed.article.text.slice(tokens[from].start, tokens[to - 1].end);
  const text = cleanName(slice(c.start, c.end));
  if (!text || !/\p{L}/u.test(text)) return undefined;
  if (c.end - c.start === 1 && WORD_LISTS.neverNames.has(view.keys[c.start]) && !c.entry) return undefined;
  const base = { id: `${sentence.index}:${c.start}-${c.end}`, sentence: sentence.index, tokenStart: c.start, tokenEnd: c.end, start: tokens[c.start].start, text };
  if (c.demonymOf) return { ...base, end: base.start + text.length, type: 'Location', rule: 'demonym', confidence: 0.8, canonical: c.demonymOf, linkOnly: true };
  const decision = matchTypeRules({ view, start: c.start, end: c.end, roleStart: c.role?.roleStart, entry: c.entry });
  const mention: Mention = { ...base, end: base.start + text.length, type: decision.type, rule: c.inRole ? `${decision.rule}-in-role` : decision.rule, confidence: decision.confidence };
  if (c.entry && nameKey(c.entry.name) !== nameKey(text)) mention.canonical = c.entry.name;
  if (c.role) {
    const roleEnd = c.role.roleTextEnd;
    const abbreviationDot = tokens[roleEnd - 1].post.startsWith('.') ? '.' : '';
    mention.role = slice(c.role.roleStart, roleEnd) + abbreviationDot;
    mention.roleTokenStart = c.role.roleStart;
    if (c.role.inForm) mention.surface = cleanName(slice(c.role.roleStart, c.end));
  }
  return mention;
}

function sentenceMentions(parsed: ParsedArticle, sentence: Sentence): Mention[] {
  const view = makeTokenView(sentence.tokens);
  const mentions: Mention[] = [];
  for (const chunk of chunkNames(view)) {
    for (const candidate of analyzeChunk(view, chunk)) {
      const mention = toMention(parsed, sentence, view, candidate);
      if (mention) mentions.push(mention);
    }
  }
  return mentions;
}

export function findMentions(parsed: ParsedArticle): Mention[] {
  const body: Mention[] = [];
  const headings: Mention[] = [];
  for (const sentence of parsed.sentences) (sentence.heading ? headings : body).push(...sentenceMentions(parsed, sentence));
  const known = new Set(body.map((m) => nameKey(m.canonical ?? m.text)));
  for (const m of body) {
    const surname = m.type === 'Person' ? surnameKey(m.text) : undefined;
    if (surname) known.add(surname);
  }
  const kept = headings.filter((m) => m.linkOnly || m.rule.startsWith('gazetteer') || known.has(nameKey(m.text)));
  const all = [...body, ...kept].sort((a, b) => a.start - b.start || a.end - b.end);
  return harmonizeTypes(all);
}
