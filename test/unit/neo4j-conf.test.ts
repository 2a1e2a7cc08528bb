import { renderNeo4jConf } from '../../src/neo4j/neo4j-conf';
import { buildServerArgs } from '../../src/neo4j/jvm-args';
import { generatePassword } from '../../src/neo4j/password-file';

const base = { boltPort: 7687, httpPort: 7474, heap: '512m', pageCache: '256m' };

describe('renderNeo4jConf', () => {
  test.each([
    ['loopback only', 'server.default_listen_address=127.0.0.1'],
    ['bolt port', 'server.bolt.listen_address=127.0.0.1:7687'],
    ['bolt advertised with the real port (Browser discovery)', 'server.bolt.advertised_address=127.0.0.1:7687'],
    ['http port', 'server.http.listen_address=127.0.0.1:7474'],
    ['https off', 'server.https.enabled=false'],
    ['auth on', 'dbms.security.auth_enabled=true'],
    ['usage report off', 'dbms.usage_report.enabled=false'],
    ['heap initial', 'server.memory.heap.initial_size=512m'],
    ['heap max', 'server.memory.heap.max_size=512m'],
    ['page cache', 'server.memory.pagecache.size=256m'],
  ])('%s', (_what, line) => {
    expect(renderNeo4jConf(base).split('\n')).toContain(line);
  });

  test('other ports are used everywhere and 7687/7474 appear nowhere', () => {
    const conf = renderNeo4jConf({ ...base, boltPort: 17001, httpPort: 17002 });
    expect(conf).toContain('server.bolt.advertised_address=127.0.0.1:17001');
    expect(conf).toContain('server.http.advertised_address=127.0.0.1:17002');
    expect(conf).not.toMatch(/7687|7474/);
  });

  test('extra settings come last, sorted; the same input renders the same text', () => {
    const conf = renderNeo4jConf({ ...base, extra: { 'browser.post_connect_cmd': 'play movies', 'browser.allow_outgoing_connections': 'false' } });
    const lines = conf.trim().split('\n');
    expect(lines.slice(-2)).toEqual(['browser.allow_outgoing_connections=false', 'browser.post_connect_cmd=play movies']);
    expect(renderNeo4jConf(base)).toEqual(renderNeo4jConf({ ...base }));
  });

  test.each([
    [{ heap: '1 GB' }, /heap/],
    [{ pageCache: 'lots' }, /pageCache/],
    [{ boltPort: 0 }, /boltPort/],
    [{ httpPort: 70000 }, /httpPort/],
    [{ httpPort: 7687 }, /must differ/],
    [{ extra: { 'bad key': 'x' } }, /invalid setting/],
    [{ extra: { 'a.b': 'x\ny=z' } }, /invalid setting/],
  ])('rejects %j', (override, message) => {
    expect(() => renderNeo4jConf({ ...base, ...override })).toThrow(message);
  });
});

describe('buildServerArgs', () => {
  test('heap, the Java 17 add-opens flags, plugins first on the classpath, and the entry point', () => {
    const args = buildServerArgs({ home: '/h', confDir: '/h/conf', pluginsDir: '/h/plugins', heap: '1g', classpath: '/m2/a.jar:/m2/b.jar' });
    expect(args.slice(0, 2)).toEqual(['-Xms1g', '-Xmx1g']);
    expect(args).toEqual(expect.arrayContaining(['--add-opens=java.base/java.nio=ALL-UNNAMED', '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED', '-Dio.netty.tryReflectionSetAccessible=true']));
    expect(args[args.indexOf('-cp') + 1]).toBe('/h/plugins/*:/m2/a.jar:/m2/b.jar');
    expect(args.slice(-4)).toEqual(['org.neo4j.server.CommunityEntryPoint', '--home-dir=/h', '--config-dir=/h/conf', '--console-mode']);
  });
});

describe('generatePassword', () => {
  test('letters and digits only (never a leading "-" that neo4j-admin would read as an option), 24 long, distinct', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const pw = generatePassword();
      expect(pw).toMatch(/^[A-Za-z0-9]{24}$/);
      seen.add(pw);
    }
    expect(seen.size).toBe(2000);
  });
});
