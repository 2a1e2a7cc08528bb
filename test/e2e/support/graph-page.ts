// Actions on the standalone graph page, as a user performs them: type into the search box, click
// an edge where it is drawn on the canvas (its rendered midpoint, read through the documented
// window.newsgraph hook), and read the details panel.
import type { Page } from 'playwright-core';

export async function openGraphPage(page: Page, file: string): Promise<void> {
  await page.goto(`file://${file}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 20_000 });
}

export async function searchFor(page: Page, text: string): Promise<string> {
  await page.fill('#search', text);
  return (await page.textContent('#search-status')) ?? '';
}

/** Id of the edge of this type between two nodes whose labels contain the given words. */
export async function findEdgeId(page: Page, type: string, a: string, b: string): Promise<string | undefined> {
  return page.evaluate(([t, x, y]) => {
    const win = globalThis as unknown as { newsgraph: { cy: { edges(sel: string): Array<{ id(): string; source(): { data(k: string): string }; target(): { data(k: string): string } }> } } };
    const has = (label: string, word: string): boolean => label.toLowerCase().includes(word.toLowerCase());
    const edge = win.newsgraph.cy.edges(`[type = "${t}"]`).find((e) => {
      const s = e.source().data('label');
      const d = e.target().data('label');
      return (has(s, x) && has(d, y)) || (has(s, y) && has(d, x));
    });
    return edge ? edge.id() : undefined;
  }, [type, a, b]);
}

/** Clicks the edge where the canvas draws it. */
export async function clickEdgeOnCanvas(page: Page, edgeId: string): Promise<void> {
  const point = await page.evaluate((id) => {
    const win = globalThis as unknown as { newsgraph: { cy: { getElementById(id: string): { renderedMidpoint(): { x: number; y: number } } } } };
    return win.newsgraph.cy.getElementById(id).renderedMidpoint();
  }, edgeId);
  const box = await page.locator('#graph').boundingBox();
  if (!box) throw new Error('the graph canvas is not visible');
  await page.mouse.click(box.x + point.x, box.y + point.y);
}

/** Relations between actors drawn on the page (MENTIONS and SAID not counted). */
export async function countActorRelations(page: Page): Promise<number> {
  return page.evaluate(() => {
    const win = globalThis as unknown as { newsgraph: { cy: { edges(sel: string): { length: number } } } };
    return win.newsgraph.cy.edges('[type != "MENTIONS"][type != "SAID"]').length;
  });
}
