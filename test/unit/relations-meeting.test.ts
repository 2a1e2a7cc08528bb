import { extractMarked } from './relations-harness';

describe('MET_WITH rules', () => {
  const fires: Array<[string, string]> = [
    ['[Angela Merkel|P] met [Emmanuel Macron|P] in [Paris|L] on Tuesday.', 'MET_WITH Angela Merkel -> Emmanuel Macron'],
    ['[Ursula Weber|P], a veteran trade negotiator, met with [Tokyo|L]\'s envoy [Kenji Sato|P] for two hours.', 'MET_WITH Ursula Weber -> Kenji Sato'],
    ['[Greenpeace|O] held talks with [Shell|O] last week.', 'MET_WITH Greenpeace -> Shell'],
    ['A meeting between [Joe Biden|P] and [Xi Jinping|P] ended without a deal.', 'MET_WITH Joe Biden -> Xi Jinping'],
    ['[Olaf Scholz|P] and [Rishi Sunak|P] met in [London|L].', 'MET_WITH Olaf Scholz -> Rishi Sunak'],
    // a demonym after "with" that modifies a title is the country's adjective, not a language
    ['[Chirac|P] held talks with [German|D] Chancellor [Gerhard Schroeder|P] in [Berlin|L].', 'MET_WITH Chirac -> Gerhard Schroeder'],
    ['[Chirac|P] held talks with [German|D] Chancellor [Gerhard Schroeder|P] in [Berlin|L].', 'WORKS_FOR Gerhard Schroeder -> Germany'],
    // ... and in a list the person it introduces is the member, not the country
    ['[Tom Reed|P] met [Italian|D] Prime Minister [Marco Rossi|P] and [German|D] Chancellor [Karl Baum|P].', 'MET_WITH Tom Reed -> Karl Baum'],
  ];
  test.each(fires)('fires: %s', (sentence, expected) => {
    expect(extractMarked(sentence).relations).toContain(expected);
  });

  const silent: string[] = [
    '[Angela Merkel|P] did not meet [Emmanuel Macron|P] in [Paris|L].',
    '[Angela Merkel|P] refused to meet [Emmanuel Macron|P].',
    '[Angela Merkel|P] plans to meet [Emmanuel Macron|P] next month.',
    '[Angela Merkel|P] never met [Emmanuel Macron|P].',
    'A meeting between [Joe Biden|P] and [China|L]\'s envoy was cancelled.',
    '[Angela Merkel|P] visited [Paris|L] on Tuesday.',
    '[Angela Merkel|P] held talks in [German|D] with the press.',
  ];
  test.each(silent)('does not fire: %s', (sentence) => {
    expect(extractMarked(sentence).relations.filter((r) => r.startsWith('MET_WITH'))).toEqual([]);
  });

  test('keeps place and the date as written when the article has no date', () => {
    const d = extractMarked('[Angela Merkel|P] met [Emmanuel Macron|P] for an hour in [Paris|L] on November 11.').details.find((x) => x.line.startsWith('MET_WITH'));
    expect(d).toMatchObject({ place: 'Paris', date: 'November 11', rule: 'met-verb' });
  });

  test('resolves the date against the article date', () => {
    const d = extractMarked('[Angela Merkel|P] met [Emmanuel Macron|P] in [Paris|L] on November 11.', '2024-11-15').details.find((x) => x.line.startsWith('MET_WITH'));
    expect(d?.date).toBe('2024-11-11');
    const monday = extractMarked('[Angela Merkel|P] met [Emmanuel Macron|P] on Monday.', '2024-11-15').details[0];
    expect(monday.date).toBe('2024-11-11');
  });
});
