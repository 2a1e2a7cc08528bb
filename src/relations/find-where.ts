// Place and date of a meeting: "in PLACE" and "on DATE" in the rest of the clause after the
// match (up to 16 items, not past a semicolon, colon, quotation or clause break).
import type { Item } from './items';
import { CLAUSE_BREAKS } from './lexicon/cue-words';
import { captureDate } from './pattern/captures';
import type { MatchContext } from './pattern/match-pattern';

export interface Where {
  place?: string;
  date?: string;
}

const STOP_PUNCT = new Set([';', ':', 'open', 'close', '(', '.', '?', '!']);
const BREAKS = new Set([...CLAUSE_BREAKS, 'after', 'before', 'when', 'said', 'says']);
const WINDOW = 16;

const stops = (item: Item): boolean =>
  item.kind === 'quote' || (item.kind === 'punct' && STOP_PUNCT.has(item.char)) || (item.kind === 'word' && BREAKS.has(item.normal));

export function findWhere(ctx: MatchContext, from: number): Where {
  const where: Where = {};
  const { items } = ctx;
  for (let i = from; i < items.length && i < from + WINDOW && !stops(items[i]); i++) {
    const item = items[i];
    if (item.kind !== 'word') continue;
    const next = items[i + 1];
    if (!where.place && (item.normal === 'in' || item.normal === 'at') && next?.kind === 'mention' && next.type === 'Location' && !next.poss) {
      where.place = next.mention.text;
    }
    if (!where.date && item.normal === 'on') {
      const date = captureDate(ctx, i + 1)[0];
      if (date) where.date = date.capture.text;
    }
  }
  return where;
}
