// Renders the neo4j.conf of the local instance. Pure: the same settings give the same text.
// Loopback only, auth on, https off, no usage report, explicit memory (the defaults size
// themselves to the machine), small transaction logs, and advertised addresses that carry the
// real ports (the Browser learns the Bolt port from the HTTP discovery document).

export interface Neo4jConfSettings {
  boltPort: number;
  httpPort: number;
  heap: string;
  pageCache: string;
  /** More `key=value` settings, e.g. browser.post_connect_cmd. Rendered last, sorted by key. */
  extra?: Readonly<Record<string, string>>;
}

const MEMORY = /^\d+[kmg]?$/i;

export function renderNeo4jConf(s: Neo4jConfSettings): string {
  for (const [name, value] of [['heap', s.heap], ['pageCache', s.pageCache]] as const) {
    if (!MEMORY.test(value)) throw new Error(`invalid ${name} size "${value}" (expected e.g. 512m or 1g)`);
  }
  for (const [name, port] of [['boltPort', s.boltPort], ['httpPort', s.httpPort]] as const) {
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`invalid ${name} ${port}`);
  }
  if (s.boltPort === s.httpPort) throw new Error(`Bolt and HTTP ports must differ (both ${s.boltPort})`);
  const lines = [
    '# Written by `kg neo4j start` on every start; edits here are overwritten.',
    'server.default_listen_address=127.0.0.1',
    'server.default_advertised_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${s.boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${s.boltPort}`,
    `server.http.listen_address=127.0.0.1:${s.httpPort}`,
    `server.http.advertised_address=127.0.0.1:${s.httpPort}`,
    'server.https.enabled=false',
    'dbms.security.auth_enabled=true',
    'dbms.usage_report.enabled=false',
    `server.memory.heap.initial_size=${s.heap}`,
    `server.memory.heap.max_size=${s.heap}`,
    `server.memory.pagecache.size=${s.pageCache}`,
    'db.tx_log.preallocate=false',
    'db.tx_log.rotation.size=32m',
    'db.tx_log.rotation.retention_policy=2 files',
  ];
  const extra = s.extra ?? {};
  for (const key of Object.keys(extra).sort()) {
    const value = extra[key];
    if (!/^[a-z][a-z0-9_.]*$/.test(key) || /[\r\n]/.test(value)) throw new Error(`invalid setting ${key}`);
    lines.push(`${key}=${value}`);
  }
  return lines.join('\n') + '\n';
}
