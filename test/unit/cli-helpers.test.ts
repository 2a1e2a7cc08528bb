import { shellQuote } from '../../src/cli/commands/neo4j';
import { renderTable } from '../../src/cli/table';
import { parseDownloadedBytes } from '../../src/neo4j/resolve-jars';
import { causeOf } from '../../src/load/neo4j-errors';

test.each([
  ['plain', "'plain'"],
  ["it's", "'it'\\''s'"],
  ['$HOME `x`', "'$HOME `x`'"],
])('shellQuote(%j)', (value, expected) => {
  expect(shellQuote(value)).toBe(expected);
});

test.each([
  ['[INFO] Downloaded from central: https://repo/x.pom (7.3 kB at 12 kB/s)', 7300],
  ['[INFO] Downloaded from central: https://repo/x.jar (1.2 MB at 3 MB/s)', 1_200_000],
  ['[INFO] Downloading from central: https://repo/x.jar', undefined],
])('parseDownloadedBytes(%j)', (line, bytes) => {
  expect(parseDownloadedBytes(line)).toBe(bytes);
});

test('causeOf keeps the first sentence and the socket error underneath', () => {
  const err = { message: 'Failed to connect to server. Please ensure that... Caused by: connect ECONNREFUSED 127.0.0.1:1' };
  expect(causeOf(err)).toBe('Failed to connect to server. (connect ECONNREFUSED 127.0.0.1:1)');
});

test('renderTable aligns columns, joins lists, counts rows', () => {
  const text = renderTable(['actor', 'forms'], [{ actor: 'Elena Whitfield', forms: ['Whitfield', 'Elena Whitfield'] }, { actor: 'Iran', forms: null }]);
  expect(text.split('\n')).toEqual(['actor            forms', '---------------  --------------------------', 'Elena Whitfield  Whitfield; Elena Whitfield', 'Iran', '(2 rows)', '']);
});
