// Locates files shipped with the package (cypher/, neo4j/pom.xml) from both src/ (ts-jest) and
// dist/src/ (built CLI): walk up from this file to the folder that holds package.json.
import fs from 'node:fs';
import path from 'node:path';
import { NewsgraphError } from '../errors';

let cachedRoot: string | undefined;

export function packageRoot(): string {
  if (cachedRoot) return cachedRoot;
  let dir = __dirname;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'cypher'))) {
      cachedRoot = dir;
      return dir;
    }
    const parent = path.dirname(dir);
    if (parent === dir) {
      throw new NewsgraphError('INTERNAL', `cannot find the newsgraph package folder above ${__dirname}`, 'Reinstall newsgraph.');
    }
    dir = parent;
  }
}

/** Absolute path of a file shipped with the package, e.g. packageFile('cypher', 'schema.cypher'). */
export function packageFile(...segments: string[]): string {
  return path.join(packageRoot(), ...segments);
}
