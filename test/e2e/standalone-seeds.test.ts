// `kg extract ../shared/seeds/*.txt --format html` opened in a real browser: Iravani is found by
// search and, as soon as relation extraction yields relations, the Musk–Iravani MET_WITH edge is
// clicked on the canvas and shows its evidence sentence.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { SCREENSHOT_DIR, announceSkip, chromiumMissing, openBrowser, saveScreenshot, type BrowserSession } from './support/chromium';
import { clickEdgeOnCanvas, countActorRelations, findEdgeId, openGraphPage, searchFor } from './support/graph-page';
import { KG_MAIN, seedFiles, seedsMissing } from './support/seeds';

const missing = chromiumMissing() ?? seedsMissing();
if (missing) announceSkip(missing);
const describeWithSeeds = missing ? describe.skip : describe;

describeWithSeeds('standalone graph page of the seed articles (kg extract --format html)', () => {
  let session: BrowserSession;
  const file = path.join(SCREENSHOT_DIR, 'seeds-graph.html');

  beforeAll(async () => {
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    execFileSync(process.execPath, [KG_MAIN, 'extract', ...seedFiles(), '--format', 'html', '--out', file, '--quiet'], { stdio: 'inherit' });
    session = await openBrowser();
  }, 120_000);
  afterAll(async () => session?.close());

  test('the same articles give a byte-identical page', () => {
    const again = execFileSync(process.execPath, [KG_MAIN, 'extract', ...seedFiles(), '--format', 'html', '--quiet']);
    expect(again.equals(fs.readFileSync(file))).toBe(true);
  }, 120_000);

  test('search "Iravani"; click the Musk–Iravani MET_WITH edge and read its evidence', async () => {
    const { page } = session;
    await openGraphPage(page, file);
    expect(await searchFor(page, 'Iravani')).toMatch(/^[1-9]\d* match/);
    await expect(page.locator('#matches button', { hasText: 'Iravani' }).count()).resolves.toBeGreaterThan(0);
    const edgeId = await findEdgeId(page, 'MET_WITH', 'Musk', 'Iravani');
    if ((await countActorRelations(page)) === 0) {
      await saveScreenshot(page, 'seeds-search-iravani.png');
      announceSkip('PARTLY SKIPPED: the extractor finds no relations between actors in the seeds yet (relation extraction has not landed); only the search was checked. From the first relation on, the MET_WITH edge is required.');
      return;
    }
    expect(edgeId).toBeDefined();
    await clickEdgeOnCanvas(page, edgeId ?? '');
    await expect(page.locator('#details h2').textContent()).resolves.toBe('MET_WITH');
    const sentences = await page.locator('#details .evidence blockquote').allTextContents();
    expect(sentences.some((s) => /Iravani/.test(s) && /\bmet\b|meeting/i.test(s))).toBe(true);
    await saveScreenshot(page, 'seeds-met-with.png');
    expect(session.errors).toEqual([]);
  }, 60_000);
});
