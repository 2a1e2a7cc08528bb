// Round-5 relation phrasings: appointees with a job noun or sent "to run" a unit, posts "for" a
// place, country-held chiefs, scientists as staff, meetings with the day between verb and
// "with", owners named after "the owner of", "a Berlin startup". Sentences written for these tests.
import { extractMarked } from './relations-harness';

type Row = [string, string];

describe('round-5 relation phrasings', () => {
  const fires: Row[] = [
    ['[Olaf Lind|P] named economist [Mia Holt|P] as finance minister on Monday.', 'APPOINTED Olaf Lind -> Mia Holt'],
    ["[Eva Lund|P] tapped [Acme|O]'s co-founder, [Jan Berg|P], to run a new unit in [Spain|L].", 'APPOINTED Eva Lund -> Jan Berg'],
    ['[Eva Lund|P] tapped lawyer [Jan Berg|P] to lead the inquiry.', 'APPOINTED Eva Lund -> Jan Berg'],
    ["[Chile|L]'s minister of state for foreign affairs, [Ana Soto|P], hosted the talks.", 'WORKS_FOR Ana Soto -> Chile'],
    ["[Peru|L]'s intelligence chief, [Luis Vera|P], joined the talks.", 'WORKS_FOR Luis Vera -> Peru'],
    ['The [United Nations|O] special envoy for [Libya|L], [Hans Mohr|P], said the talks failed.', 'WORKS_FOR Hans Mohr -> United Nations'],
    ["[Ana Soto|P] said she would brief [Hans Mohr|P], the [EU|O]'s trade commissioner, next week.", 'WORKS_FOR Hans Mohr -> EU'],
    ['The dig was led by [Ana Soto|P], a paleontologist at the [University of Lima|O], who wrote the paper.', 'WORKS_FOR Ana Soto -> University of Lima'],
    ['[Ana Soto|P] met on Friday with [Hans Mohr|P], the charity\'s director, in [Lima|L].', 'MET_WITH Ana Soto -> Hans Mohr'],
    ['The owner of rival paper [The Lima Star|O], [Luis Vera|P], welcomed the sale.', 'OWNS Luis Vera -> The Lima Star'],
    ['[Andes Media|O] also owns the [Spanish|D]-language weekly [El Faro|O] and two radio stations.', 'OWNS Andes Media -> El Faro'],
    ['[Acme|O] bought [Datenwerk GmbH|O], a [Berlin|L] startup that makes sensors, for $5 million.', 'BASED_IN Datenwerk GmbH -> Berlin'],
    ['[Acme|O] bought [Datenwerk GmbH|O], a [Berlin|L] software firm, last year.', 'BASED_IN Datenwerk GmbH -> Berlin'],
    ["The [Lima Star|O] was sold. The paper's editor-in-chief, [Luis Vera|P], will stay.", 'WORKS_FOR Luis Vera -> Lima Star'],
    ['[Acme Shipping|O] is owned by [Greek|D] shipowner [Nikos Pappas|P].', 'OWNS Nikos Pappas -> Acme Shipping'],
    ['Sanctions hit the [Piraeus|L]-based operator [Acme Shipping|O] on Monday.', 'BASED_IN Acme Shipping -> Piraeus'],
    ['The audit was done by [Hale Partners|O], a small firm. Its lead auditor, [Ann Cole|P], spoke.', 'WORKS_FOR Ann Cole -> Hale Partners'],
    ['[Hale Media|O] sold the paper. Its owner, [Ann Cole|P], said it was time.', 'OWNS Ann Cole -> Hale Media'],
    ["[Hale Media|O]'s majority owner, [Ann Cole|P], said no.", 'OWNS Ann Cole -> Hale Media'],
    ['[Ana Soto|P] later held separate talks with a delegation from the [Taliban|O] movement.', 'MET_WITH Ana Soto -> Taliban'],
    ['[Ana Soto|P] met a rebel delegation from [Hamas|O] in [Cairo|L].', 'MET_WITH Ana Soto -> Hamas'],
    ['[Ana Soto|P] won the vote. She is a longtime ally of outgoing [Hans Mohr|P:President], who retires.', 'ALLY_OF Ana Soto -> Hans Mohr'],
    ['[Kulima Care|O] runs clinics. The charity is funded largely by [Ford Foundation|O], a US donor.', 'SUPPORTS Ford Foundation -> Kulima Care'],
    ['A [Hamas|O] spokesman in [Gaza|L], [Ali Nur|P], said no.', 'WORKS_FOR Ali Nur -> Hamas'],
    ['The [National Science Fund|O] (NSF), [Kenya|L]\'s main science funder, backed the dig.', 'BASED_IN National Science Fund -> Kenya'],
    ['[Hale Media|O] is advised on the deal by [Ann Cole|P], a former banker.', 'ADVISES Ann Cole -> Hale Media'],
    ['[Tom Reed|P] is advised by [Ann Cole|P].', 'ADVISES Ann Cole -> Tom Reed'],
    ["[Ann Cole|P], who heads [Hale Media|O]'s European division, spoke.", 'WORKS_FOR Ann Cole -> Hale Media'],
    ['[Tom Reed|P], whose family controls [Hale Media|O], declined to comment.', 'OWNS Tom Reed -> Hale Media'],
    ['The [Lima City Council|O] voted to censure [Ann Cole|P] on Tuesday.', 'CRITICIZED Lima City Council -> Ann Cole'],
    ['[Tom Reed|P] made [Ann Cole|P] his chief of staff last year.', 'APPOINTED Tom Reed -> Ann Cole'],
    ['[Tom Reed|P] has chosen [Ann Cole|P], a former diplomat, to head the agency.', 'APPOINTED Tom Reed -> Ann Cole'],
    ['[Ann Cole|P] remains chief executive of [Hale Media|O].', 'WORKS_FOR Ann Cole -> Hale Media'],
    ['[Ann Cole|P] will stay on as chief scientist at [Hale Media|O].', 'WORKS_FOR Ann Cole -> Hale Media'],
    ['[Hale Media|O] took control of [Lima Star|O] in 2020.', 'OWNS Hale Media -> Lima Star'],
    ["[Hale Media|O] donated $1 million to [Ann Cole|P]'s campaign.", 'SUPPORTS Hale Media -> Ann Cole'],
    ['[Hale Media|O], based in the [Colorado|L] city of [Boulder|L], makes maps.', 'BASED_IN Hale Media -> Boulder'],
    ['[Hale Media|O], based in the [Colorado|L] city of [Boulder|L], makes maps.', 'LOCATED_IN Boulder -> Colorado'],
    ["[Nordic Invest|O] bought a stake in second-division club [Real Oviedo|O]. [Nordic Invest|O] is owned by [Ann Cole|P]. He met the club's president, [Tom Reed|P], on Tuesday.", 'WORKS_FOR Tom Reed -> Real Oviedo'],
  ];
  test.each(fires)('fires: %s → %s', (sentence, expected) => {
    expect(extractMarked(sentence).relations).toContain(expected);
  });

  const silent: Row[] = [
    ['[Olaf Lind|P] named economist [Mia Holt|P] in his speech as a rival.', 'APPOINTED Olaf Lind -> Mia Holt'],
    ['[Eva Lund|P] asked [Jan Berg|P] to run the unit.', 'APPOINTED Eva Lund -> Jan Berg'],
    ["[Peru|L]'s central bank chief, [Luis Vera|P], joined the talks.", 'WORKS_FOR Luis Vera -> Peru'],
    ['[Ana Soto|P] met on Friday, then flew with [Hans Mohr|P] to [Lima|L].', 'MET_WITH Ana Soto -> Hans Mohr'],
    ['The owner of rival paper [The Lima Star|O], [Luis Vera|P], welcomed the sale.', 'OWNS Luis Vera -> Lima'],
    ['[Acme|O] sold [Datenwerk GmbH|O], a company it bought in [Berlin|L] in 2019.', 'BASED_IN Datenwerk GmbH -> Berlin'],
    ['The [Treasury|O] said the company is owned by [Greek|D] shipowner [Nikos Pappas|P].', 'OWNS Nikos Pappas -> Treasury'],
    ['The [Treasury|O] fined a [Piraeus|L]-based tanker operator it said had moved oil.', 'BASED_IN Treasury -> Piraeus'],
    ["The [Lima Star|O] was sold. The paper's editor-in-chief met [Luis Vera|P].", 'WORKS_FOR Luis Vera -> Lima Star'],
    ['The paper was sold. Its owner, [Ann Cole|P], said it was time.', 'OWNS Ann Cole -> Hale Media'],
    ['[Hale Media|O] sold the paper. [Tom Reed|P] said its owner, [Ann Cole|P], was away.', 'OWNS Ann Cole -> Hale Media'],
    ['[Hale Partners|O] did the audit. [Ann Cole|P] praised its lead auditor.', 'WORKS_FOR Ann Cole -> Hale Partners'],
    ["[Hale Media|O]'s former owner's son, [Ann Cole|P], said no.", 'OWNS Ann Cole -> Hale Media'],
    ['[Ana Soto|P] later held talks about a delegation from the [Taliban|O] movement.', 'MET_WITH Ana Soto -> Taliban'],
    ['[Ana Soto|P] criticized a delegation from [Hamas|O] in [Cairo|L].', 'MET_WITH Ana Soto -> Hamas'],
    ['[Ana Soto|P] is no longer a longtime ally of outgoing [Hans Mohr|P:President].', 'ALLY_OF Ana Soto -> Hans Mohr'],
    ['[Kulima Care|O] runs clinics. The charity is not funded by [Ford Foundation|O].', 'SUPPORTS Ford Foundation -> Kulima Care'],
    ['A [Hamas|O] rally in [Gaza|L], [Ali Nur|P] said, was large.', 'WORKS_FOR Ali Nur -> Hamas'],
    ['[Hale Media|O] is not advised by [Ann Cole|P].', 'ADVISES Ann Cole -> Hale Media'],
    ['[Tom Reed|P] advised by phone that [Ann Cole|P] should go.', 'ADVISES Ann Cole -> Tom Reed'],
    ["[Ann Cole|P], who visited [Hale Media|O]'s European division, spoke.", 'WORKS_FOR Ann Cole -> Hale Media'],
    ['[Tom Reed|P], whose family sold [Hale Media|O], declined to comment.', 'OWNS Tom Reed -> Hale Media'],
    ['The [Lima City Council|O] voted not to censure [Ann Cole|P].', 'CRITICIZED Lima City Council -> Ann Cole'],
    ['[Tom Reed|P] made [Ann Cole|P] his enemy last year.', 'APPOINTED Tom Reed -> Ann Cole'],
    ['[Ann Cole|P] remains a critic of [Hale Media|O].', 'WORKS_FOR Ann Cole -> Hale Media'],
    ['[Ann Cole|P] will not stay on as chief scientist at [Hale Media|O].', 'WORKS_FOR Ann Cole -> Hale Media'],
    ['[Hale Media|O] failed to take control of [Lima Star|O].', 'OWNS Hale Media -> Lima Star'],
    ["[Hale Media|O] donated $1 million to [Ann Cole|P]'s charity.", 'SUPPORTS Hale Media -> Ann Cole'],
    ['[Hale Media|O], based in the [Colorado|L] city of [Boulder|L], makes maps.', 'BASED_IN Hale Media -> Colorado'],
    ["[Nordic Invest|O] bought a stake in second-division club [Real Oviedo|O]. [Nordic Invest|O] is owned by [Ann Cole|P]. He met the club's president, [Tom Reed|P], on Tuesday.", 'WORKS_FOR Tom Reed -> Nordic Invest'],
    ["[Nordic Invest|O] bought software company [Lumo|O]. [Nordic Invest|O] grew. The company's chief, [Tom Reed|P], spoke.", 'WORKS_FOR Tom Reed -> Lumo'],
  ];
  test.each(silent)('does not fire: %s ↛ %s', (sentence, unexpected) => {
    expect(extractMarked(sentence).relations).not.toContain(unexpected);
  });
});
