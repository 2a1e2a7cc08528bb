// Coordination: in "Boeing and Airbus", "Umbria or Lazio" or a list "A, B, C and D" the names are
// of one kind, so a name typed from weak evidence takes the type of the surely typed members
// (when they agree), and is kept as a name even if its own evidence would not keep it.
import type { Mention } from './mention';
import type { TokenView } from './token-view';

/** Below this a mention's type is a guess that coordination may correct. */
const WEAK = 0.6;
const JOINERS = new Set(['and', 'or']);

const isPossessive = (view: TokenView, i: number): boolean => /['\u2019]s$/i.test(view.tokens[i].text) || /^['\u2019](?!\w)/.test(view.tokens[i].post);

/** How two neighbouring mentions are joined: "and"/"or", a list comma, or not at all. */
function joint(view: TokenView, a: Mention, b: Mention): 'and' | 'comma' | undefined {
  // "Elena Whitfield and Iran's UN ambassador": a possessive opens another phrase, not a coordinated name.
  if (a.linkOnly || b.linkOnly || isPossessive(view, b.tokenEnd - 1)) return undefined;
  const comma = /^,\s*$/.test(view.tokens[a.tokenEnd - 1].post);
  if (b.tokenStart === a.tokenEnd + 1 && JOINERS.has(view.keys[a.tokenEnd])) return 'and';
  if (b.tokenStart === a.tokenEnd && comma) return 'comma';
  return undefined;
}

/** Runs of coordinated mentions: pairs joined by "and"/"or", or lists of three or more closed by one. */
function coordinatedRuns(view: TokenView, mentions: readonly Mention[]): Mention[][] {
  const runs: Mention[][] = [];
  let run: Mention[] = [mentions[0]];
  let closed = false;
  const flush = (): void => {
    if (run.length >= 2 && closed) runs.push(run);
  };
  for (let k = 1; k < mentions.length; k++) {
    const how = joint(view, mentions[k - 1], mentions[k]);
    if (how && !closed) {
      run.push(mentions[k]);
      closed = how === 'and';
      continue;
    }
    flush();
    run = [mentions[k]];
    closed = false;
  }
  flush();
  return runs;
}

export function coordinateTypes(view: TokenView, mentions: Mention[]): Mention[] {
  if (mentions.length < 2) return mentions;
  const changed = new Map<Mention, Mention>();
  for (const run of coordinatedRuns(view, mentions)) {
    const strong = run.filter((m) => m.confidence >= WEAK);
    const types = new Set(strong.map((m) => m.type));
    if (strong.length === 0 || types.size !== 1) continue;
    const type = strong[0].type;
    for (const m of run) if (m.confidence < WEAK) changed.set(m, { ...m, type, rule: 'coordinated-with', confidence: WEAK });
  }
  return mentions.map((m) => changed.get(m) ?? m);
}
