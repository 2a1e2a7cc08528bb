// LOCATED_IN (place → larger place): "Austin, Texas", "Baneh, a city in Iran's Kurdistan Province",
// "In Idaho, ... over Boise".
import type { RelationRule } from './relation-rule';

export const LOCATED_RULES: readonly RelationRule[] = [
  {
    id: 'place-comma-place',
    type: 'LOCATED_IN',
    pattern: '[A:Place] , [B:Loc] !head !list',
    reason: 'A, B (not a list): "Austin, Texas", "PERUGIA, Italy (AP)"',
    confidence: 0.8,
  },
  {
    id: 'place-a-city-in',
    type: 'LOCATED_IN',
    pattern: "[A:Loc] , %det *3 @placenoun ( in / of ) @det? @direction? ( [X:Loc's] )? @direction? [B:Loc]",
    also: [{ type: 'LOCATED_IN', from: 'A', to: 'X' }],
    reason: "A, a city in (X's) B: \"Baneh, a city in Iran's Kurdistan Province\"",
    confidence: 0.85,
  },
  {
    id: 'possessive-place',
    type: 'LOCATED_IN',
    pattern: "[B:Loc's] [A:Place] !head",
    reason: "B's A: \"Iran's Kurdistan Province\"",
    confidence: 0.75,
  },
  {
    id: 'place-in-place',
    type: 'LOCATED_IN',
    pattern: '[A:Place+] ( @be ( located / situated )? )? in @det? @direction? [B:Loc] @placenoun? !np',
    reason: 'A (is) in B: "Gosforth in northeast England", "Rome is in Lazio"',
    confidence: 0.7,
  },
  {
    id: 'place-comma-capital',
    type: 'LOCATED_IN',
    pattern: "[A:Place] , [B:Loc's] *3 ( capital / @placenoun )",
    reason: "A, B's capital",
    confidence: 0.8,
  },
  {
    id: 'place-and-place-comma-place',
    type: 'LOCATED_IN',
    pattern: '[A:Place] and [C:Place] , [B:Loc] !head !list',
    also: [{ type: 'LOCATED_IN', from: 'C', to: 'B' }],
    reason: 'A and C, B: "Port Arthur and Galveston, Texas"',
    confidence: 0.75,
  },
  {
    id: 'place-noun-in-place',
    type: 'LOCATED_IN',
    pattern: '[A:Place] *3 ( in / outside ) @det? @direction? [B:Loc] @placenoun? !np',
    reason: 'A plant/area in B: "the Rocky Flats plant in Colorado"',
    confidence: 0.6,
  },
  {
    id: 'province-of',
    type: 'LOCATED_IN',
    pattern: "[B:Loc's?] @direction? ( capital / @placenoun ) ( of / , ) [A:Place]",
    reason: "B's (southern) province of A / the U.S. capital of Washington",
    confidence: 0.75,
  },
  {
    id: 'in-region-opener',
    type: 'LOCATED_IN',
    pattern: '^ in [B:Loc] , **16- ( in / over / near / at / outside ) @det? [A:Place] !np',
    reason: 'In B, ... in A: a sentence opened with its region ("In Idaho, smoke hung over Boise")',
    confidence: 0.65,
  },
  {
    id: 'place-one-of-region',
    type: 'LOCATED_IN',
    pattern: "( [A:Place] , ( one of )? [B:Loc's] *3 @geonoun / one of [B:Loc's] *3 @geonoun , [A:Place] )",
    reason: "A, (one of) B's highest peaks / One of B's major provinces, A",
    confidence: 0.75,
  },
];
