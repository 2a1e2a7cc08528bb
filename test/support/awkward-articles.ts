// Made-up articles whose values carry every character the CSV bulk path must pass through:
// line breaks (\n, \r\n, lone \r), tabs, double quotes, commas, U+001F and U+001E (the first two
// array-delimiter candidates, also inside names and so inside list values), other control
// characters, and characters outside the BMP. Titles and texts are normalized by ingest (tabs and
// line breaks become spaces there); JSONL record ids (Article.source), outlets and URLs and file
// names are kept as given, so those carry the line breaks and tabs.
import fs from 'node:fs';
import path from 'node:path';

const RECORDS = [
  {
    id: 'wire\t7\r\n"night"\u001f edition \u{1D11E}\rend',
    title: 'Talks in Vienna: a "quiet", odd\u001fdeal \u0007now \u{1F680}',
    source: 'The \u001f"Tab"\tTimes,\n\u{1F600}',
    url: 'https://example.org/a?q="x"\u001f\u001e',
    date: '2024-03-04',
    text: [
      'Talks in Vienna',
      'At the "quiet" summit, Foreign Minister Lena Vok met Zoë Ærenfeld in Vienna on Monday.',
      '"We will not be moved," Vok said of the deal.',
      'The Ørsund Group\u001fHoldings, a Vienna-based firm, backs Vok. The Vel\u001eTech Alliance, a Graz-based group, backs Ærenfeld.',
      'Chancellor Karl \u{1D505}renn criticised Vok.',
    ].join('\n\n'),
  },
  {
    id: 'second\u001frecord',
    title: 'Vok and the \u{1D49C}cademy',
    date: '2024-03-08',
    text: [
      'Lena Vok met Zoë Ærenfeld again in Graz on Friday.',
      'Vok, an adviser to Chancellor Karl \u{1D505}renn, said the talks went well. Karl \u{1D505}renn appointed Vok as envoy to the United Nations.',
      'The \u{1D400}rcadia Bank, a Graz-based lender, backs Vok. "It is done\u001f finally," \u{1D505}renn said.',
    ].join('\n\n'),
  },
];

const PLAIN_NAME = 'tab\tname "q" \u001f \u{1D11E}.txt';
const PLAIN_TEXT = 'Mayor Ana Pérez met Tomás Ruiz in Madrid.\n\nRuiz, who lives in Seville, criticised the \u{1F680} plan.\n';

/** Writes the corpus (a JSONL file and a plain-text file with an awkward name) into dir; returns dir. */
export function writeAwkwardArticles(dir: string): string {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'corpus.jsonl'), RECORDS.map((r) => JSON.stringify(r)).join('\n') + '\n');
  fs.writeFileSync(path.join(dir, PLAIN_NAME), PLAIN_TEXT);
  return dir;
}

/** The characters a graph from these articles must carry somewhere in its values. */
export const AWKWARD_CHARACTERS = ['\n', '\r', '\t', '"', ',', '\u001f', '\u001e', '\u0007', '\u{1D505}', '\u{1F680}'];
