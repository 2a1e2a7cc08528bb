// Two defensive helpers over the article's actors, for what the mentions stage may leave out:
// a capitalized word that is exactly a name already found for a person ("Trump's campaign
// director" after "Donald Trump") or, as a possessive, for an organization ("Kessel's finance chief"), or a demonym before "-backed"/"-owned"/"-based"/"-led" whose
// country is an actor ("Iranian-backed"), is read as a mention of that actor; and an organization named
// after its leader ("the Trump administration") acts for that person when the person is named
// in the article.
import type { Mention } from '../mentions/mention';
import type { Sentence } from '../nlp/parsed-article';
import type { LocalActor } from '../resolve/actor';
import { compactKey } from '../text/normalize-name';
import { countryOfDemonym } from './lexicon/countries';
import { PUBLIC_ANAPHOR_NOUNS, PUBLIC_BODY_HEADS } from './lexicon/cue-words';
import { ROLE_HEADS } from './lexicon/role-words';

const ROLE_HEAD_SET = new Set(ROLE_HEADS);
/** Last words of an institution's name that may stand alone for it before a title ("Commission spokesperson"); not trade words ("Steel analyst", "TV producer"). */
const INSTITUTION_HEADS = new Set([...PUBLIC_BODY_HEADS, ...PUBLIC_ANAPHOR_NOUNS, 'commission', 'council', 'ministry', 'bank', 'university', 'foundation', 'party', 'federation', 'museum']);

/** Participles after a hyphenated demonym that state a relation ("Iranian-backed"). */
const HYPHEN_CUES = new Set(['backed', 'owned', 'based', 'led', 'funded', 'sponsored', 'controlled', 'run', 'supported', 'armed']);

/** The country actor a hyphenated demonym stands for ("Iranian" in "Iranian-backed"), if any. */
function demonymEcho(tokens: Sentence['tokens'], i: number, lookup: ActorLookup): LocalActor | undefined {
  const next = tokens[i + 1];
  if (!next || !/^-\s*$/.test(tokens[i].post) || !HYPHEN_CUES.has(next.normal)) return undefined;
  const country = countryOfDemonym(tokens[i].text);
  const actor = country ? lookup.byName(country) : undefined;
  return actor?.type === 'Location' ? actor : undefined;
}

const LEADER_UNITS = /^(?:the\s+)?(.+?)\s+(?:administration|government|campaign|cabinet|transition team|team|white house|regime)$/i;

export interface ActorLookup {
  /** Actor key of an unambiguous name, if any. */
  byName(name: string): LocalActor | undefined;
  /** The one organization whose name of two or more words ends with this word ("Commission"), if any. */
  byLastWord(word: string): LocalActor | undefined;
}

export function makeActorLookup(actors: readonly LocalActor[]): ActorLookup {
  const byKey = new Map<string, LocalActor | null>();
  for (const actor of actors) {
    for (const form of new Set([actor.name, ...actor.forms])) {
      const key = compactKey(form);
      if (!key) continue;
      const seen = byKey.get(key);
      byKey.set(key, seen === undefined || seen === actor ? actor : null);
    }
  }
  const byLast = new Map<string, LocalActor | null>();
  for (const actor of actors) {
    const words = actor.name.split(/\s+/);
    if (actor.type !== 'Organization' || words.length < 2) continue;
    const key = compactKey(words[words.length - 1]);
    const seen = byLast.get(key);
    byLast.set(key, seen === undefined || seen === actor ? actor : null);
  }
  return { byName: (name) => byKey.get(compactKey(name)) ?? undefined, byLastWord: (word) => byLast.get(compactKey(word)) ?? undefined };
}

/** Mentions for capitalized words not covered by a mention that exactly name a known actor. */
export function findNameEchoes(sentence: Sentence, mentions: readonly Mention[], lookup: ActorLookup): Array<{ mention: Mention; actor: string }> {
  const covered = new Set<number>();
  for (const m of mentions) for (let t = Math.min(m.roleTokenStart ?? m.tokenStart, m.tokenStart); t < m.tokenEnd; t++) covered.add(t);
  const out: Array<{ mention: Mention; actor: string }> = [];
  sentence.tokens.forEach((token, i) => {
    if (covered.has(i) || !/^\p{Lu}/u.test(token.text)) return;
    const demonymOf = demonymEcho(sentence.tokens, i, lookup);
    if (demonymOf) {
      const mention: Mention = {
        id: `${sentence.index}:${i}-${i + 1}~echo`, sentence: sentence.index, tokenStart: i, tokenEnd: i + 1, start: token.start, end: token.end,
        text: token.text, type: 'Location', canonical: demonymOf.name, linkOnly: true, rule: 'relations-demonym-echo', confidence: 0.6,
      };
      out.push({ mention, actor: demonymOf.key });
      return;
    }
    // compromise tags some surnames as adjectives ("Zelensky" opening a sentence); a demonym never echoes a person
    const nounish = token.tags.some((t) => t === 'ProperNoun' || t === 'Noun');
    if (!nounish && !(token.tags.includes('Adjective') && !countryOfDemonym(token.text))) return;
    const text = token.text.replace(/['\u2019]s$/, '').replace(/s['\u2019]$/, 's');
    // "Commission spokesperson X" after "the European Commission": the last word of one organization's name before a title
    const beforeTitle = text === token.text && ROLE_HEAD_SET.has(sentence.tokens[i + 1]?.normal ?? '') && !countryOfDemonym(text);
    const actor = lookup.byName(text) ?? (beforeTitle && INSTITUTION_HEADS.has(token.normal) ? lookup.byLastWord(text) : undefined);
    // a person's name anywhere; an organization's only as a possessive ("Kessel's finance chief"),
    // where a capitalized word is hardly a product or a place
    const possessive = text !== token.text;
    if (!actor || (actor.type !== 'Person' && !(actor.type === 'Organization' && (possessive || beforeTitle)))) return;
    const mention: Mention = {
      id: `${sentence.index}:${i}-${i + 1}~echo`, sentence: sentence.index, tokenStart: i, tokenEnd: i + 1,
      start: token.start, end: token.start + text.length, text, type: actor.type, rule: 'relations-name-echo', confidence: 0.6,
    };
    out.push({ mention, actor: actor.key });
  });
  return out;
}

/** The person an organization named after them acts for ("the Trump administration" → Trump). */
export function leaderOf(mention: Mention, lookup: ActorLookup): LocalActor | undefined {
  if (mention.type !== 'Organization') return undefined;
  const m = LEADER_UNITS.exec(mention.text);
  const person = m ? lookup.byName(m[1]) : undefined;
  return person?.type === 'Person' ? person : undefined;
}
