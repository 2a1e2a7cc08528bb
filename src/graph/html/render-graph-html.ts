// `kg extract --format html`: one self-contained page that draws the graph (Cytoscape.js inlined,
// no server, works offline), with search by name or alias, colour by type, and a details panel
// that shows an edge's evidence sentences. Pure: the graph and the library's source text in, the
// page out; the same input gives byte-identical output.
import type { GraphDocument } from '../graph-document';
import { NODE_STYLES, VIEWER_NODE_TYPES } from './node-style';
import { escapeHtml, toInlineScript, toScriptJson } from './safe-embed';
import { VIEWER_CSS } from './viewer-css';
import { toViewerData, type ViewerData } from './viewer-data';
import { VIEWER_SCRIPT } from './viewer-graph-script';

export interface GraphHtmlOptions {
  /** Source text of Cytoscape.js (its UMD build), inlined into the page. */
  librarySource: string;
  /** Page title; default "newsgraph". */
  title?: string;
}

// No network at all: the page only runs its own inline code and styles.
const CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:";

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function countsLine(data: ViewerData): string {
  const actors = data.nodes.filter((n) => n.type !== 'Article' && n.type !== 'Quote').length;
  const articles = data.nodes.filter((n) => n.type === 'Article').length;
  const relations = data.edges.filter((e) => e.type !== 'MENTIONS').length;
  return `${plural(actors, 'actor')} · ${plural(relations, 'relation')} · ${plural(articles, 'article')}`;
}

function legendHtml(): string {
  const items = VIEWER_NODE_TYPES.map((t) => `<li><span class="swatch" style="background:${NODE_STYLES[t].color};border-color:${NODE_STYLES[t].border}"></span>${t}</li>`);
  return `<ul class="legend" aria-label="Node colours">${items.join('')}</ul>`;
}

export function renderGraphHtml(graph: GraphDocument, options: GraphHtmlOptions): string {
  const data = toViewerData(graph);
  const title = escapeHtml(options.title ?? 'newsgraph');
  const payload = toScriptJson({ styles: NODE_STYLES, nodes: data.nodes, edges: data.edges });
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="generator" content="newsgraph">
<title>${title}</title>
<style>${VIEWER_CSS}</style>
</head>
<body>
<header>
<h1>${title}</h1>
<span class="counts">${countsLine(data)}</span>
<div class="search" role="search"><label for="search">Search</label><input id="search" type="search" placeholder="name or alias" autocomplete="off"><span id="search-status" role="status" aria-live="polite"></span></div>
<label><input id="show-articles" type="checkbox" checked> articles and mentions</label>
${legendHtml()}
</header>
<main>
<div class="left">
<div id="graph" aria-label="Graph drawing. The same nodes and relations are listed below it."></div>
<section class="lists" aria-label="Search matches and relations">
<ul id="matches" aria-label="Search matches"></ul>
<h2>Relations</h2>
<table id="relations"><thead><tr><th scope="col">Relation (click for evidence)</th><th scope="col">Sentences</th></tr></thead><tbody></tbody></table>
</section>
</div>
<aside id="details" aria-live="polite" aria-label="Details"><p class="hint">Click a node or a relation (in the drawing or in the list) to see its details and evidence. Search finds actors by name or alias.</p></aside>
</main>
<script type="application/json" id="graph-data">${payload}</script>
<script>${toInlineScript(options.librarySource)}</script>
<script>${toInlineScript(VIEWER_SCRIPT)}</script>
</body>
</html>
`;
}
