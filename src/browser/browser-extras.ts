// What `kg neo4j start|stop|status` add for Neo4j Browser: the guide server beside Neo4j and the
// neo4j.conf settings that apply the newsgraph style and open the guide on connect. A guide
// server that cannot start costs only the guide (the style is inline and still applies).
import type { LocalNeo4jSettings } from '../config';
import { getLocalNeo4jStatus, startLocalNeo4j, type StartResult } from '../neo4j/local-neo4j';
import { readBrowserAssets } from './browser-assets';
import { browserConfSettings } from './browser-settings';
import { findGuideServer, startGuideServer, stopGuideServer } from './guide-server-process';

export interface BrowserExtras {
  /** Extra neo4j.conf settings for startLocalNeo4j. */
  conf: Record<string, string>;
  guideUrl?: string;
}

/**
 * Starts the guide server and returns the settings for a Neo4j about to start. When Neo4j already
 * runs, its neo4j.conf is already written: nothing is started (a guide server started now could
 * not be named in that conf, and nobody would stop it); the running guide server, if any, is named.
 */
export async function startBrowserExtras(home: string, report: (message: string) => void, neo4jRunning: boolean): Promise<BrowserExtras> {
  if (neo4jRunning) return { conf: {}, guideUrl: await browserGuideUrl(home) };
  const assets = readBrowserAssets();
  try {
    const guide = await startGuideServer(home);
    if (!guide.alreadyRunning) report(`Serving the Browser guide on ${guide.url} (pid ${guide.pid})`);
    return { conf: browserConfSettings(assets.styleCommand, guide.url), guideUrl: guide.url };
  } catch (err) {
    report(`warning: no Browser guide this time (${(err as Error).message}); the style still applies.`);
    return { conf: browserConfSettings(assets.styleCommand) };
  }
}

export async function stopBrowserExtras(home: string): Promise<boolean> {
  return stopGuideServer(home);
}

export async function browserGuideUrl(home: string): Promise<string | undefined> {
  return (await findGuideServer(home))?.url;
}

/** The status line for the guide (empty when none runs). */
export function guideStatusLine(url: string | undefined): string {
  return url ? `guide:    :play ${url}   (opens by itself when Browser connects)\n` : '';
}

/**
 * Starts the local Neo4j the way every command should: with the Browser style and guide
 * settings and the guide server beside it (`kg neo4j start`, `kg demo`, `kg neo4j import`).
 */
export async function startLocalNeo4jWithBrowser(local: LocalNeo4jSettings, report: (message: string) => void): Promise<StartResult & { guideUrl?: string }> {
  const browser = await startBrowserExtras(local.homeDir, report, getLocalNeo4jStatus(local).running);
  try {
    return { ...(await startLocalNeo4j(local, report, browser.conf)), guideUrl: browser.guideUrl };
  } catch (err) {
    await stopBrowserExtras(local.homeDir);
    throw err;
  }
}
