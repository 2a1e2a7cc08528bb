// The layout of a local Neo4j instance folder (mirrors a Neo4j distribution) and of the jar cache.
import path from 'node:path';

export interface InstancePaths {
  home: string;
  confDir: string;
  confFile: string;
  dataDir: string;
  authFile: string;
  logsDir: string;
  consoleLog: string;
  runDir: string;
  pidFile: string;
  stateFile: string;
  pluginsDir: string;
  passwordFile: string;
}

export function instancePaths(home: string): InstancePaths {
  const abs = path.resolve(home);
  return {
    home: abs,
    confDir: path.join(abs, 'conf'),
    confFile: path.join(abs, 'conf', 'neo4j.conf'),
    dataDir: path.join(abs, 'data'),
    authFile: path.join(abs, 'data', 'dbms', 'auth.ini'),
    logsDir: path.join(abs, 'logs'),
    consoleLog: path.join(abs, 'logs', 'console.log'),
    runDir: path.join(abs, 'run'),
    pidFile: path.join(abs, 'run', 'neo4j.pid'),
    stateFile: path.join(abs, 'run', 'instance.json'),
    pluginsDir: path.join(abs, 'plugins'),
    passwordFile: path.join(abs, 'password'),
  };
}

export interface CachePaths {
  dir: string;
  pom: string;
  classpathFile: string;
  mavenLog: string;
}

export function cachePaths(cacheDir: string): CachePaths {
  const dir = path.join(path.resolve(cacheDir), 'neo4j');
  return {
    dir,
    pom: path.join(dir, 'pom.xml'),
    classpathFile: path.join(dir, 'classpath.txt'),
    mavenLog: path.join(dir, 'maven.log'),
  };
}
