import { renderGraphHtml } from '../../src/graph/html/render-graph-html';
import { escapeHtml, toInlineScript, toScriptJson } from '../../src/graph/html/safe-embed';
import { labelSource, toViewerData } from '../../src/graph/html/viewer-data';
import { HOSTILE_NAME, HOSTILE_SENTENCE, MEETING_SENTENCE, buildMeetingGraph } from '../fixtures/meeting-graph';

const LIBRARY = 'window.cytoscape = function () { return "</script><!-- library"; };';
const render = (): string => renderGraphHtml(buildMeetingGraph(), { librarySource: LIBRARY, title: 'T <b>&</b>' });

test('the same graph gives byte-identical pages', () => {
  expect(render()).toBe(render());
});

test('the page closes exactly its own three scripts, whatever the data and the library contain', () => {
  const html = render();
  expect(html.match(/<\/script/gi)).toHaveLength(3);
  expect(html).not.toContain('<img src=x');
  expect(html).not.toContain('<!-- library');
  expect(html).toContain('<title>T &lt;b&gt;&amp;&lt;/b&gt;</title>');
});

test('embedded JSON is inert in a script element and parses back to the same strings', () => {
  const value = { a: HOSTILE_SENTENCE, b: HOSTILE_NAME, c: 'line\u2028sep & <!-- x -->' };
  const json = toScriptJson(value);
  expect(json).not.toMatch(/[<>&\u2028\u2029]/);
  expect(JSON.parse(json)).toEqual(value);
});

test('escapeHtml and toInlineScript rewrite only what they must', () => {
  expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  expect(toInlineScript('var s = "</SCRIPT>"; // <!--')).toBe('var s = "<\\/SCRIPT>"; // \\x3C!--');
});

test('viewer data: edges carry evidence with article source, title and rule; actors their aliases', () => {
  const data = toViewerData(buildMeetingGraph());
  const met = data.edges.find((e) => e.type === 'MET_WITH' && e.target === 'person:elena-whitfield');
  expect(met).toMatchObject({ source: 'person:arvid-tolson-karro', symmetric: true });
  expect(met?.evidence[0]).toEqual({ sentence: MEETING_SENTENCE, source: 'news/ledger-report.txt', title: "Whitfield met Iran's UN envoy", rule: 'met-with', start: 120, end: 245 });
  expect(met?.facts).toEqual(expect.arrayContaining([['Place', 'New York'], ['Date', '2024-11-11']]));
  const karro = data.nodes.find((n) => n.id === 'person:arvid-tolson-karro');
  expect(karro).toMatchObject({ type: 'Person', label: 'Arvid Tolson Karro', roles: ['UN Ambassador'] });
  expect(karro?.terms).toEqual(['Arvid Tolson Karro', 'Arvid Tolsen Karro', 'Karro']);
  expect(data.nodes.find((n) => n.type === 'Article')?.label).toBe("Whitfield met Iran's UN envoy");
});

test('edges to nodes missing from the document are dropped, not drawn dangling', () => {
  const graph = buildMeetingGraph();
  graph.relationships.push({ type: 'ALLY_OF', start: 'person:elena-whitfield', end: 'person:nobody', properties: {} });
  expect(toViewerData(graph).edges.some((e) => e.type === 'ALLY_OF')).toBe(false);
});

test.each([
  ['/tmp/x/shared/seeds/000_report.txt', '000_report.txt'],
  ['articles\\win\\a.md', 'a.md'],
  ['record-17', 'record-17'],
  ['dir/', 'dir'],
])('an untitled article is labelled by its file name: %s -> %s', (source, label) => {
  expect(labelSource(source)).toBe(label);
});
