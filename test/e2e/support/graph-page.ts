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

interface EdgeGeometry {
  mid: { x: number; y: number };
  from: { x: number; y: number };
  to: { x: number; y: number };
}

/**
 * Clicks the edge where the canvas draws it: its midpoint, then other points along it when a node
 * drawn on top of the midpoint took the click. Returns once the page shows the edge as selected.
 */
export async function clickEdgeOnCanvas(page: Page, edgeId: string): Promise<void> {
  type Cy = { getElementById(id: string): { renderedMidpoint(): EdgeGeometry['mid']; renderedSourceEndpoint(): EdgeGeometry['mid']; renderedTargetEndpoint(): EdgeGeometry['mid']; selected(): boolean } };
  const g = await page.evaluate((id) => {
    const edge = (globalThis as unknown as { newsgraph: { cy: Cy } }).newsgraph.cy.getElementById(id);
    return { mid: edge.renderedMidpoint(), from: edge.renderedSourceEndpoint(), to: edge.renderedTargetEndpoint() };
  }, edgeId);
  const box = await page.locator('#graph').boundingBox();
  if (!box) throw new Error('the graph canvas is not visible');
  const along = (t: number): EdgeGeometry['mid'] => ({ x: g.from.x + (g.to.x - g.from.x) * t, y: g.from.y + (g.to.y - g.from.y) * t });
  for (const point of [g.mid, along(0.4), along(0.6), along(0.3), along(0.7)]) {
    await page.mouse.click(box.x + point.x, box.y + point.y);
    const selected = await page.evaluate((id) => (globalThis as unknown as { newsgraph: { cy: Cy } }).newsgraph.cy.getElementById(id).selected(), edgeId);
    if (selected) return;
  }
  throw new Error(`clicking edge ${edgeId} on the canvas did not select it (other elements are drawn over it)`);
}

/** Relations between actors drawn on the page (MENTIONS and SAID not counted). */
export async function countActorRelations(page: Page): Promise<number> {
  return page.evaluate(() => {
    const win = globalThis as unknown as { newsgraph: { cy: { edges(sel: string): { length: number } } } };
    return win.newsgraph.cy.edges('[type != "MENTIONS"][type != "SAID"]').length;
  });
}
