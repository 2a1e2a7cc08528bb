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
  /** For a tree rule: the dependency path that gave the hit (for --explain). */
  path?: string;
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

/** Which rules a sentence's words can satisfy: every required word set of every rule gets an id,
 * and each word lists the ids of the sets it belongs to, so a sentence is checked by looking up its
 * own words once instead of intersecting its words with every set of every rule. */
interface RuleGate {
  postings: Map<string, number[]>;
  setIds: number[][];
  sets: number;
}

const gates = new WeakMap<readonly CompiledRule[], RuleGate>();

function gateOf(rules: readonly CompiledRule[]): RuleGate {
  let gate = gates.get(rules);
  if (gate) return gate;
  const postings = new Map<string, number[]>();
  let sets = 0;
  const setIds = rules.map(({ required }) => required.map((set) => {
    const id = sets++;
    for (const w of set) {
      const list = postings.get(w);
      if (list) list.push(id);
      else postings.set(w, [id]);
    }
    return id;
  }));
  gate = { postings, setIds, sets };
  gates.set(rules, gate);
  return gate;
}

function satisfiedSets(gate: RuleGate, words: Iterable<string>): Uint8Array {
  const met = new Uint8Array(gate.sets);
  for (const w of words) for (const id of gate.postings.get(w) ?? []) met[id] = 1;
  return met;
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
  const gate = gateOf(rules);
  const met = satisfiedSets(gate, index.byWord.keys());
  const hits: RuleHit[] = [];
  for (let r = 0; r < rules.length; r++) {
    if (!gate.setIds[r].every((id) => met[id] === 1)) continue;
    const { rule, elements, start, notAfter } = rules[r];
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
