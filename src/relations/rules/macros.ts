// Pattern fragments shared by many rules, written %name in a pattern.
export const MACROS: Readonly<Record<string, string>> = {
  /**
   * An appositive after a name (", a close Trump adviser recently named ...,"), not followed by
   * "which" (that belongs to the appositive's noun); the comma closing a name that is itself an
   * appositive ("Sony's chief executive, X, attacked"); or ", who"/", which" opening a relative
   * clause on the name ("X, who resigned as chairman of Y", "Iran, which backs X"); a short
   * description closed by "who" ("X, 61, a retired teacher who lives in Y"); a seat ("X,
   * headquartered in Santa Monica, California, also owns Y"); each after an optional
   * parenthesis ("the Federal Trade Commission (FTC), which ...").
   */
  appos: '( \\( **3- \\) )? ( , **16- , !which / ,^ / , who / , which / , ( #Value , )? @det *4 who / , ( @based / located ) *8~ , )?',
  /** A short run of adverbs/auxiliaries between subject and verb: "has also", "recently". */
  adv: '*3',
  /** "a", "an", "the", optionally "former"/"current"/"longtime" etc. via a short gap. */
  det: '@det? *2',
  /** A possessor and title before a name: "Iran's UN Ambassador", "his Chinese counterpart,". */
  titled: '@possdet? ( [T:actor\'s] )? ( [T2:Org|Loc] )? ( {role:title} ,? )?',
  /** A party-and-state tag after a legislator's name: ", D-Calif." */
  party: '( , ( /^[dri]-[a-z]/ / ( d / r / i ) - *1~ ) )?',
  /** Where a post is held, after the role: "ambassador to the United Nations", "envoy at the WTO". */
  posting: '( ( to / at ) @det? [U:Org|Loc] )?',
  /** The larger organization a unit is part of: "the Cyber Security Division within the US Department of ...". */
  within: '( ( within / inside / at / of ) @det? ( [X:Loc] )? [C:Org] )?',
  /** Prepositions that tie a role to its organization. */
  rolePrep: '( of / at / for / with / in )',
};

export function expandMacros(pattern: string): string {
  return pattern.replace(/%([a-zA-Z]+)/g, (m, name: string) => {
    const body = MACROS[name];
    if (body === undefined) throw new Error(`unknown macro ${m}`);
    return body;
  });
}
