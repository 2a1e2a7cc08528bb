// compromise's post-tagger, its "sweep" of some 570 match rows over each clause, with one change:
// the rows worth trying on a clause are found by looking up the clause's own words and tags in the
// rows' index, where compromise scans all ~730 index keys for every clause (a fifth of its whole
// parse). Same rows in the same order, matched the same way and tagged by compromise's own tagger,
// so the tags are the same (checked against the stock parse in nlp-post-tagger.test.ts).
import { indexRows, selectRows, type MatchRow, type RowIndex } from './post-tagger-rows';

/** A compromise term as the sweep sees it. */
export interface SweepTerm {
  normal: string;
  post: string;
  tags: Set<string>;
  index?: [number, number];
}

type Pointer = number[];

export interface SweepWorld {
  model: { two: { matches: MatchRow[] } };
  methods: {
    one: {
      cacheDoc: (docs: SweepTerm[][]) => Set<string>[];
      match: (docs: SweepTerm[][], row: MatchRow) => { ptrs: Pointer[] };
      bulkTagger: (found: (MatchRow & { pointer: Pointer })[], docs: SweepTerm[][], world: SweepWorld) => unknown;
    };
    two: { quickSplit: (docs: SweepTerm[][]) => SweepTerm[][] };
  };
}

/** The parts of a compromise view the post-tagger uses. */
export interface SweepView {
  docs: SweepTerm[][];
  update: (pointers: Pointer[]) => SweepView;
  uncache: () => unknown;
  unfreeze: () => unknown;
}

let rowIndex: RowIndex | undefined;

/** Runs the post-tagger on a view whose pre-tagger has run; compromise's `postTagger` hook, faster. */
export function runPostTagger(view: SweepView, world: SweepWorld): void {
  rowIndex ??= indexRows(world.model.two.matches);
  const { methods } = world;
  const clauses = methods.two.quickSplit(view.docs);
  const pointers = clauses.map((terms) => {
    const [n, i] = terms[0].index ?? [0, 0];
    return [n, i, i + terms.length];
  });
  const docs = view.update(pointers).docs;
  const caches = methods.one.cacheDoc(docs);
  const found: (MatchRow & { pointer: Pointer })[] = [];
  for (let n = 0; n < docs.length; n++) {
    for (const row of selectRows(rowIndex, caches[n], docs[n].length)) {
      for (const pointer of methods.one.match([docs[n]], row).ptrs) {
        pointer[0] = n;
        found.push({ ...row, pointer });
      }
    }
  }
  if (found.length > 0) methods.one.bulkTagger(found, docs, world);
  view.uncache();
  view.unfreeze();
}

/** True when compromise's rows are parsed (its own post-tagger ran once) and carry what runPostTagger reads. */
export function canRunPostTagger(world: SweepWorld): boolean {
  const rows = world.model?.two?.matches;
  const { one, two } = world.methods ?? {};
  return Array.isArray(rows) && rows.length > 0 && rows.every((row) => Array.isArray(row.regs) && Array.isArray(row.needs) && Array.isArray(row.wants))
    && typeof one?.cacheDoc === 'function' && typeof one.match === 'function' && typeof one.bulkTagger === 'function' && typeof two?.quickSplit === 'function';
}
