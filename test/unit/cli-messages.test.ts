// What the CLI prints: the progress line ends before anything else; no progress into a file or
// pipe unless --verbose; control characters escaped; counts that agree with their number;
// credentials in URIs never printed; one wording of the start-up line.
import { createReporter } from '../../src/cli/reporter';
import { escapeControl } from '../../src/cli/escape-control';
import { countOf } from '../../src/cli/count-of';
import { formatError } from '../../src/cli/report-error';
import { NewsgraphError, isUsageError } from '../../src/errors';
import { redactUri, splitUriCredentials } from '../../src/load/uri-credentials';
import { resolveNeo4jTarget } from '../../src/load/connect';
import { resolveConfig } from '../../src/config';
import { localUpMessage } from '../../src/neo4j/local-neo4j';

function fakeStream(isTTY: boolean): { stream: NodeJS.WriteStream; text: () => string } {
  let out = '';
  const stream = { isTTY, write: (s: string) => ((out += s), true) } as unknown as NodeJS.WriteStream;
  return { stream, text: () => out };
}

const stats = { articles: 1, entities: 8, relations: 9 };

describe('progress', () => {
  test('on a terminal: rewritten in place, and cleared by endProgress before results are printed', async () => {
    const { stream, text } = fakeStream(true);
    const r = createReporter({ quiet: false, verbose: false }, stream);
    await new Promise((done) => setTimeout(done, 250));
    r.progress(stats);
    r.endProgress();
    expect(text()).toBe('\r\x1b[Karticles 1, entities 8, relations 9\r\x1b[K');
  });

  test.each([
    [false, ''],
    [true, 'articles 1, entities 8, relations 9\n'],
  ])('not a terminal, --verbose %j: %j', async (verbose, expected) => {
    const { stream, text } = fakeStream(false);
    const r = createReporter({ quiet: false, verbose }, stream);
    await new Promise((done) => setTimeout(done, 5100));
    r.progress(stats);
    r.endProgress();
    expect(text()).toBe(expected);
  }, 15_000);
});

test.each([
  ['evil\x1b[31mred.txt: binary', false, 'evil\\x1b[31mred.txt: binary'],
  ['a\rb\nc', false, 'a\\x0db\nc'],
  ['a\rb\nc', true, 'a\\x0db\\x0ac'],
  ['plain Zürich text', true, 'plain Zürich text'],
])('escapeControl(%j, oneLine %j)', (text, oneLine, expected) => {
  expect(escapeControl(text, oneLine)).toBe(expected);
});

test('a warning naming a file with a terminal escape code prints it escaped', () => {
  const { stream, text } = fakeStream(false);
  createReporter({ quiet: false, verbose: false }, stream).warnings([{ code: 'X', message: 'bad\x1b]0;title\x07.txt: skipped', fatal: true }]);
  expect(text()).toBe('error: bad\\x1b]0;title\\x07.txt: skipped\n');
});

test.each([
  [1, 'article', undefined, '1 article'],
  [3, 'article', undefined, '3 articles'],
  [1, 'entity', 'entities', '1 entity'],
  [0, 'entity', 'entities', '0 entities'],
])('countOf(%j, %j)', (n, singular, plural, expected) => {
  expect(countOf(n, singular, plural)).toBe(expected);
});

describe('credentials in a URI', () => {
  test.each([
    ['bolt://neo4j:s3cret@db.example:7687', { uri: 'bolt://db.example:7687', username: 'neo4j', password: 's3cret' }],
    ['neo4j+s://ann:p%40ss@x.io', { uri: 'neo4j+s://x.io', username: 'ann', password: 'p@ss' }],
    ['bolt://localhost:7687', { uri: 'bolt://localhost:7687' }],
  ])('splitUriCredentials(%j)', (uri, expected) => {
    expect(splitUriCredentials(uri)).toEqual(expected);
  });

  test('the target keeps the password for the connection and a URI without it', () => {
    const target = resolveNeo4jTarget(resolveConfig({}, { NEO4J_URI: 'bolt://neo4j:s3cret@127.0.0.1:1' }));
    expect(target).toMatchObject({ uri: 'bolt://127.0.0.1:1', username: 'neo4j', password: 's3cret' });
  });

  test('an error message quoting a URI with a password prints it redacted', () => {
    const text = formatError(new NewsgraphError('NEO4J_UNREACHABLE', 'cannot reach Neo4j at bolt://neo4j:s3cret@h:1', 'check bolt://u:pw@h'), false);
    expect(text).toBe('error: cannot reach Neo4j at bolt://***@h:1\nhint: check bolt://***@h');
    expect(redactUri('see neo4j+s://a:b@c.io and http://plain/x')).toBe('see neo4j+s://***@c.io and http://plain/x');
  });
});

test.each([
  ['USAGE', true],
  ['QUERY_UNKNOWN', true],
  ['QUERY_PARAM', true],
  ['ACTOR_UNKNOWN', false],
  ['NEO4J_AUTH', false],
] as const)('%s is a usage error (exit 2): %j', (code, usage) => {
  expect(isUsageError(new NewsgraphError(code, 'x'))).toBe(usage);
});

test('one wording of the start-up line, whichever command started the server', () => {
  expect(localUpMessage(12345)).toBe('Local Neo4j up after 12.3 s.');
});
