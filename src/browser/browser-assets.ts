// Reads the Browser assets shipped in cypher/ (the one I/O step of src/browser): the style, the
// guide deck and the named queries it embeds; renders the guide and the `:style` command.
import fs from 'node:fs';
import path from 'node:path';
import { packageFile } from '../neo4j/package-file';
import { parseNamedQuery } from '../query/named-query';
import { readBrowserLine, renderBrowserGuide, type GuideQuery } from './browser-guide';
import { parseGrass, toStyleCommand } from './grass';

export interface BrowserAssets {
  /** cypher/browser/style.grass as written. */
  grass: string;
  /** `style {...}` (no leading colon) for browser.post_connect_cmd. */
  styleCommand: string;
  /** The rendered guide deck. */
  guideHtml: string;
}

export function readGuideQueries(): GuideQuery[] {
  const dir = packageFile('cypher', 'queries');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      const q = parseNamedQuery(path.basename(f, '.cypher'), text);
      const defaults = q.params
        .filter((param) => param.defaultValue !== undefined)
        .map((param): [string, string] => [param.name, param.type === 'string' ? JSON.stringify(param.defaultValue) : String(param.defaultValue)]);
      return { name: q.name, description: q.description, cypher: q.cypher, browserLine: readBrowserLine(text), defaults };
    });
}

export function readBrowserAssets(): BrowserAssets {
  const grass = fs.readFileSync(packageFile('cypher', 'browser', 'style.grass'), 'utf8');
  const template = fs.readFileSync(packageFile('cypher', 'browser', 'guide.html'), 'utf8');
  return { grass, styleCommand: toStyleCommand(parseGrass(grass)), guideHtml: renderBrowserGuide(template, readGuideQueries()) };
}
