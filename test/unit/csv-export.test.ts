// `kg extract --format csv`: typed columns as `kg load` stores them, labels split on the array
// delimiter, every character of every value kept, lists no cell can hold named for the
// after-import step, the manifest, and the neo4j-admin arguments. What the files say is read back
// with the same reader `kg neo4j import` checks them with.
import { buildCsvExport, importArguments } from '../../src/bulk/export-csv';
import { CsvRecordReader } from '../../src/bulk/read-csv-records';
import type { GraphDocument } from '../../src/graph/graph-document';
import { KARRO, WHITFIELD, articleA } from '../fixtures/graphs';

function table(text: string): Record<string, string>[] {
  const reader = new CsvRecordReader();
  const [header, ...rows] = [...reader.push(text), ...reader.end()].map((r) => r.fields);
  return rows.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i]])));
}

const oneEntity = (name: string, extra: Record<string, string[] | string | number> = {}): GraphDocument => ({
  nodes: [{ id: 'person:x', labels: ['Entity', 'Person'], properties: { name, aliases: ['X'], roles: [], mentions: 1, ...extra } }],
  relationships: [],
});

describe('buildCsvExport', () => {
  const { files, manifest } = buildCsvExport(articleA());

  test('labels are split on the array delimiter, so a node is :Entity:Person, not one label "Entity;Person"', () => {
    expect(manifest.arrayDelimiter).toBe('U+001F');
    const whitfield = table(files['entities.csv']).find((r) => r['id:ID'] === WHITFIELD);
    expect(whitfield?.[':LABEL']).toBe('Entity\u001fPerson');
  });

  test('columns carry the types kg load stores: integers as long, other numbers as double, lists as arrays', () => {
    const header = (file: string): string[] => files[file].slice(0, files[file].indexOf('\n')).split(',');
    expect(header('entities.csv')).toEqual(['id:ID', ':LABEL', 'aliases:string[]', 'firstSeen:string', 'lastSeen:string', 'mentions:long', 'name:string', 'roles:string[]', '_newsgraph_lists:string[]']);
    expect(header('articles.csv')).toEqual(['id:ID', ':LABEL', 'actors:string[]', 'chars:long', 'date:string', 'extraction:string', 'extractor:string', 'source:string', 'title:string']);
    expect(header('mentions.csv')).toEqual([':START_ID', ':END_ID', ':TYPE', 'count:long', 'forms:string[]', 'group:string', 'starts:long[]']);
    expect(header('relationships.csv')).toEqual(expect.arrayContaining(['articles:string[]', 'confidence:double', 'count:long', 'group:string', 'rule:string', 'place:string']));
    expect(header('evidence.csv')).toEqual(expect.arrayContaining(['start:long', 'end:long', 'sentence:string', 'confidence:double', 'from:string', 'to:string']));
    expect(header('names.csv')).toEqual(expect.arrayContaining(['nameCounts:long[]', 'confidences:double[]', 'uses:long', 'entity:string']));
  });

  test('a symmetric relation is written once from the smaller id, as the loader stores it; mentions are the MENTIONS sum', () => {
    const met = table(files['relationships.csv']).filter((r) => r[':TYPE'] === 'MET_WITH');
    expect(met.map((r) => [r[':START_ID'], r[':END_ID'], r['count:long']])).toEqual([[KARRO, WHITFIELD, '1']]);
    expect(table(files['entities.csv']).find((r) => r['id:ID'] === WHITFIELD)?.['mentions:long']).toBe('3');
  });

  test('empty lists have no cell (the importer would drop the property): the after-import step restores them', () => {
    const newYork = table(files['entities.csv']).find((r) => r['id:ID'] === 'location:new-york');
    expect([newYork?.['aliases:string[]'], newYork?.['roles:string[]'], newYork?.['_newsgraph_lists:string[]']]).toEqual(['', '', 'aliases=[]\u001froles=[]']);
    expect(manifest.listFixes).toBe(true);
    expect(files['after-import.cypher']).toContain('_newsgraph_lists');
    const single = buildCsvExport(oneEntity('Y', { tags: [''] })).files['entities.csv'];
    expect(table(single)[0]['_newsgraph_lists:string[]']).toBe("roles=[]\u001ftags=['']");
  });

  test('every character survives: quotes, commas, line breaks, tabs, control and non-BMP characters', () => {
    const name = 'A "b", c\n\r\nd\te\u0007f\u{1F680}\u001fg';
    const alias = `${name} Jr`; // an alias equal to the name would be dropped, as kg load drops it
    const { files: f, manifest: m } = buildCsvExport(oneEntity(name, { aliases: ['X', alias] }));
    const row = table(f['entities.csv'])[0];
    expect(row['name:string']).toBe(name);
    expect(m.arrayDelimiter).toBe('U+001E');
    expect(row['aliases:string[]'].split('\u001e')).toEqual(['X', alias]);
    expect(m.multiline).toEqual(['entities.csv']);
    expect(buildCsvExport(oneEntity('N', { aliases: ['a\u001fb', 'c\u001ed'] })).manifest.arrayDelimiter).toBe('U+001D');
  });

  test('a key typed differently in some element moves that element to a second file of its kind', () => {
    const g = oneEntity('A', { score: 'high' });
    g.nodes.push({ id: 'person:y', labels: ['Entity', 'Person'], properties: { name: 'B', aliases: [], roles: [], mentions: 1, score: 2.5 } });
    const { files: f, manifest: m } = buildCsvExport(g);
    expect(m.nodes).toEqual(['entities.csv', 'entities-2.csv', 'articles.csv', 'quotes.csv', 'evidence.csv', 'names.csv']);
    expect(f['entities-2.csv']).toContain('score:double');
  });

  test('the same graph gives byte-identical files', () => {
    expect(buildCsvExport(articleA()).files).toEqual(files);
  });

  test('values Neo4j cannot store and names that cannot be columns are refused', () => {
    expect(() => buildCsvExport(oneEntity('A', { mixed: ['a', 1] as unknown as string[] }))).toThrow(/mixes string and double/);
    expect(() => buildCsvExport(oneEntity('A', { 'bad key': 'x' }))).toThrow(/property name "bad key"/);
  });
});

describe('importArguments', () => {
  test('the manifest decides the delimiter, line-break handling and read buffer; staged imports never overwrite', () => {
    const { manifest } = buildCsvExport(oneEntity('two\nlines'));
    const args = importArguments('/data/csv/', manifest, { overwrite: false });
    expect(args.slice(0, 4)).toEqual(['database', 'import', 'full', 'neo4j']);
    expect(args).toEqual(expect.arrayContaining(['--nodes=/data/csv/entities.csv', '--relationships=/data/csv/mentions.csv', '--array-delimiter=U+001F', '--multiline-fields=true', '--read-buffer-size=4194304']));
    expect(args.some((a) => a.startsWith('--overwrite-destination'))).toBe(false);
    expect(importArguments('d', buildCsvExport(articleA()).manifest)).not.toContain('--multiline-fields=true');
  });
});
