import { testFires, testSilent } from './relations-harness';

type Row = [string, string];

describe('KILLED rules', () => {
  const fires: Row[] = [
    ['[Brutus|P] killed [Julius Caesar|P] in the Senate.', 'KILLED Brutus -> Julius Caesar'],
    ['[Julius Caesar|P] was stabbed to death in [Rome|L] by [Brutus|P].', 'KILLED Brutus -> Julius Caesar'],
    ["[Caesar|P]'s assassin, [Brutus|P], fled.", 'KILLED Brutus -> Caesar'],
    ['[Brutus|P], the assassin of [Caesar|P], fled.', 'KILLED Brutus -> Caesar'],
    ['[John Doe|P] was convicted of the 1999 murder of [Jane Roe|P].', 'KILLED John Doe -> Jane Roe'],
    ['[John Doe|P] pleaded guilty to killing [Jane Roe|P].', 'KILLED John Doe -> Jane Roe'],
    ['[John Doe|P] later admitted that he shot [Jane Roe|P].', 'KILLED John Doe -> Jane Roe'],
    ['The [Nixon|P] administration cut taxes, closed bases, and ordered the killing of [Carlos Ruiz|P].', 'KILLED Nixon -> Carlos Ruiz'],
  ];
  testFires(fires);
  const silent: Row[] = [
    ['[John Doe|P] tried to kill [Jane Roe|P].', 'KILLED John Doe -> Jane Roe'],
    ['[John Doe|P] would not attempt to kill [Jane Roe|P].', 'KILLED John Doe -> Jane Roe'],
    ['A plot linked to [Ruritania|L] aimed at assassinating [Jane Roe|P] was foiled.', 'KILLED Ruritania -> Jane Roe'],
    ['[John Doe|P] condemned the killing of [Jane Roe|P].', 'KILLED John Doe -> Jane Roe'],
    ['[Jane Roe|P] was shot by [John Doe|P].', 'KILLED Jane Roe -> John Doe'],
    ['[John Doe|P] denied that he shot [Jane Roe|P].', 'KILLED John Doe -> Jane Roe'],
  ];
  testSilent(silent);
});

describe('CRITICIZED and SUPPORTS rules', () => {
  const fires: Row[] = [
    ['[Greta Holm|P] criticised [Exxon|O] on Monday.', 'CRITICIZED Greta Holm -> Exxon'],
    ["[Greta Holm|P] has remained vocally opposed to [Exxon|O]'s plans.", 'CRITICIZED Greta Holm -> Exxon'],
    ["[Greta Holm|P], a fierce critic of [Exxon|O], spoke.", 'CRITICIZED Greta Holm -> Exxon'],
    ['[Lincoln|P] named [Mary Ross|P] and [John Hale|P] to the panel. Both figures are staunch critics of [Ruritania|L].', 'CRITICIZED John Hale -> Ruritania'],
    ['Groups like [Hamas|O], which [Qatar|L] backs, gained ground.', 'SUPPORTS Qatar -> Hamas'],
    ['[Ruritanian|L]-backed groups like [Red Hand|O] gained ground.', 'SUPPORTS Ruritanian -> Red Hand'],
    ['[Greta Holm|P] endorsed [Tom Reed|P] for mayor.', 'SUPPORTS Greta Holm -> Tom Reed'],
  ];
  testFires(fires);
  const silent: Row[] = [
    ['[Greta Holm|P] did not criticise [Exxon|O].', 'CRITICIZED Greta Holm -> Exxon'],
    ['[Ruritanian|L]-backed plots targeting [Tom Reed|P] failed.', 'SUPPORTS Ruritanian -> Tom Reed'],
    ['[Greta Holm|P] met [Tom Reed|P] in [Oslo|L].', 'SUPPORTS Greta Holm -> Tom Reed'],
  ];
  testSilent(silent);
});
