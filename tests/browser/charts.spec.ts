/**
 * Charts are drawn at build time as SVG; their labels are measured here in a real browser,
 * with its real fonts, against the chart's own box, at a phone's and a laptop's width.
 */
import { expect, test, type Locator } from '@playwright/test';

/** The text of every label that reaches outside the SVG's viewBox. */
function clippedLabels(svg: Locator): Promise<string[]> {
  return svg.evaluate((node) => {
    const box = (node as SVGSVGElement).viewBox.baseVal;
    return [...node.querySelectorAll('text')].flatMap((text) => {
      const b = (text as SVGTextElement).getBBox();
      const outside = b.x < box.x - 0.5 || b.y < box.y - 0.5 || b.x + b.width > box.x + box.width + 0.5 || b.y + b.height > box.y + box.height + 0.5;
      return outside ? [text.textContent ?? ''] : [];
    });
  });
}

for (const width of [360, 1280]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });

    test('the status chart keeps every label inside its box', async ({ page }) => {
      await page.goto('/');
      const svg = page.locator('figure.status-chart svg');
      await expect(svg).toHaveCount(1);
      expect(await svg.locator('text').count()).toBeGreaterThan(4);
      expect(await clippedLabels(svg)).toEqual([]);
    });

    test('price ladders keep every label inside their box', async ({ page }) => {
      // Guides with long plan names and long value labels.
      let measured = 0;
      for (const slug of ['docusign', 'salesforce', 'fullstory', '1password', 'hubspot', 'atlassian']) {
        await page.goto(`/apps/${slug}/`);
        const svg = page.locator('[data-testid="price-ladder"] svg');
        if (!(await svg.count())) continue;
        measured++;
        expect(await clippedLabels(svg), slug).toEqual([]);
      }
      expect(measured).toBeGreaterThan(2);
    });
  });
}

test('the measure finds a clipped label', async ({ page }) => {
  // The check itself can fail: a label pushed past the right edge is reported.
  await page.goto('/');
  const svg = page.locator('figure.status-chart svg');
  await svg.evaluate((node) => node.querySelector('text.chart-value')!.setAttribute('x', String((node as SVGSVGElement).viewBox.baseVal.width - 5)));
  expect((await clippedLabels(svg)).length).toBe(1);
});
