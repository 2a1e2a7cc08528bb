// Runs the compiled rules over one sentence's items: each rule whose required words occur is
// tried from each possible start; a match yields one hit per emission.
import type { Mention } from '../mentions/mention';
import { indexStarts, startsOf, type CompiledRule } from './compile-rules';
import type { PatternMatch, MatchContext } from './pattern/match-pattern';
import { matchPattern } from './pattern/match-pattern';
import type { RuleType } from './rules/relation-rule';

export interface RuleHit {
  ruleId: string;
  type: RuleType;
  subjects: readonly Mention[];
  /** Object mentions; empty for SAID (see quote). */
  objects: readonly Mention[];
  quote?: { text: string; start: number; end: number };
  role?: string;
  confidence: number;
  match: PatternMatch;
  /** The rule's match opens its own clause: words before it do not deny it. */
  ownClause?: boolean;
}

function roleOf(spec: string | undefined, m: PatternMatch): string | undefined {
  for (const source of (spec ?? 'role').split('|')) {
    if (source.startsWith('=')) return source.slice(1);
    if (source.startsWith('slot:')) {
      const role = m.slots[source.slice(5)]?.[0]?.role;
      if (role) return role;
    } else if (m.caps[source]) return m.caps[source].text;
  }
  return undefined;
}

function intersects(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  for (const w of small) if (large.has(w)) return true;
  return false;
}


const NOT_AFTER_SPAN = 2;

/** Whether one of the words comes within two words before item `from`. */
function followsWord(ctx: MatchContext, from: number, words: ReadonlySet<string>): boolean {
  for (let i = from - 1; i >= 0 && i >= from - NOT_AFTER_SPAN; i--) {
    const item = ctx.items[i];
    if (item.kind !== 'word') return false;
    if (words.has(item.normal)) return true;
  }
  return false;
}

export function applyRules(ctx: MatchContext, rules: readonly CompiledRule[]): RuleHit[] {
  const index = indexStarts(ctx.items);
  const words = new Set(index.byWord.keys());
  const hits: RuleHit[] = [];
  for (const { rule, elements, required, start, notAfter } of rules) {
    if (!required.every((set) => intersects(set, words))) continue;
    for (const m of matchPattern(ctx, elements, startsOf(start, index))) {
      if (notAfter && followsWord(ctx, m.from, notAfter)) continue;
      const from = rule.from ?? 'A';
      const to = rule.to ?? 'B';
      const emissions = [{ type: rule.type, from, to, role: rule.role }, ...(rule.also ?? [])];
      for (const e of emissions) {
        const subjects = m.slots[e.from] ?? [];
        if (!subjects.length) continue;
        if (e.type === 'SAID') {
          const quote = m.caps[e.to];
          if (quote) hits.push({ ruleId: rule.id, type: 'SAID', subjects, objects: [], quote, confidence: rule.confidence, match: m });
          continue;
        }
        const objects = m.slots[e.to] ?? [];
        if (!objects.length) continue;
        const role = e.role !== undefined || rule.type === e.type ? roleOf(e.role ?? rule.role, m) : undefined;
        hits.push({ ruleId: rule.id, type: e.type, subjects, objects, role, confidence: rule.confidence, match: m, ...(rule.ownClause ? { ownClause: true } : {}) });
      }
    }
  }
  return hits;
}
