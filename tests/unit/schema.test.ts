import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { splitFrontMatter } from '../../src/lib/front-matter.ts';
import { createAppSchema } from '../../src/schema/app.ts';
import { readVocabulary } from '../../src/node/catalog-files.ts';

const schema = createAppSchema({ categories: ['analytics', 'finance'], idps: ['okta', 'entra-id'] });

const minimal = () => ({
  name: 'Gamma',
  vendorUrl: 'https://gamma.example/',
  category: 'analytics',
  scim: { availability: 'unknown' },
  sources: [{ title: 'Gamma pricing', url: 'https://gamma.example/pricing' }],
  provenance: { method: 'draft' },
  lastVerified: '2026-01-01',
});

const withPlans = (overrides: Record<string, unknown> = {}) => ({
  ...minimal(),
  scim: { availability: 'native', plan: 'Business' },
  plans: [
    { name: 'Basic', price: { unit: 'flat-month', amount: 100 } },
    { name: 'Business', price: { unit: 'flat-month', amount: 400 }, scim: true },
  ],
  ...overrides,
});

/** The issues of a parse, as "path: message" strings. */
function problems(input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

function assertProblem(input: unknown, path: string, fragment: RegExp) {
  const found = problems(input);
  assert.ok(
    found.some((problem) => problem.startsWith(`${path}: `) && fragment.test(problem)),
    `expected a problem at ${path} matching ${fragment}, got: ${JSON.stringify(found)}`,
  );
}

describe('entry schema: what a valid entry needs', () => {
  it('accepts a short entry with only identity, SCIM status, one source and lastVerified', () => {
    assert.deepEqual(problems(minimal()), []);
  });

  it('fills defaults: USD, not a "from" price, not an add-on', () => {
    const parsed = schema.parse(withPlans());
    assert.equal(parsed.plans?.[0]?.price.currency, 'USD');
    assert.equal(parsed.plans?.[0]?.price.from, false);
    assert.equal(parsed.plans?.[0]?.addOn, false);
  });

  it('accepts a YAML Date for lastVerified and keeps it as YYYY-MM-DD', () => {
    const parsed = schema.parse({ ...minimal(), lastVerified: new Date('2026-01-11T00:00:00Z') });
    assert.equal(parsed.lastVerified, '2026-01-11');
  });

  for (const field of ['name', 'vendorUrl', 'category', 'scim', 'sources', 'lastVerified'] as const) {
    it(`requires ${field}`, () => {
      const input: Record<string, unknown> = minimal();
      delete input[field];
      assert.ok(problems(input).some((problem) => problem.startsWith(`${field}: `)));
    });
  }

  it('requires at least one source', () => {
    assertProblem({ ...minimal(), sources: [] }, 'sources', /at least one source/);
  });

  it('every entry in content/ is valid', () => {
    const vocabulary = readVocabulary();
    const real = createAppSchema(vocabulary);
    for (const slug of ['fullstory', 'amplitude', 'bill-com', 'bitwarden']) {
      const { data } = splitFrontMatter(readFileSync(`content/apps/${slug}.md`, 'utf8'));
      const result = real.safeParse(data);
      assert.ok(result.success, `${slug}: ${result.success ? '' : result.error.message}`);
    }
  });
});

describe('entry schema: strictness and vocabularies', () => {
  it('rejects a misspelt key instead of dropping it', () => {
    const found = problems({ ...minimal(), sumary: 'typo' });
    assert.ok(found.some((problem) => /sumary/.test(problem)), JSON.stringify(found));
  });

  it('rejects a misspelt key inside a nested object', () => {
    const found = problems({ ...minimal(), scim: { availability: 'native', ssoRequierd: true } });
    assert.ok(found.some((problem) => problem.startsWith('scim: ') && /ssoRequierd/.test(problem)), JSON.stringify(found));
  });

  it('names the categories file and the allowed ids for an unknown category', () => {
    assertProblem({ ...minimal(), category: 'crm' }, 'category', /"crm" is not a category in content\/categories\.yaml; use one of: analytics, finance/);
  });

  it('rejects an IdP that is not in the vocabulary, in the matrix and in configuration', () => {
    assertProblem({ ...minimal(), idps: [{ idp: 'auth0', sso: 'full', scim: 'none' }] }, 'idps.0.idp', /not an identity provider in content\/idps\.yaml/);
    assertProblem({ ...minimal(), configuration: [{ idp: 'auth0', integrationType: 'x' }] }, 'configuration.0.idp', /auth0/);
  });

  it('rejects a matrix value outside full / jit / third-party / none / not-documented', () => {
    assertProblem({ ...minimal(), idps: [{ idp: 'okta', sso: 'yes', scim: 'none' }] }, 'idps.0.sso', /Invalid option/);
  });

  it('rejects an IdP listed twice in the matrix', () => {
    const row = { idp: 'okta', sso: 'full', scim: 'full' };
    assertProblem({ ...minimal(), idps: [row, row] }, 'idps.1.idp', /two rows/);
  });

  it('requires via for idp-only SCIM and forbids it otherwise', () => {
    assertProblem({ ...minimal(), scim: { availability: 'idp-only' } }, 'scim.via', /needs via/);
    assertProblem({ ...minimal(), scim: { availability: 'native', via: ['okta'] } }, 'scim.via', /only for availability "idp-only"/);
  });

  it('requires related apps to be slugs', () => {
    assertProblem({ ...minimal(), related: ['Bill.com'] }, 'related.0', /slug/);
  });
});

describe('entry schema: plans', () => {
  it('rejects a SCIM plan that is not in the plans list, and lists the names', () => {
    assertProblem(withPlans({ scim: { availability: 'native', plan: 'Enterprise' } }), 'scim.plan', /"Enterprise" is not in this entry's plans \(Basic, Business\)/);
  });

  it('rejects a SCIM plan when the entry has no plans at all', () => {
    assertProblem({ ...minimal(), scim: { availability: 'native', plan: 'Enterprise' } }, 'scim.plan', /has no plans list/);
  });

  it('rejects a SCIM plan whose own flag says it has no SCIM', () => {
    const input = withPlans();
    (input.plans as { scim?: boolean }[])[1]!.scim = false;
    assertProblem(input, 'plans.1.scim', /named in scim\.plan but says scim: false/);
  });

  it('rejects an SSO plan that is not in the plans list', () => {
    assertProblem(withPlans({ sso: { availability: 'available', plan: 'Gold' } }), 'sso.plan', /"Gold" is not in this entry's plans/);
  });

  it('rejects a plan for apps without SCIM', () => {
    assertProblem(withPlans({ scim: { availability: 'none', plan: 'Business' } }), 'scim.plan', /has no SCIM plan/);
  });

  it('rejects duplicate plan names', () => {
    const input = withPlans();
    (input.plans as { name: string }[])[1]!.name = 'Basic';
    assert.ok(problems(input).some((problem) => problem.startsWith('plans.1.name: ') && /listed twice/.test(problem)));
  });

  const price = (p: Record<string, unknown>) => withPlans({ plans: [{ name: 'Business', price: p, scim: true }] });

  it('needs an amount for a priced unit', () => {
    assertProblem(price({ unit: 'per-user-month' }), 'plans.0.price.amount', /needs an amount/);
  });

  it('rejects an amount on a quote or free plan', () => {
    assertProblem(price({ unit: 'quote', amount: 5 }), 'plans.0.price.amount', /has no amount/);
    assertProblem(price({ unit: 'free', amount: 0 }), 'plans.0.price.amount', /has no amount/);
  });

  it('rejects negative prices, text prices and unknown currencies', () => {
    assertProblem(price({ unit: 'flat-month', amount: -5 }), 'plans.0.price.amount', /must not be negative/);
    assertProblem(price({ unit: 'flat-month', amount: '$5' }), 'plans.0.price.amount', /expected a number/);
    assertProblem(price({ unit: 'flat-month', amount: 5, currency: 'XYZ' }), 'plans.0.price.currency', /Invalid option/);
  });

  it('rejects a range whose top is not above its bottom', () => {
    assertProblem(price({ unit: 'flat-month', amount: 300, upTo: 200 }), 'plans.0.price.upTo', /greater than amount/);
  });

  it('accepts an estimate only on a quote plan, and only with a source', () => {
    const estimate = { amount: 10000, unit: 'flat-year', source: { title: 'Pricing', url: 'https://gamma.example/pricing' } };
    assert.deepEqual(problems(price({ unit: 'quote', estimate })), []);
    assertProblem(price({ unit: 'flat-month', amount: 5, estimate }), 'plans.0.price.estimate', /only to a plan priced by quote/);
    assertProblem(price({ unit: 'quote', estimate: { amount: 10000, unit: 'flat-year' } }), 'plans.0.price.estimate.source', /./);
  });
});

describe('entry schema: metered prices', () => {
  const price = (p: Record<string, unknown>) => withPlans({ plans: [{ name: 'Business', price: p, scim: true }] });
  it('needs a meter for per-unit prices and refuses one on flat prices', () => {
    assert.deepEqual(problems(price({ unit: 'per-unit-month', amount: 23, meter: 'host' })), []);
    assertProblem(price({ unit: 'per-unit-month', amount: 23 }), 'plans.0.price.meter', /needs meter/);
    assertProblem(price({ unit: 'flat-month', amount: 23, meter: 'host' }), 'plans.0.price.meter', /only applies/);
  });
});

describe('entry schema: deep guides', () => {
  it('lists every section a deep guide lacks', () => {
    const found = problems({ ...minimal(), deep: true, scim: { availability: 'native' } });
    for (const field of ['summary', 'recommendation', 'plans', 'idps', 'configuration', 'scim.operations', 'scim.deprovisioning', 'limitations', 'decision', 'bottomLine', 'related']) {
      assert.ok(found.some((problem) => problem.startsWith(`${field}: a deep guide`)), `${field} not reported: ${JSON.stringify(found)}`);
    }
  });

  it('requires notes on every IdP row and both Okta and Entra configuration', () => {
    const found = problems({
      ...minimal(),
      deep: true,
      idps: [
        { idp: 'okta', sso: 'full', scim: 'full', note: 'x' },
        { idp: 'entra-id', sso: 'full', scim: 'full' },
      ],
      configuration: [{ idp: 'okta', integrationType: 'x' }],
    });
    assert.ok(found.includes('idps.1.note: a deep guide (deep: true) needs a note on every IdP matrix row'), JSON.stringify(found));
    assert.ok(found.includes('configuration: a deep guide (deep: true) needs a configuration block for entra-id'));
    assert.ok(!found.includes('configuration: a deep guide (deep: true) needs a configuration block for okta'));
  });

  it('the real Fullstory guide is a complete deep guide', () => {
    const { data } = splitFrontMatter(readFileSync('content/apps/fullstory.md', 'utf8'));
    assert.equal(data.deep, true);
    assert.ok(createAppSchema(readVocabulary()).safeParse(data).success);
  });
});

describe('entry schema: URLs and dates', () => {
  it('rejects http and javascript: URLs', () => {
    assertProblem({ ...minimal(), vendorUrl: 'http://gamma.example/' }, 'vendorUrl', /https:\/\//);
    assertProblem({ ...minimal(), sources: [{ title: 'x', url: 'javascript:alert(1)' }] }, 'sources.0.url', /https:\/\//);
  });

  it('rejects impossible and badly written dates', () => {
    assertProblem({ ...minimal(), lastVerified: '2026-02-30' }, 'lastVerified', /YYYY-MM-DD/);
    assertProblem({ ...minimal(), lastVerified: '11/01/2026' }, 'lastVerified', /YYYY-MM-DD/);
  });

  it('rejects a lastVerified date in the future', () => {
    assertProblem({ ...minimal(), lastVerified: '2999-01-01' }, 'lastVerified', /in the future/);
  });

  it('only accepts logos under /logos-like paths or https', () => {
    assert.deepEqual(problems({ ...minimal(), logo: '/logos/gamma.svg' }), []);
    assertProblem({ ...minimal(), logo: 'javascript:alert(1)' }, 'logo', /./);
  });
});
