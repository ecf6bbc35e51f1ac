/** Moving around the site: home to a guide, guide to a related guide, and the 404 page. */
import { expect, test } from '@playwright/test';
import { validateCatalog } from '../../src/node/validate.ts';


test('home lists every deep guide and leads to every app', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('h1')).toHaveCount(1);
  const deep = [...validateCatalog().entries.values()].filter((entry) => entry.deep).length;
  await expect(page.locator('ul.guide-list li')).toHaveCount(deep);
  await page.getByRole('link', { name: 'the comparison table' }).click();
  await expect(page).toHaveURL(/\/compare\/$/);
  await page.goto('/');
  await page.locator('ul.guide-list').getByRole('link', { name: 'Fullstory', exact: true }).click();
  await expect(page).toHaveURL(/\/apps\/fullstory\/$/);
  await expect(page.locator('h1')).toHaveText('Fullstory SCIM provisioning');
});

test('a guide links to a related guide', async ({ page }) => {
  await page.goto('/apps/fullstory/');
  await page.locator('[data-section="related"]').getByRole('link', { name: 'Amplitude', exact: true }).click();
  await expect(page).toHaveURL(/\/apps\/amplitude\/$/);
  await expect(page.locator('h1')).toHaveText('Amplitude SCIM provisioning');
  // and back again through Amplitude's own related apps
  await page.locator('[data-section="related"]').getByRole('link', { name: 'Fullstory', exact: true }).click();
  await expect(page).toHaveURL(/\/apps\/fullstory\/$/);
});

test('an unknown address gets the 404 page with a way back', async ({ page }) => {
  const response = await page.goto('/apps/no-such-app/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await page.getByRole('link', { name: 'Browse all apps' }).click();
  await expect(page).toHaveURL(/\/$/);
});
