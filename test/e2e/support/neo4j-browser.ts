// Actions in Neo4j Browser 5.24 as a user performs them, through the data-testid attributes
// Browser itself carries: connect with the form, find frames by their command, go through the
// guide's slides, set a query's parameters and run it from the guide.
import type { Locator, Page } from 'playwright-core';

export async function connectBrowser(page: Page, url: string, boltUri: string, username: string, password: string): Promise<void> {
  await page.goto(url);
  const address = page.locator('[data-testid="boltaddress"]');
  await address.waitFor({ timeout: 60_000 });
  const hostPort = boltUri.replace(/^[a-z+]+:\/\//, '');
  if (!(await address.inputValue()).includes(hostPort)) await address.fill(hostPort);
  await page.fill('[data-testid="username"]', username);
  await page.fill('[data-testid="password"]', password);
  await page.click('[data-testid="connect"]');
  await page.getByText('You are connected as user').waitFor({ timeout: 30_000 });
}

/** The newest frame whose command starts with the given text. */
export function frameWithCommand(page: Page, prefix: string): Locator {
  return page.locator('[data-testid="frame"]').filter({ has: page.locator('[data-testid="frameCommand"]', { hasText: prefix }) }).first();
}

/** Goes forward through the guide until the named query's block is on screen. */
export async function showGuideQuery(guide: Locator, name: string): Promise<Locator> {
  const block = guide.locator(`[data-query="${name}"] >> visible=true`);
  for (let i = 0; i < 8 && (await block.count()) === 0; i++) await guide.locator('[data-testid="nextSlide"]').click();
  await block.waitFor({ timeout: 5_000 });
  return block;
}

/** Copies the guide's code for the query into the editor and runs it; returns the result frame. */
export async function runGuideQuery(page: Page, guide: Locator, name: string): Promise<Locator> {
  const code = (await showGuideQuery(guide, name)).locator('pre.runnable');
  const firstQueryLine = ((await code.textContent()) ?? '').trim().split('\n')[0];
  await code.click();
  await page.click('[data-testid="editor-Run"]');
  const frame = frameWithCommand(page, firstQueryLine.slice(0, 40));
  await frame.waitFor({ timeout: 30_000 });
  return frame;
}
