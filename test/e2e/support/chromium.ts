// Debian's chromium driven by playwright-core (no downloaded browser): a fresh profile per launch,
// headless, no sandbox (CI runs as root), and no background traffic (the machine has no network).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

export const SCREENSHOT_DIR = path.join(__dirname, '..', '..', '..', 'test-output', 'e2e');

/** Undefined when chromium is there; else a loud message naming what is missing. */
export function chromiumMissing(): string | undefined {
  if (fs.existsSync(CHROMIUM_PATH)) return undefined;
  return `SKIPPED: browser tests need Debian's chromium at ${CHROMIUM_PATH} (apt-get install -y chromium); it is missing.`;
}

export function announceSkip(message: string): void {
  const bar = '!'.repeat(Math.min(100, message.length + 8));
  process.stderr.write(`\n${bar}\n!!! ${message}\n${bar}\n\n`);
}

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  /** Uncaught page errors and console errors seen so far. */
  errors: string[];
  close(): Promise<void>;
}

export async function openBrowser(): Promise<BrowserSession> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 900 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  return {
    context,
    page,
    errors,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, name);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}
