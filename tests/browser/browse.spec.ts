/** Browse and compare: the catalog table island, categories, IdPs, comparisons, calculator, layout. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const visibleRows = (page: Page) => page.locator('table.compare-table tbody tr:not([hidden])');
/** Waits until the table island has put the rows of the latest change in place. */
const settled = (page: Page) => expect(page.locator('[data-compare-table]')).toHaveAttribute('aria-busy', 'false');

test.describe('the comparison table', () => {
  test('sorts by price multiple and keeps the sort in the URL', async ({ page }) => {
    await page.goto('/compare/');
    // The first page of the table, by name.
    const firstPage = new Set(await visibleRows(page).evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.slug)));
    expect(firstPage.size).toBe(100);
    await page.getByRole('button', { name: 'Price multiple' }).click();
    await expect(page).toHaveURL(/sort=multiple&dir=asc/);
    await page.getByRole('button', { name: 'Price multiple' }).click();
    await expect(page).toHaveURL(/sort=multiple&dir=desc/);
    await settled(page);
    await expect(page.locator('th[data-sort-key="multiple"]')).toHaveAttribute('aria-sort', 'descending');
    const multiples = await visibleRows(page).evaluateAll((rows) =>
      rows.map((row) => (row as HTMLElement).dataset.sortMultiple).filter((value) => value !== '').map(Number),
    );
    expect(multiples.length).toBeGreaterThan(10);
    expect(multiples).toEqual([...multiples].sort((a, b) => b - a));
    // The sort covers the whole catalog, not just the page the reader opened.
    const sorted = await visibleRows(page).evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.slug));
    expect(sorted.some((slug) => !firstPage.has(slug))).toBe(true);
    await expect(page.locator('[data-pager]').first()).toBeHidden();
    await page.reload();
    await expect(page.locator('th[data-sort-key="multiple"]')).toHaveAttribute('aria-sort', 'descending');
  });

  test('filters by category, status and IdP, announces the count, and restores it from the URL', async ({ page }) => {
    await page.goto('/compare/');
    await page.getByLabel('Category').selectOption('password-management');
    await expect(page).toHaveURL(/category=password-management/);
    await settled(page);
    const rows = visibleRows(page);
    const count = await rows.count();
    expect(count).toBeGreaterThan(2);
    for (const category of await rows.evaluateAll((r) => r.map((row) => (row as HTMLElement).dataset.category))) {
      expect(category).toBe('password-management');
    }
    await expect(page.locator('[data-announce]')).toHaveText(new RegExp(`Showing ${count} of \\d+ apps`));

    await page.getByLabel('Full SCIM through').selectOption('okta');
    await expect(page).toHaveURL(/idp=okta/);
    await settled(page);
    for (const idps of await visibleRows(page).evaluateAll((r) => r.map((row) => (row as HTMLElement).dataset.idps))) {
      expect(idps?.split(' ')).toContain('okta');
    }

    // A shared link restores the same view.
    const url = page.url();
    const fresh = await page.context().newPage();
    await fresh.goto(url);
    await settled(fresh);
    await expect(fresh.getByLabel('Category')).toHaveValue('password-management');
    await expect(visibleRows(fresh)).toHaveCount(await visibleRows(page).count());
  });

  test('status filter keeps only that status, across every page of the table', async ({ page }) => {
    await page.goto('/compare/?status=none');
    await settled(page);
    const statuses = await visibleRows(page).evaluateAll((r) => r.map((row) => (row as HTMLElement).dataset.status));
    expect(statuses.length).toBe(100);
    expect(new Set(statuses)).toEqual(new Set(['none']));
    // More apps match than one page shows; the reader can have them all.
    await page.getByRole('button', { name: /^Show all \d+$/ }).click();
    await settled(page);
    const all = await visibleRows(page).evaluateAll((r) => r.map((row) => (row as HTMLElement).dataset.status));
    expect(all.length).toBeGreaterThan(300);
    expect(new Set(all)).toEqual(new Set(['none']));
  });

  test('filters by how the facts were checked', async ({ page }) => {
    await page.goto('/compare/');
    await page.getByLabel('Checked against').selectOption('vendor-docs');
    await expect(page).toHaveURL(/provenance=vendor-docs/);
    await settled(page);
    const kinds = await visibleRows(page).evaluateAll((r) => r.map((row) => (row as HTMLElement).dataset.provenance));
    expect(kinds.length).toBeGreaterThan(20);
    expect(new Set(kinds)).toEqual(new Set(['vendor-docs']));
  });

  test('sorting works by keyboard', async ({ page }) => {
    await page.goto('/compare/');
    await page.getByRole('button', { name: 'App', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect(page.locator('th[data-sort-key="name"]')).toHaveAttribute('aria-sort', 'descending');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every app is reachable: pages by name, and the full table', async ({ page }) => {
    await page.goto('/compare/?category=password-management');
    const rows = page.locator('table.compare-table tbody tr');
    await expect(rows).toHaveCount(100);
    // The filters are shown but inert: nothing moves when a script would enable them.
    await expect(page.locator('form[data-filters] select').first()).toBeDisabled();
    await expect(rows.first().locator('th a')).toBeVisible();
    const pager = page.getByRole('navigation', { name: 'Pages of the table' }).first();
    const pages = await pager.locator('a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).getAttribute('href')));
    expect(pages).toContain('/compare/page/2/');
    expect(pages).toContain('/compare/all/');
    let seen = 100;
    for (const href of pages.filter((href) => href!.startsWith('/compare/page/'))) {
      await page.goto(href!);
      seen += await page.locator('table.compare-table tbody tr').count();
    }
    await page.goto('/compare/all/');
    await expect(page.locator('table.compare-table tbody tr')).toHaveCount(seen);
    expect(seen).toBeGreaterThan(800);
  });

  test('a guide shows the default cost figures without the calculator', async ({ page }) => {
    await page.goto('/apps/slack/');
    await expect(page.locator('form[data-cost-calculator]')).toBeHidden();
    await expect(page.getByTestId('manual-cost-total')).toHaveText(/^\$[\d,]+$/);
  });
});

test('the cost calculator recomputes the figures with the reader\'s numbers', async ({ page }) => {
  await page.goto('/apps/slack/');
  const total = page.getByTestId('manual-cost-total');
  const before = await total.textContent();
  const form = page.locator('form[data-cost-calculator]');
  await expect(form).toBeVisible();
  await form.getByLabel('Employees').fill('1000');
  await expect(total).not.toHaveText(before!);
  const doubled = await total.textContent();
  await form.getByLabel('Hourly IT cost').fill('0');
  await form.getByLabel('Seat price per user per month').fill('0');
  // With no IT cost and no seat price, only the compliance cost is left: orphaned accounts × cost per account.
  const orphaned = Number((await page.locator('[data-cost="orphanedAccounts"]').textContent())!.replace(/,/g, ''));
  expect(orphaned).toBeGreaterThan(0);
  await expect(total).not.toHaveText(doubled!);
  await expect(page.locator('[data-cost="itLabourCost"]')).toHaveText('$0');
  await expect(page.locator('[data-cost="unusedLicenseCost"]')).toHaveText('$0');
});

test('a comparison page states the same facts as both guides', async ({ page }) => {
  await page.goto('/apps/fullstory/');
  const link = page.locator('[data-section="related"] .comparisons a').first();
  const href = await link.getAttribute('href');
  expect(href).toMatch(/^\/compare\/[a-z0-9-]+-vs-[a-z0-9-]+\/$/);
  await link.click();
  const [a, b] = href!.replace('/compare/', '').replace(/\/$/, '').split('-vs-') as [string, string];
  const facts = page.getByTestId('versus-facts');
  const compared: Record<string, [string, string]> = {};
  for (const row of await facts.locator('tbody tr').all()) {
    const cells = await row.locator('td').allTextContents();
    compared[(await row.locator('th').textContent())!.trim()] = [cells[0]!.trim(), cells[1]!.trim()];
  }
  for (const [index, slug] of [a, b].entries()) {
    const guide = await page.context().newPage();
    await guide.goto(`/apps/${slug}/`);
    const callout = await guide.getByTestId('callout').textContent();
    await expect(page.locator(`[data-side="${slug}"] [data-testid="callout"]`)).toHaveText(callout!);
    for (const label of ['SCIM available', 'Plan SCIM needs', 'SSO available', 'SSO protocols']) {
      const value = await guide
        .locator('[data-section="quick-facts"] div', { has: guide.locator('dt', { hasText: label }) })
        .locator('dd')
        .textContent();
      expect(compared[label]?.[index], `${slug} ${label}`).toBe(value?.trim());
    }
    const total = await guide.getByTestId('manual-cost-total').textContent();
    expect(compared[`Manual provisioning a year (500 employees)`]?.[index]).toContain(total!.trim());
    await guide.close();
  }
});

test('category and IdP pages list their apps with derived summaries', async ({ page }) => {
  await page.goto('/categories/password-management/');
  await expect(page.getByTestId('category-summary')).toHaveText(/\d+ of \d+ /);
  await expect(page.locator('table.compare-table tbody tr').first()).toBeVisible();
  await page.goto('/idps/okta/');
  await expect(page.locator('h1')).toHaveText('Okta');
  await expect(page.locator('#full + ul li').first()).toBeVisible();
});

test('the SCIM-tax ranking is in descending order of multiple at every published team size', async ({ page }) => {
  await page.goto('/scim-tax/');
  const sizes = await page.locator('section[data-team-size]').evaluateAll((sections) => sections.map((section) => (section as HTMLElement).dataset.teamSize));
  expect(sizes).toEqual(['25', '100', '500', '2000']);
  for (const size of sizes) {
    const multiples = await page.locator(`section[data-team-size="${size}"] td[data-multiple]`).evaluateAll((cells) => cells.map((cell) => Number((cell as HTMLElement).dataset.multiple)));
    expect(multiples.length).toBeGreaterThan(20);
    expect(multiples).toEqual([...multiples].sort((x, y) => y - x));
  }
});

test('the ranking at a team size the reader types matches the published one, and lives in the URL', async ({ page }) => {
  await page.goto('/scim-tax/');
  const published = await page.locator('section[data-team-size="100"] tbody tr').evaluateAll((rows) => rows.map((row) => [(row as HTMLElement).dataset.slug, row.querySelector('td[data-multiple]')?.textContent?.trim()]));
  const form = page.locator('form[data-ranking-form]');
  await expect(form).toBeVisible();
  await form.getByLabel('Any team size').fill('100');
  await form.getByRole('button', { name: 'Rank' }).click();
  const output = page.locator('[data-ranking-output]');
  await expect(output.locator('h2')).toHaveText(/Team of 100/);
  const typed = await output.locator('tbody tr').evaluateAll((rows) => rows.map((row) => [(row as HTMLElement).dataset.slug, row.querySelectorAll('td')[1]?.textContent?.trim()]));
  expect(typed).toEqual(published);
  await expect(page).toHaveURL(/[?&]seats=100\b/);
  // A shared link reproduces the view.
  await page.goto('/scim-tax/?seats=37');
  await expect(page.locator('[data-ranking-output] h2')).toHaveText(/Team of 37/);
  await expect(page.locator('[data-ranking-output] tbody tr').first()).toBeVisible();
});

test('the ranking is readable without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/scim-tax/');
  await expect(page.locator('form[data-ranking-form]')).toBeHidden();
  await expect(page.locator('section[data-team-size="500"] tbody tr').first()).toBeVisible();
  await page.getByRole('link', { name: /Team of 2,000/ }).click();
  await expect(page).toHaveURL(/#team-2000$/);
  await context.close();
});

test('a guide has a breadcrumb and a price ladder with a text alternative', async ({ page }) => {
  await page.goto('/apps/slack/');
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Chat and meetings' })).toBeVisible();
  const ladder = page.getByTestId('price-ladder');
  await expect(ladder.locator('svg')).toHaveAttribute('aria-hidden', 'true');
  await expect(ladder.locator('figcaption li', { hasText: 'first plan with SCIM' })).toHaveCount(1);
});

test.describe('layout', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  for (const url of ['/', '/compare/', '/compare/all/', '/apps/slack/', '/scim-tax/']) {
    test(`${url} does not scroll sideways at 360 px`, async ({ page }) => {
      await page.goto(url);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(360);
    });
  }
});

test.describe('dark colour scheme', () => {
  test.use({ colorScheme: 'dark' });
  test('switches colours and stays accessible', async ({ page }) => {
    await page.goto('/apps/fullstory/');
    const channels = await page.evaluate(() => getComputedStyle(document.body).backgroundColor.match(/\d+/g)!.slice(0, 3).map(Number));
    // A dark background: every channel well below the light theme's white.
    expect(Math.max(...channels)).toBeLessThan(60);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
