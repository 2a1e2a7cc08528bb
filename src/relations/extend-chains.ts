// Place chains: a relation to a place also holds for the larger places written right after it,
// "of Chattanooga, Tenn." / "in Hollister in San Benito County in central California": LIVES_IN,
// BASED_IN and LOCATED_IN then hold for each of them (rule id + "+chain", a little less sure).
// "in PLACE" links only follow a place that was itself introduced by "in"/"from" (not "X of
// Austria-Hungary in Sarajevo", where "in" is where something happened). No link to an
// abbreviated qualifier ("Tupelo, Miss."): news writes it as part of the place's name (and
// CoNLL04 annotates "Tupelo, Miss." as one place), so LOCATED_IN Tupelo → Miss. carries it.
import type { Mention } from '../mentions/mention';
import type { RuleHit } from './apply-rules';
import type { Item } from './items';
import { WORD_LISTS } from './lexicon/cue-words';
import type { MatchContext } from './pattern/match-pattern';

/**
 * BASED_IN is chained like a home: an organization "headquartered in Santa Monica, California" or
 * filing "DAYTON, Ohio (AGENCY)" is based in the state too (a news-dev "acceptable", a CoNLL04
 * OrgBased_In); an abbreviated state stays the town's qualifier (below).
 */
const CHAINED = new Set(['LIVES_IN', 'LOCATED_IN', 'BASED_IN']);
const DIRECTIONS = new Set(WORD_LISTS.direction);
const MAX_LINKS = 3;

function itemIndexOf(items: readonly Item[], m: Mention): number {
  return items.findIndex((it) => it.kind === 'mention' && it.mention.id === m.id);
}

/** The place written right after item i: ", PLACE" or "in (northern) PLACE". */
function nextPlace(items: readonly Item[], i: number, allowIn: boolean): number {
  let j = i + 1;
  const it = items[j];
  if (it?.kind === 'punct' && it.char === ',') j++;
  else if (allowIn && it?.kind === 'word' && it.normal === 'in') {
    j++;
    while (items[j]?.kind === 'word' && DIRECTIONS.has((items[j] as { normal: string }).normal)) j++;
  } else return -1;
  const place = items[j];
  return place?.kind === 'mention' && place.type === 'Location' && !place.poss ? j : -1;
}

const INTRO = new Set(['in', 'from', 'near', 'at', 'of']);

/** Whether the place at item i was introduced by a locative preposition ("in", "from"). */
function introducedByIn(items: readonly Item[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && items[j].kind === 'word' && DIRECTIONS.has((items[j] as { normal: string }).normal)) j--;
  const prev = items[j];
  return prev?.kind === 'word' && INTRO.has(prev.normal) && prev.normal !== 'of';
}

export function extendChains(ctx: MatchContext, hits: readonly RuleHit[]): RuleHit[] {
  const out = [...hits];
  for (const hit of hits) {
    if (!CHAINED.has(hit.type)) continue;
    for (const object of hit.objects) {
      let i = itemIndexOf(ctx.items, object);
      const first = ctx.items[i];
      if (first?.kind !== 'mention' || first.country) continue;
      const allowIn = hit.type === 'LOCATED_IN' || introducedByIn(ctx.items, i);
      for (let link = 0; link < MAX_LINKS; link++) {
        const j = nextPlace(ctx.items, i, allowIn);
        if (j < 0) break;
        const place = ctx.items[j];
        if (place.kind !== 'mention' || place.abbreviated) break;
        out.push({ ...hit, ruleId: `${hit.ruleId}+chain`, objects: [place.mention], confidence: Math.round(hit.confidence * 90) / 100 });
        if (place.country) break;
        i = j;
      }
    }
  }
  return out;
}
