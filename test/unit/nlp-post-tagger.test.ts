import nlp from 'compromise';
import { documentTerms, parseText, parseTextStock, type CompromiseDoc } from '../../src/nlp/compromise-instance';
import { canRunPostTagger, type SweepTerm, type SweepWorld } from '../../src/nlp/post-tagger';
import { indexRows, selectRows, type MatchRow } from '../../src/nlp/post-tagger-rows';

// Sentences that give compromise's post-tagger work: names, titles, dates, numbers, verbs that
// could be nouns, contractions, possessives, clauses split by commas and semicolons.
const SENTENCES = [
  'Dr. Amelia Hart, who chairs the Lisbon Maritime Trust, met Prime Minister Tomas Weller on Tuesday.',
  'The firm said it would cut 1,200 jobs by March 2026; shares fell 4% in early trading.',
  "She won't sign the deal unless the union's leaders back it, a spokesman for the ministry said.",
  'Police in Lagos arrested three men after a raid, and the suspects were later charged with fraud.',
  'Rising costs could force the council to close two libraries, according to a report published last week.',
  'Mr Okafor, 54, previously ran the bank’s operations in Kenya and served as finance minister until 2019.',
  'Talks between Canada and Mexico stalled as negotiators argued over dairy quotas and car parts.',
  'I think we’ve done everything we could, said coach Maria Delgado after the 3-1 defeat in Madrid.',
  'Shares of Orion Holdings Inc rose after the company reported record profits for the second quarter.',
  'The mayor, the police chief and two judges attended the ceremony at City Hall on 4 July.',
  // rows with an ifNo: a clause that has the row's needs and its excluding word or tag
  'Rob Ellis, a senator, and Pat Moss were the winners.',
  'The walking dies is a film that is popular.',
];

/** compromise's own selection, written out plainly: every index key in order, first row per match text, then the filters. */
function selectRowsPlainly(rows: readonly MatchRow[], haves: Set<string>, words: number): MatchRow[] {
  const hooks: Record<string, MatchRow[]> = {};
  for (const row of rows) for (const key of [...row.needs, ...row.wants]) (hooks[key] ??= []).push(row);
  const seen = new Set<string>();
  const maybe = Object.keys(hooks).filter((key) => haves.has(key)).flatMap((key) => hooks[key]).filter((row) => !seen.has(row.match) && seen.add(row.match));
  return maybe
    .filter((row) => row.needs.every((need) => haves.has(need)) && !(row.ifNo ?? []).some((no) => haves.has(no)))
    .filter((row) => row.wants.length === 0 || row.wants.filter((want) => haves.has(want)).length >= row.minWant)
    .concat(rows.filter((row) => row.needs.length === 0 && row.wants.length === 0))
    .filter((row) => words >= row.minWords);
}

const tagsOf = (doc: CompromiseDoc): string[][] => documentTerms(doc).flat().map((term) => [term.text, ...[...term.tags].sort()]);

describe('our post-tagger', () => {
  test('is in use once compromise has parsed its rows', () => {
    parseText('A first sentence parses the rows.');
    expect(canRunPostTagger(nlp.world() as unknown as SweepWorld)).toBe(true);
  });

  test('picks the same rows in the same order as compromise for every clause', () => {
    parseText('A first sentence parses the rows.');
    const world = nlp.world() as unknown as SweepWorld & { hooks: string[] };
    const rows = world.model.two.matches;
    const index = indexRows(rows);
    const preHooks = world.hooks.filter((hook) => hook !== 'postTagger' && hook !== 'chunks');
    let picked = 0;
    for (const text of SENTENCES) {
      const doc = nlp.tokenize(text).compute(preHooks) as unknown as { docs: SweepTerm[][] };
      const clauses = world.methods.two.quickSplit(doc.docs);
      world.methods.one.cacheDoc(clauses).forEach((haves, n) => {
        const ours = selectRows(index, haves, clauses[n].length);
        expect(ours.map((row) => row.match)).toEqual(selectRowsPlainly(rows, haves, clauses[n].length).map((row) => row.match));
        picked += ours.length;
      });
    }
    expect(picked).toBeGreaterThan(100);
  });

  test.each(SENTENCES)('tags exactly as the stock parse: %s', (text) => {
    expect(tagsOf(parseText(text))).toEqual(tagsOf(parseTextStock(text)));
  });

  test('the sentences exercise the post-tagger (its tags differ from the pre-tagger alone)', () => {
    const { hooks } = nlp.world() as unknown as { hooks: string[] };
    const preHooks = hooks.filter((hook) => hook !== 'postTagger' && hook !== 'chunks');
    const preTagged = (text: string): CompromiseDoc => nlp.tokenize(text).compute(preHooks) as unknown as CompromiseDoc;
    const changed = SENTENCES.filter((text) => JSON.stringify(tagsOf(preTagged(text))) !== JSON.stringify(tagsOf(parseTextStock(text))));
    expect(changed.length).toBeGreaterThanOrEqual(SENTENCES.length / 2);
  });
});
