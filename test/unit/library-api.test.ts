// The library entry point: the documented functions exist and run end to end on plain text.
import * as newsgraph from '../../src/index';

test('the library exports the stages the README documents', () => {
  for (const name of ['extractGraph', 'extractArticle', 'readArticles', 'parseArticle', 'findMentions', 'resolveActors', 'resolveAcross', 'summarizeActors', 'findRelations', 'buildGraph', 'graphOf', 'recordArticle', 'removeArticles', 'toJson', 'toCypherScript', 'toCsvFiles', 'connectNeo4j', 'applySchema', 'loadGraph', 'runNamedQuery', 'evaluateGraph', 'resolveConfig'] as const) {
    expect(typeof newsgraph[name]).toBe('function');
  }
});

test('extractArticle + recordArticle + buildGraph make a graph from one article', () => {
  const article = newsgraph.makeArticle({ text: 'Chancellor Olaf Scholz met President Emmanuel Macron in Paris on Monday.', source: 'note.txt' });
  const ex = newsgraph.extractArticle(article);
  const graph = newsgraph.buildGraph([newsgraph.recordArticle(ex, { merge: [], forbid: [], names: {} })]);
  const names = graph.nodes.filter((n) => n.labels.includes('Entity')).map((n) => n.properties.name);
  expect(names).toEqual(expect.arrayContaining(['Olaf Scholz', 'Emmanuel Macron', 'Paris']));
  expect(graph.relationships.map((r) => r.type)).toContain('MET_WITH');
});
