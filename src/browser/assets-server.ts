// The tiny HTTP server that hands Neo4j Browser its guide: Browser 5 fetches `:play URL` guides
// and `:style URL` files from the page with fetch(), so only from hosts on
// browser.remote_content_hostname_whitelist and only with CORS (its request carries
// Cache-Control/Pragma headers, hence a preflight). Neo4j's own HTTP server serves nothing but
// the Browser jar, so this serves the guide and the style from memory: GET only, loopback only.
import http from 'node:http';
import type { BrowserAssets } from './browser-assets';

export const GUIDE_PATH = '/guide.html';
export const STYLE_PATH = '/style.grass';

function routes(assets: BrowserAssets): Map<string, [string, string]> {
  return new Map([
    [GUIDE_PATH, ['text/html; charset=utf-8', assets.guideHtml]],
    [STYLE_PATH, ['text/plain; charset=utf-8', assets.grass]],
  ]);
}

export function createAssetsServer(assets: BrowserAssets): http.Server {
  const table = routes(assets);
  return http.createServer((req, res) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    if (req.method === 'OPTIONS') {
      res.setHeader('Access-Control-Allow-Methods', 'GET, HEAD, OPTIONS');
      res.setHeader('Access-Control-Allow-Headers', req.headers['access-control-request-headers'] ?? '');
      res.writeHead(204).end();
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD, OPTIONS' }).end();
      return;
    }
    const entry = table.get(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (!entry) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`newsgraph serves ${[...table.keys()].join(' and ')}\n`);
      return;
    }
    res.writeHead(200, { 'Content-Type': entry[0] });
    res.end(req.method === 'HEAD' ? undefined : entry[1]);
  });
}
