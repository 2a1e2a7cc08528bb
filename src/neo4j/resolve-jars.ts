// Resolves the jars of Neo4j Community and the Browser with Maven (the pom shipped in neo4j/),
// keeping them in the Maven repository (~/.m2) and writing only a classpath file into the cache.
// A cached classpath is reused while the pom is unchanged and every jar on it still exists.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { NewsgraphError } from '../errors';
import { cachePaths } from './instance-paths';
import { packageFile } from './package-file';

export type ProgressReporter = (message: string) => void;

function readCachedClasspath(pomText: string, cacheDir: string): string | undefined {
  const c = cachePaths(cacheDir);
  if (!fs.existsSync(c.classpathFile) || !fs.existsSync(c.pom)) return undefined;
  if (fs.readFileSync(c.pom, 'utf8') !== pomText) return undefined;
  const classpath = fs.readFileSync(c.classpathFile, 'utf8').trim();
  const jars = classpath.split(path.delimiter).filter(Boolean);
  if (jars.length === 0 || !jars.every((jar) => fs.existsSync(jar))) return undefined;
  return classpath;
}

/** Parses Maven's "Downloaded from central: URL (7.3 kB at 12 kB/s)" into bytes, else undefined. */
export function parseDownloadedBytes(line: string): number | undefined {
  const m = /Downloaded from [^:]+: \S+ \(([\d.]+) (B|kB|MB|GB)/.exec(line);
  if (!m) return undefined;
  const unit = { B: 1, kB: 1e3, MB: 1e6, GB: 1e9 }[m[2] as 'B' | 'kB' | 'MB' | 'GB'];
  return Math.round(Number.parseFloat(m[1]) * unit);
}

function runMaven(pom: string, outFile: string, logFile: string, report: ProgressReporter): Promise<void> {
  const args = ['-B', '-f', pom, 'dependency:build-classpath', '-Dmdep.includeScope=runtime', `-Dmdep.outputFile=${outFile}`];
  return new Promise((resolve, reject) => {
    const log = fs.createWriteStream(logFile);
    const child = spawn('mvn', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let files = 0;
    let bytes = 0;
    let lastReport = 0;
    const tail: string[] = [];
    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      log.write(line + '\n');
      tail.push(line);
      if (tail.length > 20) tail.shift();
      const size = parseDownloadedBytes(line);
      if (size === undefined) return;
      files += 1;
      bytes += size;
      if (Date.now() - lastReport > 2000) {
        lastReport = Date.now();
        report(`  downloading from Maven Central: ${files} files, ${(bytes / 1e6).toFixed(1)} MB`);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => log.write(chunk));
    child.on('error', (err) => {
      log.end();
      reject(new NewsgraphError('NEO4J_PROVISION', `cannot run Maven (mvn): ${err.message}`,
        'Install Maven 3.8+ and Java 17 (e.g. `apt-get install maven openjdk-17-jdk`), or set NEO4J_URI to use your own Neo4j.', err));
    });
    child.on('close', (code) => {
      log.end();
      if (code === 0) {
        if (files > 0) report(`  downloaded ${files} files, ${(bytes / 1e6).toFixed(1)} MB`);
        resolve();
        return;
      }
      const errors = tail.filter((l) => l.startsWith('[ERROR]')).slice(0, 6).join('\n');
      reject(new NewsgraphError('NEO4J_PROVISION',
        `Maven could not resolve the Neo4j jars (pom ${pom}, exit ${code}):\n${errors || tail.join('\n')}`,
        `Check that Maven Central is reachable; the full Maven output is in ${logFile}.`));
    });
  });
}

/** Returns the classpath of the local Neo4j server, resolving it with Maven when needed. */
export async function resolveNeo4jJars(cacheDir: string, report: ProgressReporter): Promise<string> {
  const pomText = fs.readFileSync(packageFile('neo4j', 'pom.xml'), 'utf8');
  const cached = readCachedClasspath(pomText, cacheDir);
  if (cached) return cached;
  const c = cachePaths(cacheDir);
  fs.mkdirSync(c.dir, { recursive: true });
  fs.writeFileSync(c.pom, pomText);
  report(`Resolving Neo4j with Maven (first run downloads about 140 MB into ~/.m2; log: ${c.mavenLog})`);
  const tmp = `${c.classpathFile}.tmp`;
  await runMaven(c.pom, tmp, c.mavenLog, report);
  fs.renameSync(tmp, c.classpathFile);
  const classpath = readCachedClasspath(pomText, cacheDir);
  if (!classpath) {
    throw new NewsgraphError('NEO4J_PROVISION', `Maven wrote no usable classpath to ${c.classpathFile}`, `See ${c.mavenLog}.`);
  }
  return classpath;
}
