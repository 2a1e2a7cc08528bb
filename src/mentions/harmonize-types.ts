// One type per name within an article: every mention of a name takes the type of its most
// confident mention, and a lone surname of a person named in full elsewhere in the article
// ("Karro" after "Arvid Tolsen Karro") is that person, unless a strong gazetteer entry
// (country, state, known organization) says otherwise, or the word is a weakly typed part of an
// organization's name in the article (organization-parts.ts: "Carrow" after "Carrow Freight").
import { nameKey } from '../text/normalize-name';
import type { ActorType, Mention } from './mention';
import { WORD_LISTS } from './word-lists';

const STRONG_RULES = new Set(['gazetteer-place', 'gazetteer-organization', 'city-after-preposition']);
/** A person mention this sure (a title, a known first name) makes its surname win over a one-word place name. */
const SURE_PERSON = 0.85;

/** Key words of a person's name without suffixes ("Jr.", "III"). */
const personWords = (name: string): string[] => nameKey(name).split(' ').filter((w) => !WORD_LISTS.nameSuffixes.has(w));

/** Last word of a person's name, skipping suffixes ("Martin Luther King Jr." → "king"). */
export function surnameKey(name: string): string | undefined {
  const words = personWords(name);
  return words.length >= 2 ? words[words.length - 1] : undefined;
}

/** The surname with the particles before it ("Hadi al-Zubaidi" → "al zubaidi"), when it has any. */
export function particleSurnameKey(name: string): string | undefined {
  const words = personWords(name);
  let from = words.length - 1;
  while (from > 1 && WORD_LISTS.personParticles.has(words[from - 1])) from--;
  return from < words.length - 1 ? words.slice(from).join(' ') : undefined;
}

/** One word, or one word after name particles ("al zubaidi", "van rijn"): the shape of a lone surname. */
const isSurnameShape = (key: string): boolean => key.split(' ').filter((w) => !WORD_LISTS.personParticles.has(w)).length === 1;

export function harmonizeTypes(mentions: readonly Mention[]): Mention[] {
  const surnames = new Set<string>();
  // Surnames of people named with a title or a known first name: these outweigh a country or region of the
  // same spelling ("Police Chief Ana Jordan" ... "accused Jordan of").
  const sureSurnames = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'Person' || m.confidence < 0.6) continue;
    for (const surname of [surnameKey(m.text), particleSurnameKey(m.text)]) if (surname) surnames.add(surname);
    const surname = surnameKey(m.text);
    if (surname && m.confidence >= SURE_PERSON) sureSurnames.add(surname);
  }
  // "the Houthis" after "the Houthi movement": a plural of a one-word organization names the group.
  const groups = new Set(mentions.filter((m) => m.type === 'Organization' && m.confidence >= 0.6 && !m.linkOnly && !nameKey(m.text).includes(' ')).map((m) => nameKey(m.text)));
  const best = new Map<string, { type: ActorType; confidence: number }>();
  const typed = mentions.map((m) => {
    const key = nameKey(m.text);
    // A weak word that opens or closes a company's name stays the company ("Carrow" with "Carrow Freight" and "Dale Carrow").
    if (!m.linkOnly && !STRONG_RULES.has(m.rule) && m.rule !== 'part-of-organization' && m.type !== 'Person' && isSurnameShape(key) && surnames.has(key)) {
      return { ...m, type: 'Person' as const, rule: 'surname-of-person', confidence: 0.8 };
    }
    if (m.type === 'Person' && !m.linkOnly && m.confidence < 0.75 && /^\p{L}+s$/u.test(key) && groups.has(key.slice(0, -1))) {
      return { ...m, type: 'Organization' as const, rule: 'group-plural', confidence: 0.75 };
    }
    if (m.rule === 'gazetteer-place' && m.tokenEnd - m.tokenStart === 1 && sureSurnames.has(key)) {
      return { ...m, type: 'Person' as const, rule: 'surname-of-person', confidence: 0.96, canonical: undefined };
    }
    return m;
  });
  for (const m of typed) {
    if (m.linkOnly) continue;
    const key = nameKey(m.text);
    const old = best.get(key);
    if (!old || m.confidence > old.confidence) best.set(key, { type: m.type, confidence: m.confidence });
  }
  return typed.map((m) => {
    const winner = m.linkOnly ? undefined : best.get(nameKey(m.text));
    return winner && winner.type !== m.type ? { ...m, type: winner.type } : m;
  });
}
