// Parts of organization names typed from the whole, within an article: a weakly typed word that
// opens or closes a surely typed organization name is that organization ("Domecq", "Allied" after
// "Allied Domecq"; "Baikal" after "Baikal Finance Group"), and a weakly typed longer name that opens
// with a surely typed one-word organization, or opens a longer one, is one too ("Pernod Ricard" after "Pernod shares";
// "Marrow Bay" after "Marrow Bay Holdings Corp.").
import { nameKey } from '../text/normalize-name';
import { particleSurnameKey, surnameKey } from './harmonize-types';
import { WORD_LISTS } from './word-lists';
import type { Mention } from './mention';

/** At or above this an organization's type is evidence for its parts. */
const WEAK = 0.6;
/** Below this a part's own type yields to the organization's (compromise's person tag on a surname is 0.7). */
const YIELDS = 0.75;

const isGazetteer = (m: Mention): boolean => m.rule.startsWith('gazetteer') || m.rule === 'city-after-preposition' || m.rule.startsWith('title-before-name');

export function typeOrganizationParts(mentions: readonly Mention[]): Mention[] {
  const ends = new Set<string>();
  const singles = new Set<string>();
  // "al-Masri" after "Karim al-Masri" is his surname, no organization whose parts it could type.
  const people = mentions.filter((m) => m.type === 'Person' && m.confidence >= 0.7);
  const surnames = new Set(people.map((m) => particleSurnameKey(m.text)));
  // "Pineda" with "Oscar Pineda" and "Pineda & Marsh Builders": a firm named with "&" after its partners leaves their surnames to them.
  const partnerSurnames = new Set(people.map((m) => surnameKey(m.text)));
  // "Aegean Line" after "Aegean Line Shipping": an organization's name without its closing organization words.
  const cores = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'Organization' || m.confidence < WEAK || m.linkOnly || surnames.has(nameKey(m.text))) continue;
    const words = nameKey(m.text).split(' ');
    if (words.length === 1) singles.add(words[0]);
    else {
      // ... and so does a weakly typed one ("Dorokhov Siberia" read as a firm, with "Ivan Dorokhov" in the article).
      const yieldsSurnames = m.text.includes('&') || m.confidence < YIELDS;
      for (const w of [words[0], words[words.length - 1]]) if (!(yieldsSurnames && partnerSurnames.has(w))) ends.add(w);
      let k = words.length;
      while (k > 2 && WORD_LISTS.orgHeads.has(words[k - 1])) k--;
      if (k < words.length) cores.add(words.slice(0, k).join(' '));
      // "Marrow Bay" after "Marrow Bay Holdings Corp.": the first words of a longer organization name.
      for (let j = 2; j < words.length; j++) cores.add(words.slice(0, j).join(' '));
    }
  }
  return mentions.map((m) => {
    if (m.type === 'Organization' || m.confidence >= YIELDS || m.linkOnly || isGazetteer(m)) return m;
    const words = nameKey(m.text).split(' ');
    const part = words.length === 1 && ends.has(words[0]);
    const extended = words.length > 1 && (singles.has(words[0]) || cores.has(words.join(' ')));
    return part || extended ? { ...m, type: 'Organization' as const, rule: part ? 'part-of-organization' : 'organization-extended', confidence: WEAK } : m;
  });
}
