// Mentions stage: actor mentions in each sentence, from capitalized chunks typed by data rules
// (type-rules.ts), the gazetteer, titles kept as roles and demonyms linked to their country.
// Heading sentences add no actor from capitalization alone: only gazetteer names and names the
// body of the article also uses. Types are then made consistent within the article.
import { lexiconTags } from '../nlp/compromise-instance';
import type { ParsedArticle, Sentence } from '../nlp/parsed-article';
import { cleanName, compactKey, nameKey } from '../text/normalize-name';
import { analyzeChunk, type Candidate } from './analyze-chunk';
import { chunkNames } from './chunk-names';
import { coordinateTypes } from './coordinate-types';
import { lookupDemonym } from './gazetteer';
import { harmonizeTypes, surnameKey } from './harmonize-types';
import { headingCandidates } from './heading-candidates';
import { splitHyphenedSurnames } from './hyphen-pairs';
import { joinCommaNames, qualifyTowns } from './join-comma-names';
import { extendKnownNames } from './known-names';
import { linkAliases } from './alias-links';
import { typeOrganizationParts } from './organization-parts';
import { matchTypeRules } from './match-type-rules';
import { TYPE_RULES } from './type-rules';
import type { Mention } from './mention';
import { COMMON_NOUN_ENDING, continuesBrokenName, isAdjectiveBeforeNoun, isAnchored, isPartyMember, isNotActorName, isNeverAlone, isQuotedTitle, looksLikeSubjectName } from './mention-filters';
import { makeTokenView, type TokenView } from './token-view';
import { NAME_PREFIX } from './token-marks';
import { WORD_LISTS } from './word-lists';

/** The type rules that may name an actor with a word that is never a name alone. */
const NON_NAME_RULES = TYPE_RULES.filter((rule) => rule.keepsNonName);

/** A context rule this sure confirms an unknown sentence-initial word as a name. */
const STRONG_CONTEXT = 0.7;

