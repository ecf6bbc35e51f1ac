/**
 * Every page kind at a phone's and a laptop's width, in the light and the dark scheme: a
 * full-page screenshot for a person to look at (test-results/screenshots/, not
 * committed), and a failure if the page scrolls sideways.
 */
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { PAGE_KINDS } from '../helpers/page-kinds.ts';

for (const scheme of ['light', 'dark'] as const) {
  for (const width of [360, 1280]) {
    test.describe(`${width} px, ${scheme}`, () => {
      test.use({ viewport: { width, height: 800 }, colorScheme: scheme });
      for (const { kind, path: url } of PAGE_KINDS) {
        test(`${kind} fits without sideways scroll`, async ({ page }, info) => {
          await page.goto(url);
          if (kind === 'search') await expect(page.locator('[data-results]')).toHaveAttribute('aria-busy', 'false');
          // Beside the run's other output, in one folder (test-results/ is not committed).
          await page.screenshot({ path: path.join(info.project.outputDir, 'screenshots', `${kind}-${width}-${scheme}.png`), fullPage: true });
          const overflow = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, viewport: document.documentElement.clientWidth }));
          expect(overflow.page, `${url} is ${overflow.page} px wide in a ${overflow.viewport} px window`).toBeLessThanOrEqual(overflow.viewport);
        });
      }
    });
  }
}
