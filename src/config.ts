// One configuration object, resolved once at the CLI boundary: flags > environment > defaults.
// Nothing below the CLI reads process.env; stages receive the parts of this object they need.
import os from 'node:os';
import path from 'node:path';
import { NewsgraphError } from './errors';
import { isCalendarDate } from './text/calendar-date';

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

/** A setting as given (flag or environment variable), named for the error message. */
type Given = { value: string | number | undefined; name: string; flag: boolean };

const given = (flagValue: string | number | undefined, flag: string, env: Env, envName?: string): Given =>
  flagValue !== undefined && flagValue !== '' ? { value: flagValue, name: flag, flag: true } : { value: envName ? env[envName] : undefined, name: envName ?? flag, flag: false };

function invalid(setting: Given, what: string): NewsgraphError {
  const hint = setting.flag ? `Give ${setting.name} ${what}.` : `Set ${setting.name} to ${what}, or unset it.`;
  return new NewsgraphError(setting.flag ? 'USAGE' : 'CONFIG_INVALID', `${setting.name} ${JSON.stringify(String(setting.value))}: not ${what}`, hint);
}

/** A whole number in [1, max]; the default when not given; a usage error when given and not one. */
function toInt(setting: Given, fallback: number, max: number, what: string): number {
  if (setting.value === undefined || setting.value === '') return fallback;
  const n = Number(setting.value);
  if (!Number.isInteger(n) || n < 1 || n > max) throw invalid(setting, what);
  return n;
}

function toDate(setting: Given): string | undefined {
  if (setting.value === undefined || setting.value === '') return undefined;
  if (!isCalendarDate(String(setting.value))) throw invalid(setting, 'a date of the form YYYY-MM-DD');
  return String(setting.value);
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
      boltPort: toInt(given(flags.boltPort, '--bolt-port', env, 'NEWSGRAPH_BOLT_PORT'), 7687, 65535, 'a port number (1-65535)'),
      httpPort: toInt(given(flags.httpPort, '--http-port', env, 'NEWSGRAPH_HTTP_PORT'), 7474, 65535, 'a port number (1-65535)'),
      heap: env.NEWSGRAPH_NEO4J_HEAP || '512m',
      pageCache: env.NEWSGRAPH_NEO4J_PAGECACHE || '256m',
      startTimeoutMs: toInt(given(undefined, '', env, 'NEWSGRAPH_NEO4J_START_TIMEOUT_MS'), 180_000, 3_600_000, 'a number of milliseconds'),
    },
    date: toDate(given(flags.date, '--date', env)),
    aliasesFile: flags.aliases || undefined,
    workers: toInt(given(flags.workers, '--workers', env, 'NEWSGRAPH_WORKERS'), Math.max(1, Math.min(os.cpus().length, 8)), 64, 'a number of worker threads (1-64)'),
    tmpDir: flags.tmpDir || env.NEWSGRAPH_TMPDIR || env.TMPDIR || os.tmpdir(),
    quiet: Boolean(flags.quiet),
    verbose: Boolean(flags.verbose),
  };
}
