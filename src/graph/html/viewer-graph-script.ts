// Browser-side code of the standalone page, part 2: reads the embedded graph, draws it with
// Cytoscape.js (a deterministic layout: circle start positions, then cose without randomness),
// wires clicks, the search box and the articles toggle. `window.newsgraph` exposes
// { cy, search, selectNode, selectEdge } for the console and for tests; users get the same
// actions through the lists under the canvas.
import { VIEWER_PANEL_SCRIPT } from './viewer-panel-script';

const GRAPH_SCRIPT = `
var data = JSON.parse(document.getElementById('graph-data').textContent);
var nodeById = {};
var edgeById = {};
data.nodes.forEach(function (n) { nodeById[n.id] = n; });
data.edges.forEach(function (e) { edgeById[e.id] = e; });
function colorOf(type) { return data.styles[type] ? data.styles[type].color : '#5b6474'; }

var radius = 60 + 40 * Math.sqrt(data.nodes.length);
var elements = data.nodes.map(function (n, i) {
  var s = data.styles[n.type];
  var angle = (2 * Math.PI * i) / Math.max(1, data.nodes.length);
  return { group: 'nodes', data: { id: n.id, label: n.label, type: n.type, color: s.color, border: s.border, size: s.diameter },
    position: { x: radius * Math.cos(angle), y: radius * Math.sin(angle) } };
}).concat(data.edges.map(function (e) {
  return { group: 'edges', data: { id: e.id, source: e.source, target: e.target, type: e.type, symmetric: e.symmetric } };
}));

var cy = cytoscape({
  container: document.getElementById('graph'),
  elements: elements,
  minZoom: 0.05,
  maxZoom: 4,
  style: [
    { selector: 'node', style: { 'label': 'data(label)', 'width': 'data(size)', 'height': 'data(size)', 'background-color': 'data(color)',
      'border-color': 'data(border)', 'border-width': 2, 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 4, 'text-wrap': 'ellipsis',
      'text-max-width': '150px', 'color': '#1f2430', 'text-background-color': '#ffffff', 'text-background-opacity': 0.8, 'text-background-padding': '1px' } },
    { selector: 'edge', style: { 'width': 2, 'line-color': '#8a93a3', 'target-arrow-color': '#8a93a3', 'target-arrow-shape': 'triangle',
      'curve-style': 'bezier', 'label': 'data(type)', 'font-size': 9, 'text-rotation': 'autorotate', 'color': '#4a5160',
      'text-background-color': '#ffffff', 'text-background-opacity': 0.85 } },
    { selector: 'edge[?symmetric]', style: { 'target-arrow-shape': 'none' } },
    { selector: 'edge[type = "MENTIONS"]', style: { 'line-style': 'dashed', 'line-color': '#cdd2da', 'target-arrow-color': '#cdd2da', 'width': 1, 'label': '' } },
    { selector: '.hidden', style: { 'display': 'none' } },
    { selector: '.faded', style: { 'opacity': 0.15, 'events': 'no' } },
    { selector: 'node.match', style: { 'border-color': '#FFB000', 'border-width': 6 } },
    { selector: 'node:selected', style: { 'border-color': '#1f2430', 'border-width': 4 } },
    { selector: 'edge:selected', style: { 'line-color': '#FFB000', 'target-arrow-color': '#FFB000', 'width': 5, 'font-size': 11 } }
  ],
  layout: { name: 'cose', randomize: false, animate: false, fit: true, padding: 30, nodeDimensionsIncludeLabels: true }
});

function focusOn(eles) {
  var visible = eles.filter(':visible');
  if (!visible.length) return;
  cy.fit(visible, 60);
  if (cy.zoom() > 1.6) { cy.zoom(1.6); cy.center(visible); }
}

function selectNode(id, focus) {
  var node = nodeById[id];
  if (!node) return;
  cy.elements().unselect();
  cy.getElementById(id).select();
  markRow(null);
  showNode(node);
  if (focus) focusOn(cy.getElementById(id).closedNeighborhood());
}

function selectEdge(id, focus) {
  var edge = edgeById[id];
  if (!edge) return;
  cy.elements().unselect();
  cy.getElementById(id).select();
  markRow(id);
  showEdge(edge);
  if (focus) focusOn(cy.getElementById(id).connectedNodes());
}

function normalize(text) { return text.normalize('NFD').replace(/[\\u0300-\\u036f]/g, '').toLowerCase().trim(); }

function search(query) {
  var q = normalize(query || '');
  var status = document.getElementById('search-status');
  cy.elements().removeClass('match faded');
  if (!q) { status.textContent = ''; renderMatches([]); renderRelations(null); return []; }
  var matches = data.nodes.filter(function (n) { return n.terms.some(function (t) { return normalize(t).indexOf(q) >= 0; }); });
  status.textContent = matches.length === 1 ? '1 match' : matches.length + ' matches';
  renderMatches(matches);
  var ids = {};
  matches.forEach(function (n) { ids[n.id] = true; });
  renderRelations(matches.length ? ids : null);
  if (!matches.length) return matches;
  var found = cy.nodes().filter(function (n) { return ids[n.id()] === true; });
  cy.elements().addClass('faded');
  found.closedNeighborhood().removeClass('faded');
  found.addClass('match');
  focusOn(found.closedNeighborhood());
  if (matches.length === 1) selectNode(matches[0].id, false);
  return matches;
}

function showArticles(visible) {
  cy.nodes('[type = "Article"]').toggleClass('hidden', !visible);
  cy.edges('[type = "MENTIONS"]').toggleClass('hidden', !visible);
}

cy.on('tap', 'node', function (evt) { selectNode(evt.target.id(), false); });
cy.on('tap', 'edge', function (evt) { selectEdge(evt.target.id(), false); });
var box = document.getElementById('search');
box.addEventListener('input', function () { search(box.value); });
box.addEventListener('keydown', function (evt) {
  if (evt.key !== 'Enter') return;
  var first = document.querySelector('#matches button');
  if (first) first.click();
});
var toggle = document.getElementById('show-articles');
toggle.addEventListener('change', function () { showArticles(toggle.checked); });
renderRelations(null);
window.newsgraph = { cy: cy, search: search, selectNode: selectNode, selectEdge: selectEdge };
document.body.setAttribute('data-ready', 'true');
`;

/** The whole viewer script: one closure holding the panel helpers and the graph code. */
export const VIEWER_SCRIPT = `(function () {\n'use strict';\n${VIEWER_PANEL_SCRIPT}\n${GRAPH_SCRIPT}\n})();\n`;
