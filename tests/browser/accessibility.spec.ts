/**
 * axe (WCAG 2 A and AA) on one page of every kind the build produces. Kinds are found
 * from dist/ (see pageKinds), so new page types are checked without editing this file.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { pageKinds } from '../helpers/site.ts';

const kinds = [...pageKinds().values()];

test('there are page kinds to check', () => {
  expect(kinds.length).toBeGreaterThanOrEqual(3);
});

for (const { url } of kinds) {
  test(`no WCAG 2 AA violations on ${url}`, async ({ page }) => {
    // The largest pages (the full comparison table of every app) take axe a while on two cores.
    test.setTimeout(120_000);
    await page.goto(url);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const violations = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    expect(violations).toEqual([]);
  });
}
