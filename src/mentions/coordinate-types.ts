// Coordination: in "Boeing and Airbus" or "Umbria or Lazio" both names are of one kind, so a
// name typed from weak evidence takes the type of a surely typed partner.
import type { Mention } from './mention';
import type { TokenView } from './token-view';

/** Below this a mention's type is a guess that coordination may correct. */
const WEAK = 0.6;
const JOINERS = new Set(['and', 'or']);

export function coordinateTypes(view: TokenView, mentions: Mention[]): Mention[] {
  const out = [...mentions];
  for (let k = 0; k + 1 < out.length; k++) {
    const [a, b] = [out[k], out[k + 1]];
    if (a.linkOnly || b.linkOnly || b.tokenStart !== a.tokenEnd + 1 || !JOINERS.has(view.keys[a.tokenEnd])) continue;
    if (a.confidence < WEAK && b.confidence >= WEAK && a.type !== b.type) out[k] = { ...a, type: b.type, rule: 'coordinated-with', confidence: WEAK };
    else if (b.confidence < WEAK && a.confidence >= WEAK && a.type !== b.type) out[k + 1] = { ...b, type: a.type, rule: 'coordinated-with', confidence: WEAK };
    else if (b.confidence < WEAK && a.confidence >= WEAK) out[k + 1] = { ...b, rule: 'coordinated-with', confidence: WEAK };
    else if (a.confidence < WEAK && b.confidence >= WEAK) out[k] = { ...a, rule: 'coordinated-with', confidence: WEAK };
  }
  return out;
}
