import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCsv, parseCsvRecords } from '../../scripts/import/csv.ts';
import { draftEntry, partialAvailability, readScimPlan } from '../../scripts/import/draft-entry.ts';
import { parsePrice } from '../../scripts/import/parse-price.ts';
import { parseResearchNotes } from '../../scripts/import/research-notes.ts';
import { matchSsotax, parseSsotax } from '../../scripts/import/ssotax.ts';
import { createAppSchema } from '../../src/schema/app.ts';
import { readVocabulary } from '../../src/node/catalog-files.ts';

const URL_ = 'https://vendor.example/pricing';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and newlines', () => {
    assert.deepEqual(parseCsv('a,b\n"x, y","say ""hi""\nthere"\r\n'), [
      ['a', 'b'],
      ['x, y', 'say "hi"\nthere'],
    ]);
    assert.deepEqual(parseCsvRecords('vendor,slug\nAcme,acme\n\n'), [{ vendor: 'Acme', slug: 'acme' }]);
  });
});

describe('parsePrice', () => {
  const price = (raw: string) => parsePrice(raw, URL_);

  it('reads plan names, per-user and flat prices', () => {
    assert.deepEqual(price('Teams: $19.95/mo flat')?.price, { unit: 'flat-month', amount: 19.95, from: false, currency: 'USD' });
    assert.equal(price('Teams: $19.95/mo flat')?.planName, 'Teams');
    assert.equal(price('$7.99/u/mo')?.price.unit, 'per-user-month');
    assert.equal(price('Teams: $399/user/yr')?.price.unit, 'per-user-year');
    assert.deepEqual(price('Growth: $15/agent/mo')?.price.meter, 'agent');
  });

  it('keeps per-unit meters apart from people', () => {
    assert.deepEqual(price('Pro: $15/host/mo')?.price, { unit: 'per-unit-month', amount: 15, from: false, currency: 'USD', meter: 'host' });
    assert.equal(price('Standard: $149/yr/device')?.price.unit, 'per-unit-year');
  });

  it('reads ranges, thousands and currencies', () => {
    assert.deepEqual(price('Starter: $80–120/mo')?.price.upTo, 120);
    assert.equal(price('$30,000–$80,000+/yr')?.price.amount, 30000);
    assert.equal(price('$30,000–$80,000+/yr')?.price.from, true);
    assert.equal(price('CHF 24.90/u/mo')?.price.currency, 'CHF');
    assert.equal(price('Professional: €149/mo')?.price.currency, 'EUR');
  });

  it('turns approximate figures into sourced estimates on a quote', () => {
    const parsed = price('Business: ~$10–25K/yr')!;
    assert.equal(parsed.price.unit, 'quote');
    assert.deepEqual(
      { amount: parsed.price.estimate?.amount, upTo: parsed.price.estimate?.upTo, url: parsed.price.estimate?.source.url },
      { amount: 10000, upTo: 25000, url: URL_ },
    );
    assert.equal(price('Contact Sales (~$22K–$254K/yr)')?.price.estimate?.upTo, 254000);
  });

  it('never guesses: unreadable prices become quotes that keep the wording', () => {
    const parsed = price('~$0.55/DBU')!;
    assert.equal(parsed.price.unit, 'quote');
    assert.equal(parsed.price.estimate, undefined);
    assert.match(parsed.note!, /0\.55\/DBU/);
    assert.equal(price('Usage-based')?.price.unit, 'quote');
    assert.equal(price('—'), null);
    assert.equal(price('— (on top of any Atlassian plan)'), null);
  });

  it('marks minimums and combined prices as starting prices', () => {
    assert.equal(price('$15,000/yr minimum')?.price.from, true);
    const combined = price('$575/mo + $12/user')!;
    assert.deepEqual([combined.price.amount, combined.price.from, combined.note], [575, true, 'plus $12/user']);
    assert.equal(price('+$24/computer/yr')?.price.meter, 'computer');
  });

  it('reads free plans with their limits', () => {
    assert.deepEqual([price('Free (≤10 users)')?.price.unit, price('Free (≤10 users)')?.note], ['free', '≤10 users']);
  });
});

