// The standalone page (`kg extract --format html`) in a real browser: search "Karro", click the
// MET_WITH edge on the canvas, read its evidence; hostile text stays text; no network requests.
import fs from 'node:fs';
import path from 'node:path';
import { readCytoscapeSource } from '../../src/graph/html/read-cytoscape-source';
import { renderGraphHtml } from '../../src/graph/html/render-graph-html';
import { HOSTILE_NAME, HOSTILE_SENTENCE, MEETING_SENTENCE, buildMeetingGraph } from '../fixtures/meeting-graph';
import { SCREENSHOT_DIR, announceSkip, chromiumMissing, openBrowser, saveScreenshot, type BrowserSession } from './support/chromium';
import { clickEdgeOnCanvas, findEdgeId, openGraphPage, searchFor } from './support/graph-page';

const missing = chromiumMissing();
if (missing) announceSkip(missing);
const describeWithChromium = missing ? describe.skip : describe;

describeWithChromium('standalone graph page (hand-made graph)', () => {
  let session: BrowserSession;
  const file = path.join(SCREENSHOT_DIR, 'meeting-graph.html');

  beforeAll(async () => {
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    fs.writeFileSync(file, renderGraphHtml(buildMeetingGraph(), { librarySource: readCytoscapeSource(), title: 'Meeting </title> test' }));
    session = await openBrowser();
  }, 60_000);
  afterAll(async () => session?.close());

  test('search "Karro", click the MET_WITH edge on the canvas, see its evidence with source and rule', async () => {
    const { page } = session;
    const requests: string[] = [];
    page.on('request', (r) => { if (!r.url().startsWith('file:')) requests.push(r.url()); });
    await openGraphPage(page, file);
    expect(await searchFor(page, 'Karro')).toBe('1 match');
    await expect(page.locator('#details h2').textContent()).resolves.toBe('Arvid Tolson Karro');
    await expect(page.locator('#details').textContent()).resolves.toContain('Arvid Tolsen Karro');
    const edgeId = await findEdgeId(page, 'MET_WITH', 'Whitfield', 'Karro');
    expect(edgeId).toBeDefined();
    await clickEdgeOnCanvas(page, edgeId ?? '');
    await expect(page.locator('#details h2').textContent()).resolves.toBe('MET_WITH');
    const evidence = page.locator('#details .evidence li');
    await expect(evidence.count()).resolves.toBe(2);
    await expect(evidence.first().locator('blockquote').textContent()).resolves.toBe(MEETING_SENTENCE);
    await expect(evidence.first().locator('.source').textContent()).resolves.toContain('news/ledger-report.txt · rule met-with');
    await expect(page.locator('#details dl').textContent()).resolves.toContain('New York');
    await saveScreenshot(page, 'standalone-met-with.png');
    expect(requests).toEqual([]);
    expect(session.errors).toEqual([]);
  }, 60_000);

  test('a spelling variant kept as an alias finds the actor; the relation list selects edges too', async () => {
    const { page } = session;
    await openGraphPage(page, file);
    expect(await searchFor(page, 'tolsen')).toBe('1 match');
    await page.locator('#relations button', { hasText: 'WORKS_FOR' }).click();
    await expect(page.locator('#details h2').textContent()).resolves.toBe('WORKS_FOR');
    await expect(page.locator('#details dl').textContent()).resolves.toContain('UN Ambassador');
    await expect(page.locator('#relations tr.selected').count()).resolves.toBe(1);
  }, 60_000);

  test('markup and </script> in names, titles and sentences stay plain text', async () => {
    const { page } = session;
    await openGraphPage(page, file);
    await expect(page.title()).resolves.toBe('Meeting </title> test');
    expect(await searchFor(page, 'mallory')).toBe('1 match');
    await expect(page.locator('#details h2').textContent()).resolves.toBe(HOSTILE_NAME);
    await page.locator('#relations button', { hasText: 'Mallory' }).click();
    await expect(page.locator('#details blockquote').textContent()).resolves.toBe(HOSTILE_SENTENCE);
    await expect(page.locator('#details .source').textContent()).resolves.toContain('hostile/</script>.txt');
    await expect(page.locator('#details b, #details img, body img').count()).resolves.toBe(0);
    await expect(page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
    await saveScreenshot(page, 'standalone-hostile-text.png');
    expect(session.errors).toEqual([]);
  }, 60_000);
});
