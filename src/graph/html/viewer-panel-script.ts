// Browser-side code of the standalone page, part 1: the details panel, the list of search
// matches and the table of relations. Everything from the graph reaches the DOM through
// textContent (never innerHTML), so names and sentences from articles stay plain text.
// Runs inside the viewer's closure (see viewer-graph-script.ts), which defines data, nodeById,
// edgeById, colorOf, selectNode and selectEdge.

export const VIEWER_PANEL_SCRIPT = `
function el(tag, props, children) {
  var node = document.createElement(tag);
  Object.keys(props || {}).forEach(function (key) {
    if (key === 'text') node.textContent = props[key];
    else if (key === 'className') node.className = props[key];
    else node.setAttribute(key, props[key]);
  });
  (children || []).forEach(function (child) { if (child) node.appendChild(child); });
  return node;
}

function labelOf(id) { return nodeById[id] ? nodeById[id].label : id; }

function edgeText(e) {
  return labelOf(e.source) + (e.symmetric ? ' \\u2014 ' + e.type + ' \\u2014 ' : ' \\u2014 ' + e.type + ' \\u2192 ') + labelOf(e.target);
}

function nodeButton(id) {
  var b = el('button', { type: 'button', className: 'link', text: labelOf(id), 'data-node-id': id });
  b.addEventListener('click', function () { selectNode(id, true); });
  return b;
}

function edgeButton(e) {
  var b = el('button', { type: 'button', className: 'link', text: edgeText(e), 'data-edge-id': e.id });
  b.addEventListener('click', function () { selectEdge(e.id, true); });
  return b;
}

function factList(facts) {
  var dl = el('dl');
  facts.forEach(function (f) { dl.appendChild(el('dt', { text: f[0] })); dl.appendChild(el('dd', { text: f[1] })); });
  return dl;
}

function badge(type) {
  var b = el('span', { className: 'type-badge', text: type });
  b.style.background = colorOf(type);
  return b;
}

function panel() {
  var p = document.getElementById('details');
  p.replaceChildren();
  return p;
}

function showNode(n) {
  var p = panel();
  p.appendChild(badge(n.type));
  p.appendChild(el('h2', { text: n.label }));
  var facts = [];
  if (n.aliases.length) facts.push(['Aliases', n.aliases.join(', ')]);
  if (n.roles.length) facts.push(['Roles', n.roles.join(', ')]);
  p.appendChild(factList(facts.concat(n.facts)));
  var rels = data.edges.filter(function (e) { return e.type !== 'MENTIONS' && (e.source === n.id || e.target === n.id); });
  if (!rels.length) return;
  p.appendChild(el('h3', { text: 'Relations (' + rels.length + ')' }));
  p.appendChild(el('ul', {}, rels.map(function (e) { return el('li', {}, [edgeButton(e)]); })));
}

function showEdge(e) {
  var p = panel();
  p.appendChild(badge('Relation'));
  p.appendChild(el('h2', { text: e.type }));
  p.appendChild(el('p', { className: 'endpoints' }, [nodeButton(e.source), el('span', { text: e.symmetric ? ' \\u2014 ' : ' \\u2192 ' }), nodeButton(e.target)]));
  p.appendChild(factList(e.facts));
  if (!e.evidence.length) return;
  p.appendChild(el('h3', { text: 'Evidence (' + e.evidence.length + ')' }));
  p.appendChild(el('ol', { className: 'evidence' }, e.evidence.map(function (ev) {
    var where = (ev.title ? ev.title + ' \\u2014 ' : '') + ev.source + ' \\u00b7 rule ' + ev.rule + ' \\u00b7 characters ' + ev.start + '\\u2013' + ev.end;
    return el('li', {}, [el('blockquote', { text: ev.sentence }), el('p', { className: 'source', text: where })]);
  })));
}

function renderMatches(matches) {
  var list = document.getElementById('matches');
  list.replaceChildren.apply(list, matches.map(function (n) {
    var b = el('button', { type: 'button', 'data-node-id': n.id, text: n.label + ' (' + n.type + ')' });
    b.addEventListener('click', function () { selectNode(n.id, true); });
    return el('li', {}, [b]);
  }));
}

function renderRelations(onlyIds) {
  var body = document.querySelector('#relations tbody');
  var rows = data.edges.filter(function (e) {
    return e.type !== 'MENTIONS' && (!onlyIds || onlyIds[e.source] || onlyIds[e.target]);
  }).map(function (e) {
    return el('tr', { 'data-edge-id': e.id }, [el('td', {}, [edgeButton(e)]), el('td', { text: String(e.evidence.length) })]);
  });
  if (!rows.length) rows = [el('tr', {}, [el('td', { colspan: '2', className: 'hint', text: onlyIds ? 'No relations for these matches.' : 'No relations between actors in this graph.' })])];
  body.replaceChildren.apply(body, rows);
}

function markRow(edgeId) {
  document.querySelectorAll('#relations tr').forEach(function (tr) { tr.classList.toggle('selected', !!edgeId && tr.getAttribute('data-edge-id') === edgeId); });
}
`;