describe('readScimPlan and partialAvailability', () => {
  it('separates plan names, add-ons, qualifiers and "every plan"', () => {
    assert.deepEqual(readScimPlan('Guard Standard (add-on)'), { name: 'Guard Standard', addOn: true, onBase: false, qualifier: 'add-on' });
    assert.equal(readScimPlan('Business / Enterprise Scale').name, 'Business');
    assert.equal(readScimPlan('Business+').name, 'Business+');
    assert.equal(readScimPlan('All plans (acts as IdP)').onBase, true);
    assert.equal(readScimPlan('Add-on / Essentials').name, 'Provisioning add-on');
    assert.equal(readScimPlan('Unknown tier').name, undefined);
    assert.equal(readScimPlan('—').name, undefined);
  });

  it('maps the data set\'s "partial" by its wording, and leaves the unclear unknown', () => {
    assert.deepEqual(partialAvailability('Enterprise (Okta only via connector)').via, ['okta']);
    assert.equal(partialAvailability('Enterprise (JIT only)').availability, 'none');
    assert.equal(partialAvailability('— (no confirmed SCIM)').availability, 'unknown');
    assert.equal(partialAvailability('Clio Operate (separate product)').availability, 'native');
  });
});

describe('draftEntry', () => {
  const schema = createAppSchema(readVocabulary());
  const row = (overrides: Record<string, string>) => ({
    vendor: 'Acme',
    slug: 'acme',
    status: 'gated',
    plan_required: 'Enterprise',
    scim_price: 'Contact Sales',
    base_plan_price: 'Team: $10/u/mo',
    pricing_page_url: URL_,
    ...overrides,
  });

  it('drafts a valid gated entry: base plan without SCIM, SCIM plan by quote', () => {
    const entry = draftEntry(row({}), { category: 'productivity', date: '2026-04-02' });
    assert.ok(schema.safeParse(entry).success, JSON.stringify(schema.safeParse(entry).error?.issues));
    assert.deepEqual((entry.plans as { name: string; scim?: boolean }[]).map((p) => [p.name, p.scim]), [
      ['Team', false],
      ['Enterprise', true],
    ]);
    assert.deepEqual(entry.scim, { availability: 'native', plan: 'Enterprise' });
    assert.equal(entry.lastVerified, '2026-04-02');
  });

  it('maps every status faithfully, and keeps unknown unknown', () => {
    const status = (s: string, extra: Record<string, string> = {}) =>
      (draftEntry(row({ status: s, ...extra }), { category: 'productivity', date: '2026-04-02' }).scim as { availability: string }).availability;
    assert.equal(status('free', { plan_required: 'All plans' }), 'native');
    assert.equal(status('none', { plan_required: '—', scim_price: '—' }), 'none');
    assert.equal(status('unknown', { plan_required: '—', scim_price: '—' }), 'unknown');
    assert.equal(status('partial', { plan_required: 'Voyager Enterprise (via Okta)' }), 'idp-only');
  });

  it('adds the plan above the base from the research notes, and ssotax SSO facts with their date', () => {
    const [vendor] = parseSsotax(
      '# file: acme.yaml\n---\nname: Acme\nbase_pricing: 10\nsso_pricing: 25\ncurrency: USD\npricing_scheme: per user/month\npricing_sources:\n  - https://vendor.example/old-pricing\nfree_sso_providers: [Google]\nupdated_at: 2024-01-02\nvendor_url: https://vendor.example\n',
      'tax',
    );
    const entry = draftEntry(row({}), {
      category: 'productivity',
      date: '2026-04-02',
      ssotax: vendor,
      research: { nextPlan: 'Business: $18/u/mo', detail: 'Enterprise only' },
    });
    assert.ok(schema.safeParse(entry).success);
    assert.deepEqual((entry.plans as { name: string }[]).map((p) => p.name), ['Team', 'Business', 'Enterprise']);
    const sso = entry.sso as { socialProviders: string[]; reportedPrices: { asOf: string; sso: { amount: number } } };
    assert.deepEqual(sso.socialProviders, ['Google']);
    assert.deepEqual([sso.reportedPrices.asOf, sso.reportedPrices.sso.amount], ['2024-01-02', 25]);
    assert.match((entry.scim as { note: string }).note, /Enterprise only/);
  });
});

describe('ssotax and research notes readers', () => {
  it('reads one document per vendor, even without a file comment between them', () => {
    const vendors = parseSsotax('# file: a.yaml\n---\nname: A\n---\nname: B Corp\n', 'friendly');
    assert.deepEqual(vendors.map((v) => [v.file, v.name]), [
      ['a', 'A'],
      ['b-corp', 'B Corp'],
    ]);
    assert.equal(matchSsotax(vendors, 'x', 'B Corp', 'https://b.example/')?.name, 'B Corp');
    assert.equal(matchSsotax(vendors, 'a', 'Other', 'https://b.example/')?.name, 'A');
  });

  it('reads the qualifier and the next plan of the master table', () => {
    const notes = parseResearchNotes('| **Acme Inc** | Yes — Okta only | Pro | $5 | Free | Pro: $5/user/mo | [Link](x) |\n');
    assert.deepEqual(notes.get('acmeinc'), { detail: 'Okta only', nextPlan: 'Pro: $5/user/mo' });
  });
});