function toMention(parsed: ParsedArticle, sentence: Sentence, view: TokenView, c: Candidate): Mention | undefined {
  const { tokens } = view;
  const slice = (from: number, to: number): string => parsed.article.text.slice(tokens[from].start, tokens[to - 1].end);
  // "ex-White House": the name starts after a lower-case prefix hyphened to its first word.
  const prefix = c.part ? 0 : (NAME_PREFIX.exec(tokens[c.start].text)?.[0].length ?? 0);
  const from = c.part?.start ?? tokens[c.start].start + prefix;
  const tail = c.part ? undefined : view.joinedTail[c.end - 1];
  const written = slice(c.start, c.end).slice(prefix, tail ? -tail.length - 1 : undefined);
  const text = cleanName(c.part ? parsed.article.text.slice(c.part.start, c.part.end) : written);
  if (!text || !/\p{L}/u.test(text)) return undefined;
  const id = `${sentence.index}:${c.start}-${c.end}${c.part ? `.${c.part.index}` : ''}`;
  const base = { id, sentence: sentence.index, tokenStart: c.start, tokenEnd: c.end, start: from, text };
  if (c.demonymOf) return { ...base, end: base.start + text.length, type: 'Location', rule: 'demonym', confidence: 0.8, canonical: c.demonymOf, linkOnly: true };
  const span = { view, start: c.start, end: c.end, roleStart: c.role?.roleStart, entry: c.entry };
  // A word never a name alone ("Conservative") is kept only by a rule that names an actor with it ("the Conservative leader").
  if (c.end - c.start === 1 && !c.entry && isNeverAlone(tokens[c.start].text, view.keys[c.start])) {
    const kept = matchTypeRules(span, NON_NAME_RULES);
    return kept.keepsNonName ? { ...base, end: base.start + text.length, type: kept.type, rule: kept.rule, confidence: kept.confidence } : undefined;
  }
  if ((c.end - c.start === 1 && !c.entry && !c.role && isAdjectiveBeforeNoun(view, c.start)) || (c.entry && isPartyMember(view, c.start, c.end))) return undefined;
  // "First Amendment", "Chapter 11", "Academy Awards": laws and events are not actors, nor runs of non-names ("Christian Arab").
  if (!c.entry && !c.role && isNotActorName(view, c.start, c.end)) return undefined;
  const decision = matchTypeRules(span);
  if (decision.rule === 'single-word' && (view.has(c.start, 'Plural') || COMMON_NOUN_ENDING.test(view.keys[c.start]))) return undefined;
  if (!c.entry && !c.role && isQuotedTitle(view, c.start, c.end)) return undefined;
  // An unknown sentence-initial word is tentative unless a strong context rule types it ("Ostrova chief executive X").
  const tentative = c.tentative && decision.confidence < STRONG_CONTEXT;
  const rule = tentative ? 'tentative' : c.inRole ? `${decision.rule}-in-role` : decision.rule;
  const confidence = tentative ? (looksLikeSubjectName(view, c.start) ? 0.4 : 0.3) : decision.confidence;
  const mention: Mention = { ...base, end: base.start + text.length, type: decision.type, rule, confidence };
  // "the Tanjong Pagar district": the place is named without the lower-case unit word, kept as a further surface form.
  const last = tokens[c.end - 1];
  if (!c.part && c.end - c.start >= 2 && decision.type === 'Location' && WORD_LISTS.lowerPlaceSuffixes.has(view.keys[c.end - 1]) && /^\p{Ll}+$/u.test(last.text)) {
    // The unit word stays outside the mention's tokens too, for the relation patterns ("the A district of B").
    mention.qualifiedForm = mention.text;
    mention.text = cleanName(slice(c.start, c.end - 1));
    mention.tokenEnd = c.end - 1;
    mention.end = mention.start + mention.text.length;
  }
  if (c.entry && nameKey(c.entry.name) !== nameKey(text)) mention.canonical = c.entry.name;
  if (c.role) {
    const roleEnd = c.role.roleTextEnd;
    // A nationality before the title is its own (demonym) mention, not part of the role: "Iranian Gen." → "Gen.".
    let roleStart = c.role.roleStart;
    while (roleStart < roleEnd - 1 && lookupDemonym(view.keys[roleStart])) roleStart++;
    const abbreviationDot = tokens[roleEnd - 1].post.startsWith('.') ? '.' : '';
    mention.role = slice(roleStart, roleEnd) + abbreviationDot;
    mention.roleTokenStart = roleStart;
    if (c.role.inForm) mention.surface = cleanName(slice(c.role.roleStart, c.end));
  }
  return mention;
}

/** Keys of the words the article writes in lower case. */
function lowerCaseWords(parsed: ParsedArticle): Set<string> {
  const words = new Set<string>();
  for (const sentence of parsed.sentences) for (const t of sentence.tokens) if (/^\p{Ll}+$/u.test(t.text)) words.add(t.text);
  return words;
}

const NAME_LEXICON_TAGS = new Set(['FirstName', 'LastName', 'MaleName', 'FemaleName', 'Person', 'Place', 'Country', 'City', 'Region', 'Organization']);

/** "Jurors", "Delegates": a plural-looking word the lexicon does not know as a name. */
function isPluralNoun(view: TokenView, i: number): boolean {
  const key = view.keys[i];
  if (!/[^su]s$/.test(key) || !/^\p{Lu}\p{Ll}+$/u.test(view.tokens[i].text)) return false;
  return !(lexiconTags(key) ?? []).some((tag) => NAME_LEXICON_TAGS.has(tag));
}

/** `nameWords`: words of the article's longer names ("Tsipras" of "Nikos Tsipras" is no plural noun). */
function isCommonWord(view: TokenView | undefined, i: number, lowerWords: ReadonlySet<string>, nameWords: ReadonlySet<string>): boolean {
  if (!view) return false;
  const key = view.keys[i];
  return lowerWords.has(key) || WORD_LISTS.personNouns.has(key) || WORD_LISTS.orgNouns.has(key) || (isPluralNoun(view, i) && !nameWords.has(key));
}

