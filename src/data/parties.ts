// Political parties named by a word that news uses for the party itself, as a noun ("Labour", "the
// Tories", "the Liberal Democrats") or a modifier ("Tory leader", "a Conservative MP", "Democrat Tom
// Reyes"). Each row gives the party's usual full name and the forms that stand for it, nicknames
// included ("Tory", "Lib Dem", "GOP"). No maintained data package lists parties with their member
// nouns and nicknames (checked: the one npm package of UK party names is ESM-only and lists today's
// parties without these forms), so this is a small table of facts. Ideology adjectives that are
// names only before a party noun ("the Socialist leader") stay in org-words.ts (PARTY_ADJECTIVES).

export interface PartyName {
  /** The party's usual full name, used as the canonical name of every form. */
  name: string;
  /** Forms that stand for the party on their own: adjective, member nouns, nicknames. */
  forms: readonly string[];
}

/** Member nouns written after "a"/"an" name a person, not the party ("Pendry, a Republican from Ohio"). */
export const PARTY_MEMBER_FORMS: readonly string[] = ['Conservative', 'Tory', 'Liberal Democrat', 'Lib Dem', 'Democrat', 'Republican'];

export const PARTY_NAMES: readonly PartyName[] = [
  { name: 'Conservative Party', forms: ['Conservative', 'Conservatives', 'Tory', 'Tories'] },
  { name: 'Labour Party', forms: ['Labour', 'New Labour'] },
  { name: 'Liberal Democrats', forms: ['Liberal Democrat', 'Lib Dem', 'Lib Dems', 'LibDems'] },
  { name: 'Democratic Party', forms: ['Democrat', 'Democrats', 'Democratic'] },
  { name: 'Republican Party', forms: ['Republican', 'Republicans', 'GOP'] },
];
