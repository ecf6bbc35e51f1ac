/** Search: a pagefind index with facets, the search page and the header search. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { validateCatalog } from '../../src/node/validate.ts';
import { deriveAppView } from '../../src/lib/app-view.ts';
import { readCatalogContext } from '../../src/node/catalog-files.ts';

const results = (page: Page) => page.locator('[data-results] .search-result');
/** Waits until the search page has finished its latest update. */
const settled = (page: Page) => expect(page.locator('[data-results]')).toHaveAttribute('aria-busy', 'false');
const resultTitles = (page: Page) => page.locator('[data-results] .search-result h3 a');

/** The catalog's own count of apps per status label, to check the facet counts against. */
function statusCounts(): Map<string, number> {
  const { entries } = validateCatalog();
  const context = readCatalogContext();
  const counts = new Map<string, number>();
  for (const [slug, data] of entries) {
    const label = deriveAppView(slug, data, context).status.label;
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return counts;
}

test('a name query puts the page it names first: an app, a former name, an IdP or a part of the site', async ({ page }) => {
  for (const [query, name, path] of [
    ['Slack', 'Slack'],
    ['Fullstory', 'Fullstory'],
    ['1Password', '1Password'],
    ['Zoom', 'Zoom'],
    ['ConvertKit', 'Kit (formerly ConvertKit)'],
    ['HelloSign', 'Dropbox Sign (HelloSign)'],
    ['Azure AD', 'Microsoft Entra ID', '/idps/entra-id/'],
    ['Azure Active Directory', 'Microsoft Entra ID', '/idps/entra-id/'],
    ['AAD', 'Microsoft Entra ID', '/idps/entra-id/'],
    ['Entra', 'Microsoft Entra ID', '/idps/entra-id/'],
    ['Okta', 'Okta', '/idps/okta/'],
    ['G Suite', 'Google Workspace', '/idps/google-workspace/'],
    ['PingFederate', 'Ping Identity', '/idps/ping-identity/'],
    ['Ping', 'Ping Identity', '/idps/ping-identity/'],
    ['SCIM tax', 'The SCIM tax ranking', '/scim-tax/'],
    ['comparison table', 'Compare every app', '/compare/'],
    ['open data', 'Open data', '/data/'],
    ['stack calculator', 'Your stack', '/stack/'],
  ] as [string, string, string?][]) {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    await expect(resultTitles(page).first()).toHaveText(name);
    if (path) await expect(resultTitles(page).first()).toHaveAttribute('href', path);
  }
});

test('a word never matches part of an unrelated product name', async ({ page }) => {
  // "G Suite" must not reach NetSuite through "suite", nor "Zoom" reach ZoomInfo before Zoom.
  for (const [query, unrelated] of [
    ['G Suite', 'NetSuite'],
    ['Suite', 'NetSuite'],
  ] as const) {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    await settled(page);
    expect(await resultTitles(page).allTextContents(), query).not.toContain(unrelated);
  }
  await page.goto('/search/?q=Zoom');
  await settled(page);
  const titles = await resultTitles(page).allTextContents();
  expect(titles[0]).toBe('Zoom');
});

test.describe('synonyms and spelling', () => {
  for (const [query, check] of [
    ['Azure AD', (titles: string[]) => titles[0] === 'Microsoft Entra ID'],
    ['SAML', (_: string[], total: number) => total > 100],
    ['deprovision', (_: string[], total: number) => total > 100],
    ['Bill', (titles: string[]) => titles[0] === 'Bill.com'],
  ] as const) {
    test(`"${query}" finds its target`, async ({ page }) => {
      await page.goto(`/search/?q=${encodeURIComponent(query)}`);
      await settled(page);
      const titles = await resultTitles(page).allTextContents();
      // The summary counts every match; the list shows the first page of them.
      const total = Number(/^(\d+)/.exec((await page.locator('[data-search-summary]').textContent()) ?? '')?.[1] ?? 0);
      expect(check(titles, total), `${total}: ${titles.slice(0, 8).join(', ')}`).toBe(true);
    });
  }

  test('"Azure AD" also reaches guides whose matrix names Microsoft Entra ID', async ({ page }) => {
    await page.goto('/search/?q=Azure%20AD');
    await resultTitles(page).nth(1).click();
    await expect(page.locator('[data-section="idp-matrix"] tr[data-idp="entra-id"]')).toHaveCount(1);
  });

  test('"deprovision" finds guides with deactivation notes', async ({ page }) => {
    await page.goto('/search/?q=deprovision');
    await resultTitles(page).first().click();
    await expect(page.locator('[data-section="tech-specs"]')).toContainText('Deprovisioning');
  });
});

test('a facet narrows results, and its counts match the catalog', async ({ page }) => {
  await page.goto('/search/');
  await expect(results(page).first()).toBeVisible();
  const expected = statusCounts();
  const facet = page.locator('fieldset[data-facet="status"]');
  for (const [label, count] of expected) {
    await expect(facet.locator(`label[data-value="${label}"]`)).toHaveAttribute('data-count', String(count));
  }
  const [label, count] = [...expected].find(([, n]) => n > 5 && n < 100)!;
  await facet.getByLabel(label).check();
  await settled(page);
  await expect(page).toHaveURL(new RegExp(`status=${encodeURIComponent(label).replace(/%20/g, '\\+')}`));
  await expect(page.locator('[data-search-summary]')).toHaveText(new RegExp(`^${count} `));
  await expect(results(page).first().locator('.badge')).toHaveText(label);
});

test('browse mode lists apps by filters with no query, and the URL state survives a reload', async ({ page }) => {
  await page.goto('/search/');
  await page.locator('fieldset[data-facet="idp"]').getByLabel('Microsoft Entra ID').check();
  await page.locator('fieldset[data-facet="tier"]').getByLabel('Enterprise plan').check();
  await expect(page).toHaveURL(/idp=Microsoft\+Entra\+ID/);
  await expect(page).toHaveURL(/tier=Enterprise\+plan/);
  await settled(page);
  const summary = await page.locator('[data-search-summary]').textContent();
  expect(summary).toMatch(/^\d+ /);
  const first = await resultTitles(page).first().textContent();
  await page.reload();
  await settled(page);
  await expect(page.locator('fieldset[data-facet="idp"]').getByLabel('Microsoft Entra ID')).toBeChecked();
  await expect(page.locator('[data-search-summary]')).toHaveText(summary!);
  await expect(resultTitles(page).first()).toHaveText(first!);
  // Every result really has full SCIM through Entra: check the first guide.
  await resultTitles(page).first().click();
  await expect(page.locator('tr[data-idp="entra-id"] td').nth(1)).toHaveText('Full');
});

test('the header search works from a guide page by keyboard alone', async ({ page }) => {
  await page.goto('/apps/fullstory/');
  await page.keyboard.press('/');
  await expect(page.locator('#site-search')).toBeFocused();
  await page.keyboard.type('Zoom');
  const list = page.locator('#site-search-results');
  await expect(list).toBeVisible();
  await expect(page.locator('#site-search')).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(list.locator('[role="option"]').first()).toHaveAttribute('aria-selected', 'true');
  await expect(list.locator('[role="option"]').first()).toContainText('Zoom');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/apps\/zoom\/$/);
});

test('the header search falls back to the search page without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/apps/fullstory/');
  await page.locator('#site-search').fill('Slack');
  await page.locator('#site-search').press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=Slack$/);
  await expect(page.locator('noscript, p', { hasText: 'catalog table' }).first()).toBeAttached();
  await context.close();
});

test('the search page passes axe', async ({ page }) => {
  await page.goto('/search/?q=okta');
  await expect(results(page).first()).toBeVisible();
  const report = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(report.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
