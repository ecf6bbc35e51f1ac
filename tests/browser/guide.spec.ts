/** The Fullstory guide, section by section, as a reader's browser renders it. */
import { expect, test } from '@playwright/test';

const ANATOMY = [
  ['header', null],
  ['summary', 'Summary and recommendation'],
  ['quick-facts', 'Quick facts'],
  ['idp-matrix', 'Supported identity providers'],
  ['manual-cost', 'The cost of not automating'],
  ['pricing', 'The pricing problem'],
  ['price-jump', 'What this means in practice'],
  ['constraints', 'Additional constraints'],
  ['challenges', 'Summary of challenges'],
  ['upgrade', 'What the upgrade includes'],
  ['admins-say', 'What IT admins say'],
  ['decision', 'The decision'],
  ['bottom-line', 'The bottom line'],
  ['tech-specs', 'Technical specifications'],
  ['configuration', 'Configuration per identity provider'],
  ['history', 'History'],
  ['badge', 'Embed and share'],
  ['footer', 'Sources'],
  ['related', 'Related apps'],
] as const;

test.describe('Fullstory guide', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/apps/fullstory/');
  });

  test('shows all 17 anatomy sections in order, with its history and badge', async ({ page }) => {
    const order = await page.locator('[data-section]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-section')));
    expect(order).toEqual(ANATOMY.map(([id]) => id));
    for (const [id, heading] of ANATOMY) {
      const section = page.locator(`[data-section="${id}"]`);
      await expect(section).toBeVisible();
      if (heading) await expect(section.getByRole('heading', { level: 2 })).toHaveText(heading);
    }
  });

  test('header: one h1, the category, the derived badge and call-out, a monogram', async ({ page }) => {
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).toHaveText('Fullstory SCIM provisioning');
    const header = page.locator('[data-section="header"]');
    await expect(header).toContainText('Product analytics');
    await expect(header.locator('.badge')).toHaveText('SCIM on a paid tier');
    await expect(header.getByTestId('callout')).toHaveText('Native SCIM requires Enterprise plan');
    await expect(header.locator('.monogram')).toHaveText('F');
  });

  test('summary: both paragraphs and the Markdown body', async ({ page }) => {
    const summary = page.locator('[data-section="summary"]');
    await expect(summary).toContainText('session replay');
    await expect(summary).toContainText('Recommendation:');
    await expect(summary.locator('.prose p')).toContainText('offboarding path');
  });

  test('quick facts answer each question', async ({ page }) => {
    const facts = page.locator('[data-section="quick-facts"]');
    const value = (label: string) => facts.locator('div', { has: page.locator('dt', { hasText: label }) }).locator('dd');
    await expect(value('SCIM available')).toHaveText('Yes, native SCIM 2.0');
    await expect(value('Plan SCIM needs')).toHaveText('Enterprise');
    await expect(value('SSO required before SCIM')).toHaveText('Yes');
    await expect(value('SSO available')).toHaveText('Yes, on Enterprise');
    await expect(value('SSO protocols')).toHaveText('SAML 2.0');
    await expect(value('Official documentation').locator('a')).toHaveAttribute('href', /^https:\/\/help\.fullstory\.com\//);
  });

  test('IdP matrix: one row per IdP with SSO, SCIM and a note', async ({ page }) => {
    const rows = page.locator('[data-section="idp-matrix"] tbody tr');
    await expect(rows).toHaveCount(4);
    const okta = page.locator('tr[data-idp="okta"]');
    await expect(okta.locator('td').nth(1)).toHaveText('Full');
    await expect(okta.locator('td').nth(2)).toContainText('custom SAML 2.0 app');
    await expect(page.locator('tr[data-idp="entra-id"] td').nth(1)).toHaveText('JIT only');
    await expect(page.locator('tr[data-idp="onelogin"] td').nth(1)).toHaveText('Not documented');
  });

  test('cost of not automating: figures, a total and the stated assumptions', async ({ page }) => {
    const section = page.locator('[data-section="manual-cost"]');
    await expect(section).toContainText('500 employees');
    await expect(section.getByTestId('manual-cost-total')).toHaveText(/^\$\d{1,3}(,\d{3})*$/);
    await section.locator('summary').click();
    await expect(section.locator('[data-assumption="employees"]')).toContainText('Employees: 500');
    await expect(section.locator('[data-assumption]')).toHaveCount(11);
  });

  test('pricing table, and a price jump that says why there is no figure', async ({ page }) => {
    const rows = page.locator('[data-section="pricing"] tbody tr');
    await expect(rows).toHaveCount(4);
    await expect(page.locator('tr[data-plan="Business"] td').first()).toHaveText('Custom quote');
    await expect(page.locator('tr[data-plan="Enterprise"]')).toHaveClass(/highlight/);
    const jump = page.locator('[data-section="price-jump"]');
    await expect(jump.getByTestId('price-multiple')).toHaveCount(0);
    await expect(jump).toContainText('sold by custom quote with no public price');
  });

  test('constraints, challenges, upgrade, admin voices, decision and bottom line', async ({ page }) => {
    await expect(page.locator('[data-section="constraints"] li')).toHaveCount(6);
    await expect(page.locator('[data-section="challenges"] li').first()).toContainText('sold by custom quote');
    await expect(page.locator('[data-section="upgrade"] li')).toHaveCount(7);
    await expect(page.locator('[data-section="admins-say"] li')).toHaveCount(4);
    // No public source was found for any quote, so none is shown.
    await expect(page.locator('[data-section="admins-say"] blockquote')).toHaveCount(0);
    await expect(page.locator('[data-section="decision"] tbody tr')).toHaveCount(3);
    await expect(page.locator('[data-section="decision"] [data-decision="manual"]')).toHaveText('Manual may do');
    await expect(page.locator('[data-section="bottom-line"] p')).toContainText('Enterprise only');
  });

  test('technical specifications and per-IdP configuration', async ({ page }) => {
    const specs = page.locator('[data-section="tech-specs"]');
    await expect(specs).toContainText('2.0');
    await expect(specs.locator('tr[data-operation="create"] td')).toHaveText('Yes');
    await expect(specs.locator('tr[data-operation="delete"] td')).toHaveText('No');
    await expect(specs.locator('tr[data-operation="groupPush"] td')).toHaveText('Yes');
    await expect(specs.locator('tr[data-operation="reactivate"] td')).toHaveText('Yes');
    await expect(specs).toContainText('Admin, Architect, Standard, Explorer, Guest');
    const okta = page.locator('[data-section="configuration"] article[data-idp="okta"]');
    await expect(okta.getByRole('heading', { level: 3 })).toHaveText('Okta');
    await expect(okta).toContainText('Okta Admin Console → Applications');
    await expect(okta.locator('ol li')).toHaveCount(6);
    await expect(page.locator('[data-section="configuration"] article[data-idp="entra-id"]')).toContainText('first sign-in');
  });

  test('footer: last verified date and https sources that open safely', async ({ page }) => {
    const footer = page.locator('[data-section="footer"]');
    await expect(footer.locator('time')).toHaveAttribute('datetime', '2026-01-11');
    await expect(footer.getByTestId('provenance')).toHaveText(/An editor checked these facts against the vendor's own documentation on January 11, 2026\./);
    const links = footer.locator('ul.sources a');
    await expect(links).toHaveCount(5);
    await expect(footer.getByRole('link', { name: 'Edit this page' })).toHaveAttribute('href', /\/edit\/main\/content\/apps\/fullstory\.md$/);
    await expect(footer.getByRole('link', { name: 'Report a correction' })).toHaveAttribute('href', /issues\/new\?template=correction\.yml/);
    for (const link of await links.all()) {
      await expect(link).toHaveAttribute('href', /^https:\/\//);
      await expect(link).toHaveAttribute('rel', /noopener/);
    }
  });

  test('related apps: cards with derived status and cost', async ({ page }) => {
    const cards = page.locator('[data-section="related"] .card');
    await expect(cards).toHaveCount(6);
    const bill = cards.filter({ has: page.locator('a', { hasText: 'Bill.com' }) });
    await expect(bill.locator('.badge')).toHaveText('SCIM through Okta only');
    await expect(bill).toContainText('Finance and accounting');
    await expect(bill).toContainText(/Manual provisioning: about \$[\d,]+ a year/);
  });
});

test('a guide lists its history of fact changes from git', async ({ page }) => {
  await page.goto('/apps/asana/');
  const history = page.locator('[data-section="history"]');
  await expect(history.locator('ol.history > li').first()).toBeVisible();
  await expect(history).toContainText('→');
});

test('a guide computes the price of reaching SCIM from the plan prices (Slack)', async ({ page }) => {
  await page.goto('/apps/slack/');
  const jump = page.locator('[data-section="price-jump"]');
  await expect(jump.getByTestId('price-multiple')).toHaveText('2.1×');
  await expect(jump.getByTestId('price-extra')).toHaveText('$46,500');
  await expect(jump).toContainText('for 500 users');
});

test.describe('a short entry renders a shorter guide', () => {
  // Instatus comes from the research data set with no IdP matrix and no deep sections.
  test('Instatus omits the sections it has no data for, derives its summary and says how it was checked', async ({ page }) => {
    await page.goto('/apps/instatus/');
    for (const section of ['idp-matrix', 'configuration', 'decision', 'tech-specs', 'bottom-line']) {
      await expect(page.locator(`[data-section="${section}"]`)).toHaveCount(0);
    }
    await expect(page.getByTestId('callout')).toHaveText('Native SCIM requires Enterprise plan');
    await expect(page.locator('[data-section="summary"] p').first()).toHaveText(
      'Instatus (Monitoring and incident response) offers SCIM provisioning only on its Enterprise plan, which is sold by quote.',
    );
    await expect(page.getByTestId('provenance')).toContainText('SCIM Tax Index research');
    await expect(page.locator('dd[data-fact="provenance"]')).toHaveText('From the SCIM Tax Index research');
    // Related apps come from the derived rule: same category.
    await expect(page.locator('[data-section="related"] .card').first()).toContainText('Monitoring and incident response');
  });
});
