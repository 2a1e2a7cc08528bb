// The one I/O helper of the HTML exporter: reads the minified UMD build of Cytoscape.js from
// node_modules so that renderGraphHtml (pure) can inline it into the page.
import fs from 'node:fs';

export function readCytoscapeSource(): string {
  return fs.readFileSync(require.resolve('cytoscape/dist/cytoscape.min.js'), 'utf8');
}
