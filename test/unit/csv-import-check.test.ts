// What `kg neo4j import` checks before neo4j-admin sees a folder: the CSV syntax the importer
// reads (in chunks of any size), and per record the values, ids, labels and relationship ends,
// reported as FILE:LINE with a cause; and how a failed neo4j-admin run is turned into a message.
import { CsvFileCheck, type CsvProblem } from '../../src/bulk/check-csv';
import { buildCsvExport } from '../../src/bulk/export-csv';
import { CsvRecordReader } from '../../src/bulk/read-csv-records';
import type { CsvManifest } from '../../src/bulk/csv-manifest';
import { describeImportFailure } from '../../src/neo4j/admin-failure';
import { articleA } from '../fixtures/graphs';

function records(text: string, chunk = text.length) {
  const reader = new CsvRecordReader();
  const out = [];
  for (let i = 0; i < text.length; i += chunk) out.push(...reader.push(text.slice(i, i + chunk)));
  return [...out, ...reader.end()];
}

describe('CsvRecordReader', () => {
  const text = 'a,"b ""q"", c",d\r\n"two\nlines","",\n"x\r\ny",z,w';

  test('quoted values keep commas, doubled quotes and line breaks; records know their first line; chunking does not matter', () => {
    const expected = [
      { line: 1, fields: ['a', 'b "q", c', 'd'], multiline: false },
      { line: 2, fields: ['two\nlines', '', ''], multiline: true },
      { line: 4, fields: ['x\r\ny', 'z', 'w'], multiline: true },
    ];
    expect(records(text)).toEqual(expected);
    expect(records(text, 1)).toEqual(expected);
  });

  test('text after a closing quote and a quote left open are syntax errors on their line', () => {
    expect(() => records('a,b\n"c"x,d\n')).toThrow(expect.objectContaining({ line: 2, message: expect.stringContaining('"x" after the closing quote') }));
    expect(() => records('a\n"open\n\n')).toThrow(expect.objectContaining({ line: 2, message: expect.stringContaining('not closed') }));
  });
});

describe('CsvFileCheck', () => {
  const { files, manifest } = buildCsvExport(articleA());

  function check(file: string, text: string, m: CsvManifest = manifest, ids = new Map<string, string>()): CsvProblem | undefined {
    const kind = m.nodes.includes(file) ? 'nodes' : 'relationships';
    const c = new CsvFileCheck(file, kind, m, '\u001f', ids);
    for (const r of records(text)) {
      const p = c.check(r);
      if (p) return p;
    }
    return undefined;
  }

  function checkAll(overrides: Record<string, string> = {}): CsvProblem | undefined {
    const ids = new Map<string, string>();
    for (const file of [...manifest.nodes, ...manifest.relationships]) {
      const p = check(file, overrides[file] ?? files[file], manifest, ids);
      if (p) return p;
    }
    return undefined;
  }

  const edit = (file: string, from: string | RegExp, to: string): Record<string, string> => ({ [file]: files[file].replace(from, to) });

  test('the files kg extract writes pass', () => {
    expect(checkAll()).toBeUndefined();
  });

  test.each([
    ['a value that is not its column type', edit('entities.csv', /,3,"Elena Whitfield"/, ',three,"Elena Whitfield"'), { file: 'entities.csv', kind: 'value', cause: 'column mentions: "three" is not a long' }],
    ['an integer beyond a Neo4j long', edit('articles.csv', ',1200,', ',9223372036854775808,'), { file: 'articles.csv', line: 2, kind: 'value', cause: 'column chars: 9223372036854775808 is out of the range of a long' }],
    ['a missing value', edit('articles.csv', ',1200,', ','), { file: 'articles.csv', line: 2, kind: 'syntax', cause: '8 values, but the header has 9 columns' }],
    ['a label outside the allow-list', edit('entities.csv', 'Entity\u001fPerson', 'Entity\u001fHuman'), { file: 'entities.csv', kind: 'value', cause: 'label "Human" is not one of Entity, Person, Organization, Location, Article, Quote, Evidence, Name' }],
    ['a node defined twice (files of two runs)', { 'articles.csv': files['articles.csv'] + files['articles.csv'].split('\n')[1] + '\n' }, { file: 'articles.csv', line: 3, kind: 'mixed-exports', cause: expect.stringMatching(/^node id "article-a+" is already defined at articles.csv:2$/) }],
    ['a relationship to a node no file defines', edit('mentions.csv', 'person:elena-whitfield', 'person:nobody'), { file: 'mentions.csv', line: 7, kind: 'mixed-exports', cause: expect.stringContaining('names node "person:nobody"') }],
    ['a line break in a file import.json does not list as multiline', edit('articles.csv', 'seeds/a.txt', 'seeds/\na.txt'), { file: 'articles.csv', line: 2, kind: 'syntax', cause: expect.stringContaining('does not list this file under "multiline"') }],
  ])('%s is reported with file, line and cause', (_, overrides, expected) => {
    expect(checkAll(overrides)).toEqual(expect.objectContaining(expected));
  });
});

describe('describeImportFailure', () => {
  const failed = (output: string, error?: Error) => describeImportFailure({ status: error ? null : 70, output, error });

  test('names the file and line (the importer counts from 0) and the original error; hints at the CSV', () => {
    const output = [
      'IMPORT FAILED in 1s 20ms.',
      'Caused by: org.neo4j.internal.batchimport.input.InputException: ERROR in input',
      '  data source: BufferedCharSeeker[source:/x/csv/entities.csv, position:120, line:4]',
      '  original error: Extra column not present in header on line 4 in /x/csv/entities.csv with value 7',
    ].join('\n');
    const e = failed(output);
    expect(e.message).toBe('neo4j-admin could not import the CSV files: /x/csv/entities.csv:5: Extra column not present in header on line 4 in /x/csv/entities.csv with value 7; the current database was not changed');
    expect(e.hint).toContain('kg extract INPUTS --format csv');
  });

  test.each([
    ['Caused by: java.lang.OutOfMemoryError: Java heap space', undefined, /NEWSGRAPH_NEO4J_HEAP/],
    ['Caused by: java.io.IOException: No space left on device', undefined, /disk is full/],
    ['', Object.assign(new Error('spawnSync java ENOENT'), { code: 'ENOENT' }), /Java 17 is needed/],
  ])('the hint fits the cause: %s', (output, error, hint) => {
    expect(failed(output, error).hint).toMatch(hint);
  });
});
