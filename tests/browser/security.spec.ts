/**
 * The Content Security Policy holds on every page kind, with its islands at work: no
 * violation is reported, and the islands still do their jobs under it.
 */
import { expect, test, type Page } from '@playwright/test';
import { pageKinds } from '../helpers/site.ts';

/** Collects CSP violations the page reports, from the DOM event and from the console. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const fromConsole: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) fromConsole.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return async () => [...fromConsole, ...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp))];
}

for (const { url } of pageKinds().values()) {
  test(`no CSP violation on ${url}`, async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto(url);
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /object-src 'none'.*base-uri 'self'/);
    // Use the header search on every page, so pagefind's WebAssembly and worker run under the policy.
    await page.locator('#site-search').fill('okta');
    // The full comparison table is a heavy page on two cores: this checks the policy, not speed.
    await expect(page.locator('#site-search-results [role="option"]').first()).toBeVisible({ timeout: 20_000 });
    expect(await violations()).toEqual([]);
  });
}

test('the islands work under the policy', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/compare/');
  await page.getByRole('button', { name: 'Price multiple' }).click();
  await expect(page.locator('th[data-sort-key="multiple"]')).toHaveAttribute('aria-sort', 'ascending');
  await page.goto('/apps/slack/');
  const total = await page.getByTestId('manual-cost-total').textContent();
  await page.locator('form[data-cost-calculator]').getByLabel('Employees').fill('2000');
  await expect(page.getByTestId('manual-cost-total')).not.toHaveText(total!);
  await page.goto('/search/?q=slack');
  await expect(page.locator('[data-results] .search-result').first()).toBeVisible();
  expect(await violations()).toEqual([]);
});

test('the deploy headers forbid framing and repeat the policy', async ({ request }) => {
  const response = await request.get('/');
  expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
});
