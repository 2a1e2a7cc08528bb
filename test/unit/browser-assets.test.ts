import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createAssetsServer } from '../../src/browser/assets-server';
import { readBrowserAssets, readGuideQueries } from '../../src/browser/browser-assets';
import { inlineParams, parseParamLine, renderBrowserGuide } from '../../src/browser/browser-guide';
import { browserConfSettings } from '../../src/browser/browser-settings';
import { parseGrass, toStyleCommand } from '../../src/browser/grass';
import { NODE_STYLES, VIEWER_NODE_TYPES } from '../../src/graph/html/node-style';

const grassText = fs.readFileSync(path.join(__dirname, '..', '..', 'cypher', 'browser', 'style.grass'), 'utf8');

test('style.grass styles every node type in the colours and sizes of the standalone view, captions name/title/text', () => {
  const rules = parseGrass(grassText);
  for (const type of VIEWER_NODE_TYPES) {
    const rule = rules[`node.${type}`];
    expect(rule).toMatchObject({ color: NODE_STYLES[type].color, 'border-color': NODE_STYLES[type].border, diameter: `${NODE_STYLES[type].diameter}px` });
  }
  expect(new Set(VIEWER_NODE_TYPES.map((t) => rules[`node.${t}`].color)).size).toBe(VIEWER_NODE_TYPES.length);
  expect(rules['node.Person'].caption).toBe('{name}');
  expect(rules['node.Article'].caption).toBe('{title}');
  expect(rules.relationship.caption).toBe('<type>');
});

test('the :style command is one line of JSON without ";" (post_connect_cmd splits on it) and parses back', () => {
  const command = toStyleCommand(parseGrass(grassText));
  expect(command.startsWith('style {')).toBe(true);
  expect(command).not.toMatch(/[;\n]/);
  expect(JSON.parse(command.slice('style '.length))).toEqual(parseGrass(grassText));
  expect(() => parseGrass('node { caption: "{name}"')).toThrow(/unbalanced/);
});

test('post_connect_cmd applies the style, then plays the guide; the guide host is allow-listed', () => {
  const conf = browserConfSettings('style {}', 'http://127.0.0.1:4321/guide.html');
  expect(conf['browser.post_connect_cmd']).toBe('style {}; play http://127.0.0.1:4321/guide.html');
  expect(conf['browser.remote_content_hostname_whitelist'].split(',')).toContain('127.0.0.1');
  expect(browserConfSettings('style {}')['browser.post_connect_cmd']).toBe('style {}');
});

test('example parameters are written into the query, whole names only', () => {
  const params = parseParamLine(':param name => "Whitfield"; :param limit => 50');
  expect(params).toEqual([['name', '"Whitfield"'], ['limit', '50']]);
  expect(inlineParams('WHERE $name = $names LIMIT $limit', params)).toBe('WHERE "Whitfield" = $names LIMIT 50');
});

test('the guide runs the four named queries it promises, with no parameter left unset', () => {
  const { guideHtml } = readBrowserAssets();
  for (const name of ['who-met-whom', 'neighbourhood', 'shortest-path', 'evidence']) expect(guideHtml).toContain(`data-query-cypher="${name}"`);
  expect(guideHtml).not.toContain('<newsgraph-query name=');
  const runnable = [...guideHtml.matchAll(/<pre class="code runnable[^"]*"[^>]*>([\s\S]*?)<\/pre>/g)].map((m) => m[1]);
  expect(runnable.length).toBeGreaterThanOrEqual(6);
  for (const code of runnable) expect(code).not.toMatch(/\$[A-Za-z_]/);
  expect(() => renderBrowserGuide('<newsgraph-query name="nope"></newsgraph-query>', readGuideQueries())).toThrow(/nope/);
});

test('the guide server answers Browser\'s CORS preflight and GET, and nothing else', async () => {
  const server = createAssetsServer({ grass: 'node {}', styleCommand: 'style {}', guideHtml: '<slide>hi</slide>' });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const request = (method: string, url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> =>
    new Promise((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port, path: url, method, headers }, (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on('error', reject);
      req.end();
    });
  try {
    const preflight = await request('OPTIONS', '/guide.html', { Origin: 'http://127.0.0.1:7474', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'cache-control,pragma' });
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-headers']).toBe('cache-control,pragma');
    const guide = await request('GET', '/guide.html?x=1');
    expect(guide).toMatchObject({ status: 200, body: '<slide>hi</slide>' });
    expect(guide.headers['access-control-allow-origin']).toBe('*');
    expect((await request('GET', '/style.grass')).body).toBe('node {}');
    expect((await request('GET', '/../package.json')).status).toBe(404);
    expect((await request('POST', '/guide.html')).status).toBe(405);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});
