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

type EdgeView = { renderedMidpoint(): EdgeGeometry['mid']; renderedSourceEndpoint(): EdgeGeometry['mid']; renderedTargetEndpoint(): EdgeGeometry['mid']; selected(): boolean; connectedNodes(): unknown };
type Cy = { getElementById(id: string): EdgeView; fit(elements: unknown, padding: number): void };

async function edgeGeometry(page: Page, edgeId: string): Promise<EdgeGeometry> {
  return page.evaluate((id) => {
    const edge = (globalThis as unknown as { newsgraph: { cy: Cy } }).newsgraph.cy.getElementById(id);
    return { mid: edge.renderedMidpoint(), from: edge.renderedSourceEndpoint(), to: edge.renderedTargetEndpoint() };
  }, edgeId);
}

/** Points along the edge, the midpoint first, then outwards in steps of 5%. */
function pointsAlong(g: EdgeGeometry): Array<EdgeGeometry['mid']> {
  const along = (t: number): EdgeGeometry['mid'] => ({ x: g.from.x + (g.to.x - g.from.x) * t, y: g.from.y + (g.to.y - g.from.y) * t });
  const points = [g.mid];
  for (let d = 0.05; d <= 0.35; d += 0.05) points.push(along(0.5 - d), along(0.5 + d));
  return points;
}

/**
 * Clicks the edge where the canvas draws it: points along it from the midpoint out, in case a
 * node or label drawn on top takes the click; if none selects it, zooms the view onto the edge and
 * its two nodes and tries again. Returns once the page shows the edge as selected.
 */
export async function clickEdgeOnCanvas(page: Page, edgeId: string): Promise<void> {
  const box = await page.locator('#graph').boundingBox();
  if (!box) throw new Error('the graph canvas is not visible');
  for (let attempt = 0; attempt < 2; attempt++) {
    if (attempt === 1) {
      await page.evaluate((id) => {
        const cy = (globalThis as unknown as { newsgraph: { cy: Cy } }).newsgraph.cy;
        cy.fit(cy.getElementById(id).connectedNodes(), 120);
      }, edgeId);
    }
    for (const point of pointsAlong(await edgeGeometry(page, edgeId))) {
      await page.mouse.click(box.x + point.x, box.y + point.y);
      const selected = await page.evaluate((id) => (globalThis as unknown as { newsgraph: { cy: Cy } }).newsgraph.cy.getElementById(id).selected(), edgeId);
      if (selected) return;
    }
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
