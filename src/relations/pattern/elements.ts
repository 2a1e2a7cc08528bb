// The compiled form of a relation pattern: a sequence of elements matched left to right over a
// sentence's items (see ../items.ts), with backtracking. Written as text in the rule rows and
// compiled once by compile-pattern.ts.

/** Slot types: Loc splits into Country (a sovereign state) and Place (any other location). */
export type SlotType = 'Person' | 'Org' | 'Loc' | 'Country' | 'Place' | 'actor';

export interface SlotEl {
  k: 'slot';
  name: string;
  types: readonly SlotType[];
  /** Whether the mention must be possessive ("Iran's"), must not be, or either. */
  poss: 'yes' | 'no' | 'any';
  /** Matches a coordinated list "A, B and C" and binds every member. */
  list: boolean;
  /** May match a personal pronoun, resolved to the person it refers to. */
  pron: boolean;
  /** The mention must carry a written title (Mention.role with roleTokenStart); `local`: one headed by a local public office. */
  titled: false | 'any' | 'local';
  /** The mention must be written as a name, not a demonym standing for one ("Polish" for Poland). */
  named?: boolean;
  /** The mention's last word must (or, with `not`, must not) be one of these: `[B:Org@party]`, `[B:Org!@party]`. */
  head?: { words: ReadonlySet<string>; not: boolean };
}
export interface WordEl {
  k: 'word';
  words: ReadonlySet<string>;
  /** When true the word must be possessive ("Trump's"). */
  poss: boolean;
}
export interface TagEl {
  k: 'tag';
  tag: string;
}
export interface RegexEl {
  k: 'regex';
  re: RegExp;
}
export interface PunctEl {
  k: 'punct';
  char: string;
}
/** Skips 0..max items: words only, words and commas/hyphens, or anything within the clause. */
export interface GapEl {
  k: 'gap';
  max: number;
  mode: 'words' | 'commas' | 'desc' | 'phrase' | 'any';
  /** Words the gap may not end with (a word list name in the notation: `*5!be`, "not passive"). */
  except?: ReadonlySet<string>;
  /** Words the gap may not cross (`*6,!!allege`: "was charged with killing X" is no killing). */
  never?: ReadonlySet<string>;
}
export interface OptEl {
  k: 'opt';
  seq: readonly Element[];
}
export interface AltEl {
  k: 'alt';
  seqs: ReadonlyArray<readonly Element[]>;
}
/** Captures a role phrase, a date, or a quotation under a name. */
export interface CapEl {
  k: 'cap';
  what: 'role' | 'office' | 'localoffice' | 'date' | 'quote';
  name: string;
}
/** "both" (+ "figures", "men"...): binds the slot to the two people named just before. */
export interface BothEl {
  k: 'both';
  name: string;
}
/** Anchors and look-aheads: sentence start/end, not a list middle, no appositive name follows. */
export interface AnchorEl {
  k: 'start' | 'end' | 'nolist' | 'appos' | 'noname' | 'closer';
}
/** Look-ahead: the noun phrase ends here (no role or unit noun such as "mission" follows). */
export interface HeadEl {
  k: 'head' | 'np';
}
/** Look-ahead: the next item is not one of these words (or punctuation marks: `!-`). */
export interface NotEl {
  k: 'not';
  words: ReadonlySet<string>;
}
export type Element = RegexEl | NotEl | SlotEl | WordEl | TagEl | PunctEl | GapEl | OptEl | AltEl | CapEl | BothEl | AnchorEl | HeadEl;
