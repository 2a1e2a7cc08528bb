// One configuration object, resolved once at the CLI boundary: flags > environment > defaults.
// Nothing below the CLI reads process.env; stages receive the parts of this object they need.
import os from 'node:os';
import path from 'node:path';

export interface Neo4jConnection {
  /** Bolt URI of a server the user runs; undefined means "use the local Neo4j". */
  uri?: string;
  username: string;
  password?: string;
  database: string;
}

export interface LocalNeo4jSettings {
  /** Where Maven-resolved jars are cached (outside git). */
  cacheDir: string;
  /** Instance folder: conf, data, logs, run, password file. */
  homeDir: string;
  boltPort: number;
  httpPort: number;
  heap: string;
  pageCache: string;
  startTimeoutMs: number;
}

export interface Config {
  neo4j: Neo4jConnection;
  local: LocalNeo4jSettings;
  /** Anchor date (YYYY-MM-DD) for relative dates. */
  date?: string;
  aliasesFile?: string;
  workers: number;
  /** Folder for a streaming run's temporary files (removed when the run ends). */
  tmpDir: string;
  quiet: boolean;
  verbose: boolean;
}

export type Env = Readonly<Record<string, string | undefined>>;

/** Flags as commander hands them over; any may be absent. */
export interface ConfigFlags {
  uri?: string;
  username?: string;
  password?: string;
  database?: string;
  boltPort?: string | number;
  httpPort?: string | number;
  home?: string;
  date?: string;
  aliases?: string;
  workers?: string | number;
  tmpDir?: string;
  quiet?: boolean;
  verbose?: boolean;
}

function toInt(value: string | number | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = typeof value === 'number' ? value : Number.parseInt(value, 10);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

export function resolveConfig(flags: ConfigFlags, env: Env): Config {
  const home = os.homedir();
  const cacheRoot = env.XDG_CACHE_HOME || path.join(home, '.cache');
  const dataRoot = env.XDG_DATA_HOME || path.join(home, '.local', 'share');
  const homeDir = flags.home || env.NEWSGRAPH_HOME || path.join(dataRoot, 'newsgraph', 'neo4j');
  return {
    neo4j: {
      uri: flags.uri || env.NEO4J_URI || undefined,
      username: flags.username || env.NEO4J_USERNAME || 'neo4j',
      password: flags.password || env.NEO4J_PASSWORD || undefined,
      database: flags.database || env.NEO4J_DATABASE || 'neo4j',
    },
    local: {
      cacheDir: env.NEWSGRAPH_CACHE || path.join(cacheRoot, 'newsgraph'),
      homeDir,
      boltPort: toInt(flags.boltPort ?? env.NEWSGRAPH_BOLT_PORT, 7687),
      httpPort: toInt(flags.httpPort ?? env.NEWSGRAPH_HTTP_PORT, 7474),
      heap: env.NEWSGRAPH_NEO4J_HEAP || '512m',
      pageCache: env.NEWSGRAPH_NEO4J_PAGECACHE || '256m',
      startTimeoutMs: toInt(env.NEWSGRAPH_NEO4J_START_TIMEOUT_MS, 180_000),
    },
    date: flags.date || undefined,
    aliasesFile: flags.aliases || undefined,
    workers: toInt(flags.workers ?? env.NEWSGRAPH_WORKERS, Math.max(1, Math.min(os.cpus().length, 8))),
    tmpDir: flags.tmpDir || env.NEWSGRAPH_TMPDIR || env.TMPDIR || os.tmpdir(),
    quiet: Boolean(flags.quiet),
    verbose: Boolean(flags.verbose),
  };
}
