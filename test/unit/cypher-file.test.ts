import { readCypher, relationshipStatement, splitStatements } from '../../src/load/cypher-file';
import { GRAPH_RELATIONSHIP_TYPES } from '../../src/graph/graph-document';

describe('splitStatements', () => {
  test.each([
    ['one;\ntwo;\n', ['one', 'two']],
    ['// comment; with semicolon\nA\nB;\n\n// tail', ['A\nB']],
    ["RETURN 'a;b' AS x;", ["RETURN 'a;b' AS x"]],
  ])('%j', (text, expected) => {
    expect(splitStatements(text)).toEqual(expected);
  });

  test('the schema file has the six constraints, the full-text index and the lookup indexes, all IF NOT EXISTS', () => {
    const statements = splitStatements(readCypher('schema.cypher'));
    expect(statements.filter((s) => s.startsWith('CREATE CONSTRAINT'))).toHaveLength(6);
    expect(statements.filter((s) => s.startsWith('CREATE FULLTEXT INDEX'))).toHaveLength(1);
    expect(statements.filter((s) => s.startsWith('CREATE INDEX'))).toHaveLength(20);
    for (const s of statements) expect(s).toContain('IF NOT EXISTS');
  });
});

describe('relationshipStatement', () => {
  const template = readCypher('load/relationship.cypher');
  test.each(GRAPH_RELATIONSHIP_TYPES.filter((t) => t !== 'MENTIONS' && t !== 'SAID').map((t) => [t]))('%s is substituted into the MERGE', (type) => {
    const statement = relationshipStatement(template, type);
    expect(statement).toContain(`MERGE (s)-[r:${type}]->(t)`);
    expect(statement).not.toContain('REL_TYPE');
  });
  test.each([['LOVES'], ['MET_WITH]->() DETACH DELETE n //'], ['']])('refuses %j', (type) => {
    expect(() => relationshipStatement(template, type)).toThrow(/allow-list/);
  });
});
