// The java command line of the local server: the JVM flags of the stock 5.26 neo4j.conf
// (server.jvm.additional) that matter on Java 17, heap from the settings, and the entry point
// that `neo4j console` itself runs (see `Neo4jCommand console --dry-run`). Pure.
import path from 'node:path';

export const SERVER_MAIN_CLASS = 'org.neo4j.server.CommunityEntryPoint';
export const ADMIN_MAIN_CLASS = 'org.neo4j.server.startup.Neo4jAdminCommand';

const STOCK_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.tls.ephemeralDHKeySize=2048',
  '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true',
  '-Dfile.encoding=UTF-8',
];

export interface ServerArgsInput {
  home: string;
  confDir: string;
  pluginsDir: string;
  heap: string;
  /** Classpath of the Maven-resolved jars (path.delimiter separated). */
  classpath: string;
}

/** Plugins (e.g. APOC dropped into plugins/) come first, as in the stock launcher. */
export function serverClasspath(pluginsDir: string, classpath: string): string {
  return [path.join(pluginsDir, '*'), classpath].join(path.delimiter);
}

export function buildServerArgs(i: ServerArgsInput): string[] {
  return [
    `-Xms${i.heap}`,
    `-Xmx${i.heap}`,
    ...STOCK_FLAGS,
    '-cp',
    serverClasspath(i.pluginsDir, i.classpath),
    SERVER_MAIN_CLASS,
    `--home-dir=${i.home}`,
    `--config-dir=${i.confDir}`,
    '--console-mode',
  ];
}

/** `neo4j-admin ARGS...` on the Maven classpath (no distribution folder needed). */
export function buildAdminArgs(classpath: string, args: readonly string[]): string[] {
  return ['-cp', classpath, ADMIN_MAIN_CLASS, ...args];
}
