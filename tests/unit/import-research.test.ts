import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { appendFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { availabilityOf, datasetRow, draftFromResearch, enrichChecked, readResearch, ResearchFormatError } from '../../scripts/import/research.ts';
import { readVocabulary } from '../../src/node/catalog-files.ts';
import { splitFrontMatter } from '../../src/lib/front-matter.ts';
import { createAppSchema } from '../../src/schema/app.ts';
import { entryText, fixtureCatalog, PROJECT_ROOT } from '../helpers/catalog.ts';

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../fixtures/research/${name}`, import.meta.url), 'utf8'));
const vocabulary = readVocabulary(new URL('../../content/', import.meta.url).pathname);
const schema = createAppSchema(vocabulary);
const draft = (name: string) => draftFromResearch(readResearch(fixture(name)), { slug: 'x', categories: new Set(vocabulary.categories) }) as Record<string, any>;

describe('readResearch', () => {
  it('reads a raw research file and an editor\'s extract, and rejects anything else', () => {
    assert.equal(readResearch(fixture('tiny-raw.json')).status, 'gated');
    assert.equal(readResearch(fixture('partial-extract.json')).status, 'partial');
    assert.throws(() => readResearch({ slug: 'gone', missing: true }), /missing/);
    assert.throws(() => readResearch({ hello: 1 }), ResearchFormatError);
    assert.throws(() => readResearch({ ...fixture('tiny-raw.json'), row: { status: 'maybe' } }), /unknown status "maybe"/);
  });

  it('uses a citation\'s reader page when the cited URL is a machine copy', () => {
    assert.equal(readResearch(fixture('tiny-raw.json')).scimDocsUrl, 'https://tiny.example/docs/scim');
  });
});

describe('draftFromResearch: a raw research file', () => {
  const entry = draft('tiny-raw.json');

  it('builds an entry that fits the schema, recorded as research with the data set row', () => {
    assert.equal(schema.safeParse(entry).success, true, JSON.stringify(schema.safeParse(entry).error?.issues));
    assert.deepEqual(entry.provenance, { method: 'research-dataset', dataset: { release: '2026-10', slug: 'tinyco', status: 'gated' } });
    assert.equal(entry.lastVerified, '2026-10-05');
    assert.equal(entry.category, 'productivity');
  });

  it('maps the status, plan, prices and operations', () => {
    assert.equal(entry.scim.availability, 'native');
    assert.equal(entry.scim.plan, 'Enterprise');
    assert.deepEqual(entry.plans.map((plan: any) => plan.price.unit), ['free', 'per-user-month', 'quote']);
    assert.equal(entry.plans[1].price.billing, 'annual');
    assert.deepEqual(entry.scim.operations, { create: true, update: true, deactivate: true, delete: false, groups: true, groupPush: true });
    // Only memberships the IdP manages count as groups, not an endpoint the IdP can merely read.
    assert.equal(draft('partial-extract.json').scim.operations.groups, undefined);
    assert.equal(entry.scim.deprovisioning, 'suspend');
    assert.equal(entry.scim.freesSeat, true);
    assert.equal(entry.scim.endsSessions, undefined, 'null in the research is "not documented", so the field is left out');
    assert.equal(entry.sso.plan, 'Business');
  });

  it('gives each IdP cell its catalogue page, or the vendor\'s SCIM docs for a generic endpoint', () => {
    const cells = Object.fromEntries(entry.idps.map((cell: any) => [cell.idp, cell]));
    assert.deepEqual(cells.okta, { idp: 'okta', sso: 'full', scim: 'full', source: { title: 'Okta Integration Network: TinyCo', url: 'https://www.okta.com/integrations/tinyco/' } });
    assert.equal(cells['entra-id'].scim, 'full');
    assert.equal(cells['entra-id'].source.url, 'https://tiny.example/docs/scim');
    assert.deepEqual([cells.onelogin.sso, cells.onelogin.scim], ['full', 'none']);
    assert.equal(cells.jumpcloud.scim, 'third-party');
    assert.equal(cells['google-workspace'], undefined, 'an IdP the research says nothing about gets no row');
  });

  it('takes no prose from the research file', () => {
    const text = JSON.stringify(entry);
    assert.doesNotMatch(text, /must never reach an entry/);
    assert.equal(entry.limitations, undefined);
    assert.equal(entry.scim.userData, undefined);
  });
});

describe('draftFromResearch: an editor\'s extract', () => {
  const entry = draft('partial-extract.json');

  it('turns "partial" with one IdP connector into SCIM through that IdP only', () => {
    assert.deepEqual(availabilityOf(readResearch(fixture('partial-extract.json'))), { availability: 'idp-only', via: ['okta'] });
    assert.equal(schema.safeParse(entry).success, true, JSON.stringify(schema.safeParse(entry).error?.issues));
  });

  it('keeps the editor\'s prose, aliases and seat rules, and drops what the schema cannot hold', () => {
    assert.equal(entry.scim.note, 'An editor\'s own sentence.');
    assert.deepEqual(entry.aliases, ['OldName']);
    assert.deepEqual(entry.limitations, [{ title: 'Okta only', detail: 'Only Okta\'s connector provisions.' }]);
    assert.deepEqual(entry.plans[0].price, { unit: 'flat-month', amount: 25, billing: 'annual', includedSeats: 10, extraSeat: { amount: 5, unit: 'per-user-month' } });
    // An extra-seat price without included seats cannot be costed: it moves to the note.
    assert.equal(entry.plans[1].price.extraSeat, undefined);
    assert.match(entry.plans[1].note, /Each user adds 12 USD a month/);
    assert.deepEqual(entry.sso.protocols, ['saml'], 'only protocols the schema knows are kept');
    assert.equal(entry.scim.docsPublic, false);
    assert.ok(entry.sources.every((source: any) => source.url.startsWith('https://')));
  });

  it('maps the other statuses as the research describes them', () => {
    const facts = readResearch(fixture('partial-extract.json'));
    assert.equal(availabilityOf({ ...facts, status: 'none' }).availability, 'idp-only', 'an API connector is provisioning without SCIM');
    assert.equal(availabilityOf({ ...facts, status: 'none', idps: {} }).availability, 'none');
    assert.equal(availabilityOf({ ...facts, status: 'unknown', scim: { ...facts.scim, available: true } }).availability, 'native');
    assert.equal(availabilityOf({ ...facts, status: 'unknown' }).availability, 'unknown');
  });
});

describe('datasetRow', () => {
  const facts = readResearch(fixture('tiny-raw.json'));

  it('records the release\'s published status, and explains a research file that rates the vendor otherwise', () => {
    assert.deepEqual(datasetRow(facts, () => true), { release: '2026-10', slug: 'tinyco', status: 'gated' });
    const differs = datasetRow(facts, (status) => status !== 'unknown', 'unknown');
    assert.equal(differs.status, 'unknown');
    assert.match(String(differs.statusNote), /published list gives "unknown", but its research file for TinyCo \(checked 2026-10-05\) finds "gated"/);
    // When the entry agrees with the published status anyway, no note is needed.
    assert.equal(datasetRow(facts, () => true, 'free').statusNote, undefined);
  });

  it('gives a draft that disagrees with the published status a note the schema accepts', () => {
    const entry = draftFromResearch(facts, { slug: 'x', categories: new Set(vocabulary.categories), publishedStatus: 'none' }) as Record<string, any>;
    assert.equal(entry.provenance.dataset.status, 'none');
    assert.ok(entry.provenance.dataset.statusNote);
    assert.equal(schema.safeParse(entry).success, true);
  });
});

describe('enrichChecked', () => {
  it('adds sources and the data set row to an editor\'s entry, and says when the statuses disagree', () => {
    const facts = readResearch(fixture('tiny-raw.json'));
    const checked = { scim: { availability: 'none' }, idps: [{ idp: 'okta', sso: 'full', scim: 'full' }, { idp: 'entra-id', sso: 'full', scim: 'full', source: { title: 'x', url: 'https://x.example/' } }] };
    const { additions, agrees } = enrichChecked(checked, facts);
    assert.equal(agrees, false);
    assert.deepEqual(additions.dataset, { release: '2026-10', slug: 'tinyco', status: 'gated' });
    assert.deepEqual((additions.idpSources as unknown[])[1], null, 'a cell that has a source keeps it');
    assert.equal(((additions.idpSources as any[])[0]).url, 'https://www.okta.com/integrations/tinyco/');
  });
});

describe('npm run import:research', () => {
  it('rewrites a draft, enriches a checked entry in place and leaves its prose alone', () => {
    const catalog = fixtureCatalog();
    try {
      // The research names categories and IdPs the small fixture vocabulary lacks.
      appendFileSync(path.join(catalog.root, 'categories.yaml'), '- id: productivity\n  name: Productivity\n  description: A test category.\n- id: sales-engagement\n  name: Sales\n  description: A test category.\n');
      appendFileSync(path.join(catalog.root, 'idps.yaml'), '- id: onelogin\n  name: OneLogin\n  order: 3\n  description: A test IdP.\n- id: jumpcloud\n  name: JumpCloud\n  order: 4\n  description: A test IdP.\n');
      catalog.write('tinyco', entryText(['name: TinyCo', 'vendorUrl: https://tiny.example/', 'category: analytics', 'scim:', '  availability: unknown', 'sources:', '  - title: Old', '    url: https://tiny.example/old', 'provenance:', '  method: draft', 'lastVerified: 2026-04-02']));
      const checkedLines = ['name: OneIdp', 'vendorUrl: https://oneidp.example/', 'category: analytics', 'scim:', '  availability: idp-only', '  via: [okta]', '  # an editor\'s comment', 'idps:', '  - idp: okta', '    sso: full', '    scim: full', 'sources:', '  - title: Vendor docs', '    url: https://oneidp.example/docs', 'provenance:', '  method: vendor-docs', 'lastVerified: 2026-11-01'];
      catalog.write('oneidp', entryText(checkedLines, 'Editor prose.\n'));
      const out = execFileSync(process.execPath, ['scripts/import-research.ts', '--content', catalog.root, 'tests/fixtures/research/tiny-raw.json', 'tests/fixtures/research/partial-extract.json'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
      assert.match(out, /wrote 1 entries from research, enriched 1 checked entries \(0 disagree/);
      const tiny = splitFrontMatter(readFileSync(catalog.entry('tinyco'), 'utf8')).data as any;
      assert.equal(tiny.provenance.method, 'research-dataset');
      assert.equal(tiny.scim.availability, 'native');
      const oneText = readFileSync(catalog.entry('oneidp'), 'utf8');
      const one = splitFrontMatter(oneText).data as any;
      assert.equal(one.provenance.method, 'vendor-docs');
      assert.equal(one.lastVerified, '2026-11-01');
      assert.equal(one.idps[0].source.url, 'https://www.okta.com/integrations/oneidp/');
      assert.deepEqual(one.aliases, ['OldName']);
      assert.match(oneText, /# an editor's comment/);
      assert.match(oneText, /---\nEditor prose\.\n$/);
    } finally {
      catalog.remove();
    }
  });
});
