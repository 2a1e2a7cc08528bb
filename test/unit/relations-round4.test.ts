// Round-4 phrasings: adviser named after the description, owners in relative clauses, passive
// criticism, appointments with a described appointee, treaty allies, backing "won from", places
// described in apposition. Sentences written for these tests.
import { extractMarked } from './relations-harness';

type Row = [string, string];

describe('round-4 relation phrasings', () => {
  const fires: Row[] = [
    ['A senior adviser to [Angela Merkel|P], [Lena Vogt|P], said the talks went well.', 'ADVISES Lena Vogt -> Angela Merkel'],
    ['An economic adviser to [Olaf Scholz|P], [Jonas Weber|P], resigned.', 'ADVISES Jonas Weber -> Olaf Scholz'],
    ['[Acme Shipping|O], a Dubai-based operator that is owned by Greek tycoon [Nikos Pappas|P], was listed.', 'OWNS Nikos Pappas -> Acme Shipping'],
    ['The plan was backed by builder [Tom Hart|P], whose company [Hartwell Homes|O] owns land nearby.', 'OWNS Tom Hart -> Hartwell Homes'],
    ["[Tom Hart|P]'s company [Hartwell Homes|O] built the tower.", 'OWNS Tom Hart -> Hartwell Homes'],
    ['[Tom Hart|P], who owns [Hartwell Homes|O], declined to comment.', 'OWNS Tom Hart -> Hartwell Homes'],
    ['[Ines Roth|P] was criticized repeatedly by the opposition leader, [Karl Berg|P], who called for an inquiry.', 'CRITICIZED Karl Berg -> Ines Roth'],
    ["[Poland|L]'s foreign minister, [Adam Nowak|P], sharply criticized [Hungarian|D] Foreign Minister [Peter Szabo|P] on Monday.", 'CRITICIZED Adam Nowak -> Peter Szabo'],
    ['[Ruto|P] later named [Amina Odhiambo|P], a former foreign minister, as special envoy.', 'APPOINTED Ruto -> Amina Odhiambo'],
    ['[Lee|P] named [Ann Tan|P], a former bank official, as chief risk officer and [Ben Goh|P] as head of sales.', 'APPOINTED Lee -> Ben Goh'],
    ['[Kate Brown|P] named Deputy Treasurer [Tom Hill|P] as treasurer and lawyer [Jane Cole|P] as budget director.', 'APPOINTED Kate Brown -> Jane Cole'],
    ["On Monday, [Mary Barra|P] named the unit's finance chief, [Paul Jacobs|P], as chief financial officer.", 'APPOINTED Mary Barra -> Paul Jacobs'],
    ['[Japan|L], a treaty ally of the [United States|L], sent ships.', 'ALLY_OF Japan -> United States'],
    ['[Ann Lowe|P], a key ally of the party leader, [John Major|P], spoke.', 'ALLY_OF Ann Lowe -> John Major'],
    ["[Ann Lowe|P], long regarded as [John Major|P]'s closest ally in cabinet, resigned.", 'ALLY_OF Ann Lowe -> John Major'],
    ['[Sam Ford|P] has also won the backing of property developer [Nigel Kent|P], a major donor.', 'SUPPORTS Nigel Kent -> Sam Ford'],
    ["The [Ogaden Militia|O], which is backed by [Ethiopia|L]'s federal government, took the town.", 'SUPPORTS Ethiopia -> Ogaden Militia'],
    ['Fighting spread in the [Gedo region|L] of southern [Somalia|L] on Friday.', 'LOCATED_IN Gedo region -> Somalia'],
    ['Ships gathered near [Clark|L], a former U.S. air base in [Pampanga province|L], on Monday.', 'LOCATED_IN Clark -> Pampanga province'],
    ["[Negaunee|L], a small mining town in [Michigan|L]'s [Upper Peninsula|L], is quiet.", 'LOCATED_IN Negaunee -> Upper Peninsula'],
    ['[Gina Ray|P] will return to [Perth|L], where she lives with her husband.', 'LIVES_IN Gina Ray -> Perth'],
    ["[Kate Brown|P], a Democrat in her second term as [Oregon|L]'s governor, spoke.", 'WORKS_FOR Kate Brown -> Oregon'],
    ['[Tom Hill|P], 52, grew up in [Eugene|L] and lives in [Salem|L] with his wife.', 'LIVES_IN Tom Hill -> Salem'],
    ['[Gina Ray|P] will return to [Perth|L], where she has lived for years.', 'LIVES_IN Gina Ray -> Perth'],
    ['[Eva Lund|P], an analyst at [Nordea Markets|O] in [Oslo|L], said prices would rise.', 'BASED_IN Nordea Markets -> Oslo'],
    ['The deal was approved by [Acme Media|O]. The paper\'s editor, [Luis Mora|P], said nothing.', 'WORKS_FOR Luis Mora -> Acme Media'],
    ["[Poland|L]'s foreign minister, [Adam Nowak|P], sharply criticized [Hungarian|D] [Peter Szabo|P:Foreign Minister] on Monday.", 'CRITICIZED Adam Nowak -> Peter Szabo'],
    ['[Adam Nowak|P] criticized the [Chinese|D] government on Monday.', 'CRITICIZED Adam Nowak -> China'],
    ["[Ruto|P] later named [Amina Odhiambo|P], a former foreign minister, as [Kenya|L]'s special envoy to [Somalia|L].", 'APPOINTED Ruto -> Amina Odhiambo'],
    ["[Ruto|P] later named [Amina Odhiambo|P], a former foreign minister, as [Kenya|L]'s special envoy to [Somalia|L].", 'WORKS_FOR Amina Odhiambo -> Kenya'],
    ['The firms include [Acme Shipping|O], a [Dubai|L]-based operator that is owned by [Russian|D] businessman [Nikos Pappas|P].', 'OWNS Nikos Pappas -> Acme Shipping'],
    ['[Acme Shipping|O] is owned by [Russian|D] businessman [Nikos Pappas|P].', 'OWNS Nikos Pappas -> Acme Shipping'],
    ['[Sakura Holdings|O], which owns a 30 percent stake in [Lumo|O], said it would stay.', 'OWNS Sakura Holdings -> Lumo'],
    ["[Jon Lie|P], head of [Norway|L]'s fraud unit, said no.", 'WORKS_FOR Jon Lie -> Norway'],
    ["[Kessel Fracht|O] agreed the deal. [Kessel|O] shares rose. On Tuesday, Kessel's finance chief, [Petra Holm|P], spoke.", 'WORKS_FOR Petra Holm -> Kessel Fracht'],
    ['[Karim Said|P] met his [Jordanian|D] counterpart, [Rami Nasser|P:Foreign Minister], in [Amman|L].', 'WORKS_FOR Rami Nasser -> Jordan'],
    ['[Tom Hill|P] was endorsed within hours by the [Oregon Nurses Association|O].', 'SUPPORTS Oregon Nurses Association -> Tom Hill'],
    ['[Jan Berg|P] will leave his post at [Yale University|O] next month.', 'WORKS_FOR Jan Berg -> Yale University'],
    ["The [Federal Prosecutor's Office|O], [Chile|L]'s competition watchdog, will decide.", "BASED_IN Federal Prosecutor's Office -> Chile"],
    ["[Karl Berg|P] has endorsed [Ines Roth|P]'s bid for the leadership.", 'SUPPORTS Karl Berg -> Ines Roth'],
    ['The [United States|L] and its treaty ally, the [Philippines|L], held drills.', 'ALLY_OF United States -> Philippines'],
    ['[Ines Roth|P], who has been criticized by [Karl Berg|P], resigned.', 'CRITICIZED Karl Berg -> Ines Roth'],
    ['The scan was made at [Leiden University|O]. It took a week. The results were clear. Few had expected them. She worked with [Kofi Addo|P], a researcher at the university who grew up in Kumasi.', 'WORKS_FOR Kofi Addo -> Leiden University'],
    ["[Volodymyr Zelensky|P] spoke first. [Zelensky|P] left early. Zelensky condemned [Vladimir Putin|P]'s demands.", 'CRITICIZED Volodymyr Zelensky -> Vladimir Putin'],
    ["[Negaunee|L], in [Michigan|L]'s [Upper Peninsula|L], is quiet.", 'LOCATED_IN Negaunee -> Upper Peninsula'],
    ['Police said [Omar Haddad|P] was killed by gunmen from [Saraya Ashura|O], a splinter group.', 'KILLED Saraya Ashura -> Omar Haddad'],
    ['The minister said [al-Shabaab|O] fighters killed [Ali Nur|P], a district commissioner, in an ambush.', 'KILLED al-Shabaab -> Ali Nur'],
    ['[Hamas|O] killed [Ali Nur|P] in a raid.', 'KILLED Hamas -> Ali Nur'],
  ];
  test.each(fires)('fires: %s → %s', (sentence, expected) => {
    expect(extractMarked(sentence).relations).toContain(expected);
  });

  const silent: Row[] = [
    ['An adviser to [Angela Merkel|P] said [Lena Vogt|P] was wrong.', 'ADVISES Lena Vogt -> Angela Merkel'],
    ['[Ines Roth|P] was criticized repeatedly by the opposition leader, [Karl Berg|P], who called for an inquiry.', 'CRITICIZED Ines Roth -> Karl Berg'],
    ['[Tom Hill|P], 52, grew up in [Eugene|L] and lives in [Salem|L] with his wife.', 'LOCATED_IN Eugene -> Salem'],
    ['[Eva Lund|P], an analyst at [Nordea Markets|O] in [Oslo|L], said prices would rise.', 'LIVES_IN Eva Lund -> Oslo'],
    ['[Sara Berg|P] met [Volvo Group|O] in [Gothenburg|L] in January.', 'BASED_IN Volvo Group -> Gothenburg'],
    ['[Tom Hart|P] did not own [Hartwell Homes|O].', 'OWNS Tom Hart -> Hartwell Homes'],
    ['[Sam Ford|P] failed to win the backing of [Nigel Kent|P].', 'SUPPORTS Nigel Kent -> Sam Ford'],
    ["[Poland|L]'s foreign minister, [Adam Nowak|P], sharply criticized [Hungarian|D] Foreign Minister [Peter Szabo|P] on Monday.", 'WORKS_FOR Adam Nowak -> Hungary'],
    ["[Poland|L]'s foreign minister, [Adam Nowak|P], sharply criticized [Hungarian|D] Foreign Minister [Peter Szabo|P] on Monday.", 'CRITICIZED Adam Nowak -> Hungary'],
    ["The case went to the [Federal Prosecutor's Office|O]. The paper's editor, [Luis Mora|P], said nothing.", "WORKS_FOR Luis Mora -> Federal Prosecutor's Office"],
    ['[Acme Shipping|O] is owned by a [Russian|D] bank, not by [Nikos Pappas|P].', 'OWNS Nikos Pappas -> Acme Shipping'],
    ["[Jon Lie|P], head of [Norway|L]'s fraud unit, met [Sweden|L]'s envoy.", 'WORKS_FOR Jon Lie -> Sweden'],
    ['[Kessel Fracht|O] agreed the deal. [Kessel|O] shares rose. A rival of Kessel, [Petra Holm|P], spoke.', 'WORKS_FOR Petra Holm -> Kessel Fracht'],
    ['[Karim Said|P] met [Jordan|L] and his counterpart, [Rami Nasser|P], in [Amman|L].', 'WORKS_FOR Rami Nasser -> Jordan'],
    ['[Tom Hill|P] was not endorsed by the [Oregon Nurses Association|O].', 'SUPPORTS Oregon Nurses Association -> Tom Hill'],
    ['[Jan Berg|P] will not leave his post at [Yale University|O].', 'WORKS_FOR Jan Berg -> Yale University'],
    ["The [Federal Prosecutor's Office|O], [Chile|L]'s oldest body, met [Peru|L]'s competition watchdog.", "BASED_IN Federal Prosecutor's Office -> Peru"],
    ["[Karl Berg|P] has not endorsed [Ines Roth|P]'s bid for the leadership.", 'SUPPORTS Karl Berg -> Ines Roth'],
    ["[Karl Berg|P] has endorsed [Ines Roth|P]'s plan for the party.", 'SUPPORTS Karl Berg -> Ines Roth'],
    ['[Ines Roth|P], who has been criticized by [Karl Berg|P], resigned.', 'CRITICIZED Ines Roth -> Karl Berg'],
    ['The [United States|L] and [Japan|L] and their rival [China|L] met.', 'ALLY_OF Japan -> China'],
    ['The deal was signed by [Acme Corp|O]. It took a week. The results were clear. Few had expected them. She worked with [Kofi Addo|P], a director at the company who grew up in Kumasi.', 'WORKS_FOR Kofi Addo -> Acme Corp'],
    ['[Anna Polish|P] spoke first. [Polish|P] left early. Polish officials condemned [Vladimir Putin|P] again.', 'CRITICIZED Anna Polish -> Vladimir Putin'],
    ["She lived in [Negaunee|L], in [Michigan|L]'s capital and in [Ohio|L].", 'LOCATED_IN Negaunee -> Ohio'],
    ['Officials in [Portland|L] and [Salem|L] agreed.', 'LOCATED_IN Portland -> Salem'],
    ['[Hamas|O] allegedly killed [Ali Nur|P] in a raid.', 'KILLED Hamas -> Ali Nur'],
    ['[Hamas|O] denied it killed [Ali Nur|P].', 'KILLED Hamas -> Ali Nur'],
    ['[Hamas|O] was accused of having killed [Ali Nur|P].', 'KILLED Hamas -> Ali Nur'],
    ['[Ali Nur|P] was killed in a raid, the [Interior Ministry|O] said.', 'KILLED Interior Ministry -> Ali Nur'],
    ['[Ali Nur|P] was killed by a bomb, according to the [Interior Ministry|O].', 'KILLED Interior Ministry -> Ali Nur'],
    ['[Gina Ray|P] will not return to [Perth|L] this year.', 'LIVES_IN Gina Ray -> Perth'],
    ['[Japan|L] and the [United States|L] sent ships; neither is a treaty partner of [China|L].', 'ALLY_OF Japan -> China'],
    ['The [Ogaden Militia|O] attacked [Ethiopia|L]\'s federal government troops.', 'SUPPORTS Ethiopia -> Ogaden Militia'],
  ];
  test.each(silent)('does not fire: %s ↛ %s', (sentence, unexpected) => {
    expect(extractMarked(sentence).relations).not.toContain(unexpected);
  });
});
