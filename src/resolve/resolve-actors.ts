// Resolve stage, within one article: mentions that name the same actor become one LocalActor.
// Mentions group by type and name key (a gazetteer canonical name counts as the key: "U.S." and
// "United States"); then short forms join the one longer name they abbreviate (short-forms.ts);
// a short form with two candidates (two Clintons) stays on its own.
import type { Mention } from '../mentions/mention';
import { compactKey } from '../text/normalize-name';
import type { LocalActor } from './actor';
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

function bestName(mentions: readonly Mention[]): string {
  const canonical = mentions.find((m) => m.canonical)?.canonical;
  if (canonical) return canonical;
  const named = mentions.filter((m) => !m.linkOnly);
  return named.reduce((best, m) => (wordCount(m.text) > wordCount(best) ? m.text : best), named[0]?.text ?? mentions[0].text);
}

export function resolveActors(mentions: readonly Mention[]): ResolvedMentions {
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  for (const mention of mentions) {
    const key = `${mention.type}|${compactKey(mention.canonical ?? mention.text)}`;
    let group = byKey.get(key);
    if (!group) {
      group = { key, ...groupOf(mention.type, mention.canonical ?? mention.text), mentions: [] };
      groups.push(group);
      byKey.set(key, group);
    }
    group.mentions.push(mention);
  }
  for (const group of groups) {
    if (group.mentions.every((m) => m.linkOnly) || group.mentions.some((m) => m.canonical)) continue;
    for (const rule of SHORT_FORM_RULES) {
      const fits = new Set(groups.filter((g) => g !== group && g.mentions.some((m) => !m.linkOnly) && rule.fits(group, g)).map(root));
      if (fits.size === 1) {
        group.into = [...fits][0];
        break;
      }
      if (fits.size > 1) break;
    }
  }
  const actors: LocalActor[] = [];
  const actorOf: Record<string, string> = {};
  const members = new Map<Group, Mention[]>();
  for (const group of groups) {
    const r = root(group);
    members.set(r, [...(members.get(r) ?? []), ...group.mentions]);
  }
  for (const [group, list] of members) {
    list.sort((a, b) => a.start - b.start);
    const confidence = Math.max(...list.map((m) => m.confidence));
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