/** A headline written in title case inside the text ("Rural Laborers Move to Cities"): treated like a heading. */
function isTitleCaseLine(view: TokenView): boolean {
  const words = view.tokens.filter((t, i) => /^\p{L}+$/u.test(t.text) && !WORD_LISTS.functionWords.has(view.keys[i]) && !/^\p{Lu}+$/u.test(t.text));
  const titled = words.filter((t) => /^\p{Lu}\p{Ll}/u.test(t.text)).length;
  const last = view.tokens[view.tokens.length - 1];
  return words.length >= 3 && titled === words.length && !/[.!?]/.test(last?.post ?? '');
}

/** Mentions of one sentence; with `known`, the sentence is a heading (see heading-candidates.ts). */
function sentenceMentions(parsed: ParsedArticle, sentence: Sentence, view: TokenView, known?: ReadonlySet<string>): Mention[] {
  const mentions: Mention[] = [];
  for (const chunk of chunkNames(view)) {
    for (const candidate of known ? headingCandidates(view, chunk, known) : analyzeChunk(view, chunk)) {
      const mention = toMention(parsed, sentence, view, candidate);
      if (mention) mentions.push(mention);
    }
  }
  return qualifyTowns(parsed, view, coordinateTypes(view, joinCommaNames(parsed, view, mentions)));
}

export function findMentions(parsed: ParsedArticle): Mention[] {
  let body: Mention[] = [];
  const headingLines: Array<{ sentence: Sentence; view: TokenView }> = [];
  const views = new Map<number, TokenView>();
  for (const sentence of parsed.sentences) {
    const view = makeTokenView(sentence.tokens);
    views.set(sentence.index, view);
    if (sentence.heading || isTitleCaseLine(view)) headingLines.push({ sentence, view });
    else body.push(...sentenceMentions(parsed, sentence, view));
  }
  body = linkAliases(parsed, extendKnownNames(parsed, views, body));
  // A sentence-initial word the article also writes in lower case, or a role noun ("Fellow", "Profit"), is a common word.
  let lowerWords: Set<string> | undefined;
  const nameWords = new Set(body.filter((m) => m.tokenEnd - m.tokenStart > 1).flatMap((m) => nameKey(m.text).split(' ')));
  // ... and a city name only capitalized because it opens a sentence or a headline ("Mobile networks ...").
  const commonStart = (m: Mention): boolean =>
    m.tokenEnd - m.tokenStart === 1 &&
    (m.confidence < 0.5 || m.rule === 'gazetteer-city') &&
    (views.get(m.sentence)?.initial[m.tokenStart] === true || m.heading === true) &&
    isCommonWord(views.get(m.sentence), m.tokenStart, (lowerWords ??= lowerCaseWords(parsed)), nameWords);
  body = body.filter((m) => !commonStart(m) && !continuesBrokenName(parsed, m));
  const unconfirmed = (m: Mention): boolean => !m.sameAs && ((m.rule === 'tentative' && m.confidence < 0.4) || m.rule === 'single-word');
  const known = new Set(body.filter((m) => m.rule !== 'tentative' && !unconfirmed(m)).flatMap((m) => [compactKey(m.text), compactKey(m.canonical ?? m.text)]));
  for (const m of body) {
    const surname = m.type === 'Person' ? surnameKey(m.text) : undefined;
    if (surname) known.add(surname);
  }
  // "Coast Guard Cooperation" over a story on the Philippine and the China Coast Guard: a heading name that ends two
  // different names of the body is their common noun, not a third actor.
  const bodyKeys = [...new Set(body.filter((m) => !m.linkOnly).map((m) => nameKey(m.text)))];
  const sharedTail = (m: Mention): boolean => bodyKeys.filter((k) => k.endsWith(` ${nameKey(m.text)}`)).length >= 2 && !bodyKeys.includes(nameKey(m.text));
  const headings = headingLines.flatMap(({ sentence, view }) => sentenceMentions(parsed, sentence, view, known).map((m) => ({ ...m, heading: true }))).filter((m) => !commonStart(m) && !sharedTail(m));
  const confirmed = (m: Mention): boolean => known.has(compactKey(m.text));
  const all = [...body.filter((m) => !unconfirmed(m) || confirmed(m)), ...headings].sort((a, b) => a.start - b.start || a.end - b.end);
  return splitHyphenedSurnames(harmonizeTypes(typeOrganizationParts(all.filter((m) => isAnchored(m, all)))));
}
