import { parseNamedQuery } from '../../src/query/named-query';
import { buildQueryParams, parseParamPair } from '../../src/query/query-params';
import { NewsgraphError } from '../../src/errors';
import { findNamedQuery } from '../../src/query/query-catalog';

const TEXT = `// Who met whom: pairs of actors.
// Second line of the description.
// @param name string = "" part of a name; "" for all
// @param limit int = 50 maximum rows
// @param who string the actor, e.g. "Whitfield"
// @param exact boolean = false exact match
// @param min float = 0.5 minimum confidence
// Browser: :param name => "Whitfield"
MATCH (n) RETURN n LIMIT $limit
`;

describe('parseNamedQuery', () => {
  const q = parseNamedQuery('who', TEXT);
  test('description from the comment lines before the first @param', () => {
    expect(q.description).toBe('Who met whom: pairs of actors. Second line of the description.');
  });
  test('params with type, default (quoted or bare) and description; no default = required', () => {
    expect(q.params).toEqual([
      { name: 'name', type: 'string', defaultValue: '', description: 'part of a name; "" for all' },
      { name: 'limit', type: 'int', defaultValue: '50', description: 'maximum rows' },
      { name: 'who', type: 'string', defaultValue: undefined, description: 'the actor, e.g. "Whitfield"' },
      { name: 'exact', type: 'boolean', defaultValue: 'false', description: 'exact match' },
      { name: 'min', type: 'float', defaultValue: '0.5', description: 'minimum confidence' },
    ]);
  });
  test('the statement is what follows the header', () => {
    expect(q.cypher).toBe('MATCH (n) RETURN n LIMIT $limit');
  });
  test.each([
    ['// @param x date\nRETURN 1', /cannot parse/],
    ['// only a header\n', /no statement/],
  ])('rejects %j', (text, message) => {
    expect(() => parseNamedQuery('bad', text)).toThrow(message);
  });
});

describe('--param', () => {
  const q = parseNamedQuery('who', TEXT);
  test.each([
    ['name=Elena Whitfield', ['name', 'Elena Whitfield']],
    ['name=a=b', ['name', 'a=b']],
    ['name=', ['name', '']],
  ])('parseParamPair(%j)', (pair, expected) => {
    expect(parseParamPair(pair)).toEqual(expected);
  });

  test('"=value" and "novalue" are usage errors', () => {
    for (const pair of ['=x', 'novalue']) expect(() => parseParamPair(pair)).toThrow(expect.objectContaining({ code: 'USAGE' }));
  });

  test('fills defaults and converts types (int → Neo4j integer)', () => {
    const params = buildQueryParams(q, ['who=Whitfield', 'limit=7', 'exact=true', 'min=0.9']);
    expect(params.name).toBe('');
    expect(params.who).toBe('Whitfield');
    expect(String(params.limit)).toBe('7');
    expect(typeof params.limit).toBe('object');
    expect(params.exact).toBe(true);
    expect(params.min).toBe(0.9);
  });

  test.each([
    [[], 'QUERY_PARAM', /needs --param who=/, /Example: kg query who --param who=Whitfield/],
    [['who=x', 'nope=1'], 'QUERY_PARAM', /no parameter "nope"/, /name \(string, default ""\)/],
    [['who=x', 'limit=ten'], 'QUERY_PARAM', /limit must be a whole number/, /--param limit=50/],
    [['who=x', 'limit=-1'], 'QUERY_PARAM', /limit must be a whole number \(0 or more\), got "-1"/, /--param limit=50/],
    [['who=x', 'exact=yes'], 'QUERY_PARAM', /exact must be a boolean/, /exact/],
  ])('%j → %s', (pairs, code, message, hint) => {
    let caught: unknown;
    try {
      buildQueryParams(q, pairs);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(NewsgraphError);
    const e = caught as NewsgraphError;
    expect(e.code).toBe(code);
    expect(e.message).toMatch(message);
    expect(e.hint).toMatch(hint);
  });
});

describe('actor parameters and empty-result messages', () => {
  test('an actor parameter and an @empty line are read from the header', () => {
    const q = parseNamedQuery('path', '// Path.\n// @param from actor one actor\n// @param to actor the other\n// @empty no path between "$from" and "$to"\nRETURN 1');
    expect(q.params.map((p) => [p.name, p.type])).toEqual([['from', 'actor'], ['to', 'actor']]);
    expect(q.emptyMessage).toBe('no path between "$from" and "$to"');
    expect(buildQueryParams(q, ['from=Whitfield', 'to=Karro'])).toEqual({ from: 'Whitfield', to: 'Karro' });
  });

  test.each([
    ['neighbourhood', ['name']],
    ['evidence', ['a', 'b']],
    ['shortest-path', ['from', 'to']],
    ['roles', ['name']],
  ])('the named query %s looks its actors up by name (%j), so an unknown name is reported, not an empty table', (name, actors) => {
    expect(findNamedQuery(name).params.filter((p) => p.type === 'actor').map((p) => p.name)).toEqual(actors);
  });

  test('shortest-path says "no path" for an empty result', () => {
    expect(findNamedQuery('shortest-path').emptyMessage).toMatch(/^no path between "\$from" and "\$to"/);
  });
});
