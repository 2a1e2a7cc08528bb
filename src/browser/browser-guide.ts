// The first-run guide for Neo4j Browser (`:play URL`, the slide format Browser 5 renders from an
// allow-listed URL). cypher/browser/guide.html is the hand-written deck; every
// <newsgraph-query name="NAME"></newsgraph-query> in it becomes that named query of
// cypher/queries/: its description and, as click-to-edit code, the query with the example values
// of the file's "// Browser:" line written in place of its $parameters. Pure.
import { escapeHtml } from '../graph/html/safe-embed';

export interface GuideQuery {
  name: string;
  description: string;
  cypher: string;
  /** The file's "// Browser: :param a => 1; :param b => 'x'" line, if any. */
  browserLine?: string;
  /** Declared defaults as Cypher literals ([name, literal]), used where the Browser line sets none. */
  defaults?: Array<[string, string]>;
}

const PLACEHOLDER = /<newsgraph-query\s+name="([a-z0-9-]+)"\s*><\/newsgraph-query>/g;

/** ":param a => 1; :param b => \"x\"" → [["a", "1"], ["b", "\"x\""]] (names and Cypher literals). */
export function parseParamLine(browserLine: string): Array<[string, string]> {
  return browserLine
    .split(';')
    .map((part) => /^\s*:param\s+([A-Za-z_][A-Za-z0-9_]*)\s*=>\s*(.+?)\s*$/.exec(part))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => [m[1], m[2]]);
}

/**
 * The query with its example values written in place of $parameters, so that one click and one
 * run give a normal result frame (Browser shows a list of statements instead when `:param` lines
 * run before a query, and `:params {...}` turns integers into floats, which LIMIT rejects).
 */
export function inlineParams(cypher: string, params: ReadonlyArray<[string, string]>): string {
  return params.reduce((text, [name, literal]) => text.replace(new RegExp(`\\$${name}(?![A-Za-z0-9_])`, 'g'), () => literal), cypher);
}

/** The "// Browser: ..." header line of a named query file. */
export function readBrowserLine(text: string): string | undefined {
  const line = text.split('\n').find((l) => /^\s*\/\/\s*Browser:/.test(l));
  return line?.replace(/^\s*\/\/\s*Browser:\s*/, '').trim();
}

function queryBlock(q: GuideQuery): string {
  const given = q.browserLine ? parseParamLine(q.browserLine) : [];
  const params = [...given, ...(q.defaults ?? []).filter(([name]) => !given.some(([n]) => n === name))];
  const example = params.length
    ? ` Example values are filled in (${params.map(([n, v]) => `${escapeHtml(n)} = <code>${escapeHtml(v)}</code>`).join(', ')}); change them in the editor.`
    : '';
  return [
    `<div class="newsgraph-query" data-query="${q.name}">`,
    `<p><strong>${escapeHtml(q.name)}</strong>: ${escapeHtml(q.description)} <em>(also <code>kg query ${escapeHtml(q.name)}</code>)</em></p>`,
    `<p>Click the code to copy it into the editor, then run it (run button or Ctrl+Enter).${example}</p>`,
    `<pre class="code runnable pre-scrollable" data-query-cypher="${q.name}">${escapeHtml(inlineParams(q.cypher, params))}</pre>`,
    '</div>',
  ].join('\n');
}

export function renderBrowserGuide(template: string, queries: readonly GuideQuery[]): string {
  const byName = new Map(queries.map((q) => [q.name, q]));
  return template.replace(PLACEHOLDER, (_whole, name: string) => {
    const query = byName.get(name);
    if (!query) throw new Error(`guide.html refers to the named query "${name}", which cypher/queries/ does not have`);
    return queryBlock(query);
  });
}
