// Passives, relative clauses and nominalizations that the tree rules read: rows that were the
// surface rules criticized-by, supporter-of, poss-appointment-of, appos-owned-by and killing-of-by
// before those were retired (trees as the syntax stage parses them).
import { extractMarked } from './relations-harness';

type Row = readonly [sentence: string, tree: string, relation: string];

const rows: Row[] = [
  [
    '[Acme Shipping|O], a Dubai-based operator that is owned by Greek tycoon [Nikos Pappas|P], was listed.',
    'Acme/NOUN/2/compound Shipping/NOUN/19/nsubj:pass ,/PUNCT/8/punct a/DET/8/det Dubai/PROPN/7/obl:unmarked -/PUNCT/5/punct based/VERB/8/amod operator/NOUN/2/appos that/PRON/11/nsubj:pass is/AUX/11/aux:pass owned/VERB/8/acl:relcl by/ADP/14/case Greek/ADJ/14/amod tycoon/NOUN/11/obl:agent Nikos/PROPN/16/compound Pappas/PROPN/14/flat ,/PUNCT/2/punct was/AUX/19/aux:pass listed/VERB/0/root ./PUNCT/19/punct',
    'OWNS Nikos Pappas -> Acme Shipping',
  ],
  [
    '[Ines Roth|P] was criticized repeatedly by the opposition leader, [Karl Berg|P], who called for an inquiry.',
    'Ines/PROPN/4/nsubj:pass Roth/PROPN/1/flat was/AUX/4/aux:pass criticized/VERB/0/root repeatedly/ADV/4/advmod by/ADP/9/case the/DET/9/det opposition/NOUN/9/compound leader/NOUN/4/obl:agent ,/PUNCT/11/punct Karl/PROPN/9/appos Berg/PROPN/11/flat ,/PUNCT/15/punct who/PRON/15/nsubj called/VERB/4/acl:relcl for/ADP/18/case an/DET/18/det inquiry/NOUN/15/obl ./PUNCT/4/punct',
    'CRITICIZED Karl Berg -> Ines Roth',
  ],
  [
    'The firms include [Acme Shipping|O], a [Dubai|L]-based operator that is owned by [Russian|D] businessman [Nikos Pappas|P].',
    'The/DET/2/det firms/NOUN/3/nsubj include/VERB/0/root Acme/PROPN/3/obj Shipping/PROPN/4/flat ,/PUNCT/11/punct a/DET/11/det Dubai/PROPN/10/obl:unmarked -/PUNCT/8/punct based/VERB/11/amod operator/NOUN/4/appos that/PRON/14/nsubj:pass is/AUX/14/aux:pass owned/VERB/11/acl:relcl by/ADP/17/case Russian/ADJ/17/amod businessman/NOUN/14/obl:agent Nikos/PROPN/19/compound Pappas/PROPN/17/appos ./PUNCT/3/punct',
    'OWNS Nikos Pappas -> Acme Shipping',
  ],
  [
    '[Ines Roth|P], who has been criticized by [Karl Berg|P], resigned.',
    'Ines/PROPN/12/nsubj Roth/PROPN/1/flat ,/PUNCT/7/punct who/PRON/7/nsubj:pass has/AUX/7/aux been/AUX/7/aux:pass criticized/VERB/1/acl:relcl by/ADP/10/case Karl/PROPN/10/compound Berg/PROPN/7/obl:agent ,/PUNCT/12/punct resigned/VERB/0/root ./PUNCT/12/punct',
    'CRITICIZED Karl Berg -> Ines Roth',
  ],
  [
    "[Tom Reed|P]'s appointment of [Ann Cole|P] as envoy drew criticism.",
    "Tom/PROPN/4/nmod:poss Reed/PROPN/1/flat 's/PART/1/case appointment/NOUN/0/root of/ADP/7/case Ann/PROPN/7/compound Cole/PROPN/4/nmod as/ADP/11/case envoy/NOUN/10/compound drew/NOUN/11/compound criticism/NOUN/4/nmod ./PUNCT/4/punct",
    'APPOINTED Tom Reed -> Ann Cole',
  ],
  [
    'The [Lynx|O], a [Denver|L]-based franchise owned by [Kroenke Sports|O], lost.',
    'The/DET/2/det Lynx/PROPN/14/nsubj ,/PUNCT/8/punct a/DET/8/det Denver/PROPN/7/obl:unmarked -/PUNCT/5/punct based/VERB/8/amod franchise/NOUN/2/appos owned/VERB/8/acl by/ADP/11/case Kroenke/PROPN/9/obl:agent Sports/PROPN/11/flat ,/PUNCT/14/punct lost/VERB/0/root ./PUNCT/14/punct',
    'OWNS Kroenke Sports -> Lynx',
  ],
  [
    '[Liz Cheney|P] is a longtime backer of [Ann Cole|P].',
    'Liz/PROPN/6/nsubj Cheney/PROPN/1/flat is/AUX/6/cop a/DET/6/det longtime/ADJ/6/amod backer/NOUN/0/root of/ADP/9/case Ann/PROPN/9/compound Cole/PROPN/6/nmod ./PUNCT/6/punct',
    'SUPPORTS Liz Cheney -> Ann Cole',
  ],
  [
    'the killing of [Jane Roe|P] by [John Doe|P] shocked the town.',
    'the/DET/2/det killing/NOUN/9/nsubj of/ADP/5/case Jane/PROPN/5/compound Roe/PROPN/2/nmod by/ADP/7/case John/PROPN/2/nmod Doe/PROPN/7/flat shocked/VERB/0/root the/DET/11/det town/NOUN/9/obj ./PUNCT/9/punct',
    'KILLED John Doe -> Jane Roe',
  ],
  [
    '[Google|O] has been accused by the [European Commission|O] of unfair practices.',
    'Google/PROPN/4/nsubj:pass has/AUX/4/aux been/AUX/4/aux:pass accused/VERB/0/root by/ADP/8/case the/DET/8/det European/ADJ/8/amod Commission/PROPN/4/obl:agent of/ADP/11/case unfair/ADJ/11/amod practices/NOUN/8/nmod ./PUNCT/4/punct',
    'CRITICIZED European Commission -> Google',
  ],
];

describe('passives and nominalizations read from the tree', () => {
  test.each(rows)('%s → %s', (sentence, tree, relation) => {
    expect(extractMarked(sentence, undefined, [tree]).relations).toContain(relation);
  });
});
