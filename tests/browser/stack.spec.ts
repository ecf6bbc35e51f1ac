import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

const APPS = [
  ['Slack', 'slack'],
  ['Asana', 'asana'],
  ['Zoom', 'zoom'],
  ['Notion', 'notion'],
  ['Figma', 'figma'],
] as const;

const money = (text: string) => Number(text.replace(/[^0-9.-]/g, ''));

async function addByTyping(page: Page, name: string): Promise<void> {
  const picker = page.getByRole('combobox', { name: 'Add an app' });
  await picker.fill(name);
  const option = page.getByRole('option', { name, exact: true });
  await expect(option).toBeVisible();
  // Keyboard: move to the exact match and choose it.
  const options = await page.getByRole('option').allTextContents();
  for (let i = 0; i <= options.indexOf(name); i++) await picker.press('ArrowDown');
  await picker.press('Enter');
  await expect(page.locator(`[data-stack-rows] tr[data-slug]`, { hasText: name }).first()).toBeVisible();
}

test('builds a stack of five apps from the UI, checks it against the guides, shares it and downloads it', async ({ page }) => {
  await page.goto('/stack/');
  await expect(page.locator('[data-stack-fallback]')).toBeHidden();
  // The guides' team size, so each row's extra can be checked against its guide.
  await page.getByLabel('Team size').fill('500');
  await page.getByLabel('Team size').press('Tab');
  await page.getByLabel('Identity provider').selectOption('okta');
  for (const [name] of APPS) await addByTyping(page, name);
  const rows = page.locator('[data-stack-rows] tr');
  await expect(rows).toHaveCount(5);

  // Each row says what the app's guide says: the same status and the same plan SCIM needs.
  const guides = await page.context().newPage();
  for (const [name, slug] of APPS) {
    const row = page.locator(`[data-stack-rows] tr[data-slug="${slug}"]`);
    await guides.goto(`/apps/${slug}/`);
    await expect(row.locator('[data-cell="status"]')).toHaveText((await guides.locator('.guide-header .badge').textContent())!.trim());
    const plan = (await guides.locator('dd[data-fact="scim-plan"]').textContent())!.trim().replace(/ \((every plan|every paid plan)\)$/, '');
    await expect(row.locator('[data-cell="scim-plan"]')).toHaveText(plan);
    const okta = (await guides.locator('[data-section="idp-matrix"] tr[data-idp="okta"] td').nth(1).textContent())?.trim();
    if (okta === 'Full') await expect(row.locator('[data-cell="provisioning"]')).toHaveText('Yes', { useInnerText: true });
    const extra = guides.getByTestId('price-extra');
    if (await extra.count()) await expect(row.locator('[data-cell="extra"]')).toHaveText((await extra.textContent())!.trim());
    await expect(row.getByRole('link', { name })).toHaveAttribute('href', `/apps/${slug}/`);
  }
  await guides.close();

  // The totals add up the rows.
  const extras = await rows.locator('[data-cell="extra"]').evaluateAll((cells) => cells.map((cell) => Number((cell as HTMLElement).dataset.value || 0)));
  const manual = await rows.locator('[data-cell="manual"]').evaluateAll((cells) => cells.map((cell) => Number((cell as HTMLElement).dataset.value || 0)));
  expect(money((await page.locator('[data-total="scim-tax"]').textContent())!)).toBe(Math.round(extras.reduce((a, b) => a + b, 0)));
  expect(money((await page.locator('[data-total="manual"]').textContent())!)).toBe(Math.round(manual.reduce((a, b) => a + b, 0)));

  // The URL holds the whole state: a reload gives the same view.
  await expect(page).toHaveURL(/apps=slack,asana,zoom,notion,figma/);
  await expect(page).toHaveURL(/seats=500/);
  await expect(page).toHaveURL(/idp=okta/);
  const before = await rows.allInnerTexts();
  await page.reload();
  await expect(page.locator('[data-stack-rows] tr')).toHaveCount(5);
  expect(await page.locator('[data-stack-rows] tr').allInnerTexts()).toEqual(before);

  // CSV: one line per app, a header and a totals line.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV' }).click();
  const file = await (await download).path();
  const lines = readFileSync(file!, 'utf8').trim().split(/\r?\n/);
  expect(lines).toHaveLength(7);
  expect(lines[0]).toMatch(/^app,status,seats,plan SCIM needs/);
  expect(lines.slice(1, 6).map((line) => line.split(',')[0])).toEqual(APPS.map(([name]) => name));
  expect(lines[6]).toMatch(/^Total,/);
});

test('removing an app and setting its own seats update the stack and the URL', async ({ page }) => {
  await page.goto('/stack/?apps=slack,zoom&seats=50&idp=entra-id');
  const rows = page.locator('[data-stack-rows] tr');
  await expect(rows).toHaveCount(2);
  await page.getByLabel('Seats for Slack').fill('20');
  await page.getByLabel('Seats for Slack').press('Tab');
  await expect(page).toHaveURL(/seats\.slack=20/);
  await page.getByRole('button', { name: 'Remove Zoom' }).click();
  await expect(rows).toHaveCount(1);
  await expect(page).toHaveURL(/apps=slack(&|$)/);
});

test('without JavaScript the page says what it does and links to the comparison table', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/stack/');
  await expect(page.locator('[data-stack-fallback]')).toBeVisible();
  await expect(page.locator('[data-stack-fallback] a')).toHaveAttribute('href', '/compare/');
  await expect(page.locator('form[data-stack-form]')).toBeHidden();
  await context.close();
});

test('a guide adds its app to the stack', async ({ page }) => {
  await page.goto('/apps/zoom/');
  await page.getByRole('link', { name: 'Add this app to your stack' }).click();
  await expect(page).toHaveURL(/\/stack\/\?apps=zoom/);
  await expect(page.locator('[data-stack-rows] tr[data-slug="zoom"]')).toBeVisible();
});
