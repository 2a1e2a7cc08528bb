// A person's grammatical gender for pronoun agreement: from first names (compromise's
// FemaleName/MaleName tags, read into MentionItem.gender) and from a gendered style or title
// written with any of the person's names ("Mr Pendry", "Ms Tetley", "Lord Varney", "Baroness X").
import type { Item } from '../items';

export type Gender = 'f' | 'm';

const MALE_STYLES = new Set(['mr', 'sir', 'lord', 'king', 'prince', 'duke', 'earl', 'baron', 'father', 'brother', 'sheikh', 'count']);
const FEMALE_STYLES = new Set(['ms', 'mrs', 'miss', 'madam', 'lady', 'dame', 'baroness', 'queen', 'princess', 'duchess', 'countess', 'sister']);

function styleGender(role: string | undefined): Gender | undefined {
  const words = (role ?? '').toLowerCase().replace(/\./g, '').split(/\s+/);
  if (words.some((w) => MALE_STYLES.has(w))) return 'm';
  if (words.some((w) => FEMALE_STYLES.has(w))) return 'f';
  return undefined;
}

/** Each person actor's gender from any of its mentions; an actor with both signals is left out. */
export function actorGenders(items: readonly Item[][], actorOf: Readonly<Record<string, string>>): Map<string, Gender> {
  const seen = new Map<string, Set<Gender>>();
  for (const it of items.flat()) {
    if (it.kind !== 'mention' || it.type !== 'Person') continue;
    const g = it.gender ?? styleGender(it.mention.role);
    if (!g) continue;
    const key = actorOf[it.mention.id] ?? it.mention.id;
    seen.set(key, (seen.get(key) ?? new Set<Gender>()).add(g));
  }
  return new Map([...seen].filter(([, gs]) => gs.size === 1).map(([k, gs]) => [k, [...gs][0]]));
}

const FEMALE_PRONOUNS = new Set(['she', 'her', 'hers', 'herself']);
const MALE_PRONOUNS = new Set(['he', 'him', 'his', 'himself']);

/** The gender a pronoun asks for, if any. */
export function pronounGender(word: string): Gender | undefined {
  return FEMALE_PRONOUNS.has(word) ? 'f' : MALE_PRONOUNS.has(word) ? 'm' : undefined;
}
