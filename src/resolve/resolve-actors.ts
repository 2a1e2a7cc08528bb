// Resolve stage, within one article: mentions that name the same actor become one LocalActor.
// Mentions group by type and name key (a gazetteer canonical name counts as the key: "U.S." and
// "United States"; organization words written out: "News Corp" and "News Corporation"); a name
// the text gives as another's ("Jay-Z, real name Shawn Carter": Mention.sameAs) joins it; then
// short forms join the one longer name they abbreviate (short-forms.ts), longer short forms
// first; a short form with two candidates (two Clintons) stays on its own.
import type { Mention } from '../mentions/mention';
import { actorKey, nameKey } from '../text/normalize-name';
import type { LocalActor } from './actor';
import { makeCandidateFinder } from './short-form-candidates';
import { groupOf, SHORT_FORM_RULES, type NameGroup } from './short-forms';

export interface ResolvedMentions {
  actors: LocalActor[];
  /** Mention id → LocalActor key. */
  actorOf: Record<string, string>;
}

interface Group extends NameGroup {
  key: string;
  mentions: Mention[];
  into?: Group;
}

const wordCount = (s: string): number => s.split(/\s+/).length;
const root = (g: Group): Group => (g.into ? root(g.into) : g);

const lastWord = (name: string): string => nameKey(name).split(' ').at(-1) ?? '';
/** "CHICAGO" of a wire dateline: a name written in capitals only. */
const allCaps = (name: string): boolean => !/\p{Ll}/u.test(name) && (name.match(/\p{Lu}/gu)?.length ?? 0) > 3;

/** The most words; of two full names of one person ("Ivan Dorokhov", "Ivan Petrovich (Dorokhov)") the one whose last word
 * the text uses most; then the longer; a dateline's capitals ("CHICAGO") yield to the same name in running text. */
function bestName(mentions: readonly Mention[]): string {
  const canonical = mentions.find((m) => m.canonical)?.canonical;
  if (canonical) return canonical;
  const named = mentions.filter((m) => !m.linkOnly);
  const support = (name: string): number => named.filter((m) => lastWord(m.text) === lastWord(name)).length;
  const longer = (a: string, b: string): boolean =>
    wordCount(a) > wordCount(b) || (wordCount(a) === wordCount(b) && (support(a) > support(b) || (support(a) === support(b) && a.length > b.length)));
  const best = named.reduce((top, m) => (longer(m.text, top) ? m.text : top), named[0]?.text ?? mentions[0].text);
  return allCaps(best) ? (named.find((m) => !allCaps(m.text) && nameKey(m.text) === nameKey(best))?.text ?? best) : best;
}

function groupMentions(mentions: readonly Mention[]): { groups: Group[]; groupOfMention: Map<string, Group> } {
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  const groupOfMention = new Map<string, Group>();
  for (const mention of mentions) {
    const name = mention.canonical ?? mention.text;
    const key = `${mention.type}|${actorKey(mention.type, name)}`;
    let group = byKey.get(key);
    if (!group) {
      group = { key, ...groupOf(mention.type, name), mentions: [] };
      groups.push(group);
      byKey.set(key, group);
    }
    if (!mention.heading) group.first = Math.min(group.first, mention.start);
    group.mentions.push(mention);
    groupOfMention.set(mention.id, group);
  }
  return { groups, groupOfMention };
}

/** The one longer name a short form stands for, if any, among the candidate groups (in text order). */
function longFormOf(group: Group, candidates: readonly Group[]): Group | undefined {
  for (const rule of SHORT_FORM_RULES) {
    const fits = [...new Set(candidates.filter((g) => g !== group && root(g) !== root(group) && g.mentions.some((m) => !m.linkOnly) && rule.fits(group, g)).map(root))];
    if (fits.length === 1) return fits[0];
    const before = rule.namedBefore ? fits.filter((g) => g.first < group.first) : [];
    if (before.length === 1 && fits.length > 1) return before[0];
    if (fits.length > 1) return rule.earliest ? fits.reduce((a, b) => (b.first < a.first ? b : a)) : undefined;
  }
  return undefined;
}

export function resolveActors(mentions: readonly Mention[]): ResolvedMentions {
  const { groups, groupOfMention } = groupMentions(mentions);
  const byLength = [...groups].sort((a, b) => b.words.length - a.words.length);
  const candidatesOf = makeCandidateFinder(groups);
  // Short forms join their long forms first ...
  for (const group of byLength) {
    if (group.into || group.mentions.every((m) => m.linkOnly) || group.mentions.some((m) => m.canonical)) continue;
    const long = longFormOf(group, candidatesOf(group));
    if (long) group.into = long;
  }
  // ... then a name the text gives as another's joins it, with the long forms both joined ("Ivan Petrovich (Dorokhov)"
  // after "Ivan Dorokhov").
  for (const m of mentions) {
    const [alias, main] = [groupOfMention.get(m.id), m.sameAs ? groupOfMention.get(m.sameAs) : undefined];
    if (alias && main && alias.type === main.type && root(alias) !== root(main)) root(alias).into = root(main);
  }
  const actors: LocalActor[] = [];
  const actorOf: Record<string, string> = {};
  const members = new Map<Group, Mention[]>();
  for (const group of groups) {
    const r = root(group);
    const list = members.get(r);
    if (list) for (const m of group.mentions) list.push(m);
    else members.set(r, [...group.mentions]);
  }
  for (const [group, list] of members) {
    list.sort((a, b) => a.start - b.start);
    const confidence = list.reduce((max, m) => Math.max(max, m.confidence), -Infinity);
    const actor: LocalActor = { key: `a${actors.length}`, type: group.type, name: bestName(list), forms: [], mentionIds: [], roles: [], confidence };
    for (const m of list) {
      for (const form of m.linkOnly ? [] : [m.surface ?? m.text, m.qualifiedForm]) if (form && !actor.forms.includes(form)) actor.forms.push(form);
      if (m.role && !actor.roles.includes(m.role)) actor.roles.push(m.role);
      actor.mentionIds.push(m.id);
      actorOf[m.id] = actor.key;
    }
    actors.push(actor);
  }
  return { actors, actorOf };
}
