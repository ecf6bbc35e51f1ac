import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deriveAppView, idpNamer, seatPricing, type CatalogContext } from '../../src/lib/app-view.ts';
import { summariseChallenges } from '../../src/lib/challenges.ts';
import { costInputs } from '../../src/lib/cost-model.ts';
import { readCostModel } from '../../src/node/catalog-files.ts';
import { monogram } from '../../src/lib/monogram.ts';
import { priceJump } from '../../src/lib/pricing.ts';
import { quickFacts } from '../../src/lib/quick-facts.ts';
import { GUIDE_SECTIONS, guideSections } from '../../src/lib/sections.ts';
import { firstSentence } from '../../src/lib/text.ts';
import { NOT_DOCUMENTED, protocolList, yesNo } from '../../src/lib/labels.ts';
import { app, flatWithEstimate, perSeatFromTeams } from '../helpers/apps.ts';

const context: CatalogContext = {
  categories: new Map([
    ['analytics', { id: 'analytics', name: 'Analytics', description: 'x' }],
    ['finance', { id: 'finance', name: 'Finance', description: 'x' }],
  ]),
  idps: new Map([
    ['okta', { id: 'okta', name: 'Okta', order: 1, description: 'x' }],
    ['entra-id', { id: 'entra-id', name: 'Microsoft Entra ID', order: 2, description: 'x' }],
  ]),
  costInputs: costInputs(readCostModel()),
};
const idpName = idpNamer(context.idps);

const deep = () =>
  app({
    ...flatWithEstimate(),
    summary: 'A summary. With two sentences.',
    sso: { availability: 'available', protocols: ['saml'], plan: 'Enterprise' },
    idps: [
      { idp: 'okta', sso: 'full', scim: 'full' },
      { idp: 'entra-id', sso: 'full', scim: 'jit' },
    ],
    configuration: [{ idp: 'okta', integrationType: 'Custom app' }],
    limitations: [{ title: 'A limit', detail: 'Details.' }],
    bundledFeatures: ['SCIM'],
    complaints: ['Too dear'],
    decision: [{ situation: 'Small team', recommendation: 'manual', why: 'Cheap.' }],
    bottomLine: 'In short.',
    related: ['other'],
  });

describe('guideSections: a section without data is left out', () => {
  it('lists the 17 anatomy sections in order', () => {
    assert.equal(GUIDE_SECTIONS.length, 17);
    assert.equal(GUIDE_SECTIONS[0], 'header');
    assert.equal(GUIDE_SECTIONS[16], 'related');
  });

  it('shows all 17 for a complete entry', () => {
    const entry = deep();
    const sections = guideSections({ app: entry, jump: priceJump(entry, 500), challenges: ['x'], relatedCount: 1 });
    assert.deepEqual(sections, [...GUIDE_SECTIONS]);
  });

  it('shows only what a short entry can fill', () => {
    const entry = app({});
    const sections = guideSections({ app: entry, jump: priceJump(entry, 500), challenges: [], relatedCount: 0 });
    // The summary is always there: derived from the facts when the editor wrote none.
    assert.deepEqual(sections, ['header', 'summary', 'quick-facts', 'manual-cost', 'footer']);
  });
});

describe('summariseChallenges: bullets from facts', () => {
  it('derives the price jump, the SSO prerequisite, deactivation and weak IdPs', () => {
    const entry = deep();
    const bullets = summariseChallenges(entry, priceJump(entry, 500), 500, idpName);
    assert.match(bullets[0]!, /^SCIM needs the Enterprise plan: 4\.2× the cost of Business \(\$7,612 more a year for 500 users, on an estimate\)\.$/);
    assert.ok(bullets.includes('SSO must be configured before SCIM can be switched on.'));
    assert.ok(bullets.some((bullet) => /does not delete them/.test(bullet)));
    assert.ok(bullets.includes('No full SCIM through Microsoft Entra ID (jit only).'));
  });

  it('says plainly when there is no SCIM, and when it is undocumented', () => {
    const none = app({ scim: { availability: 'none' } });
    const unknown = app({ scim: { availability: 'unknown' } });
    assert.match(summariseChallenges(none, priceJump(none, 5), 5, idpName)[0]!, /No SCIM on any plan/);
    assert.match(summariseChallenges(unknown, priceJump(unknown, 5), 5, idpName)[0]!, /not publicly documented/);
  });

  it('lists operations the vendor says are missing, not those it is silent on', () => {
    const entry = app({ scim: { availability: 'native', operations: { create: true, delete: false } } });
    const bullets = summariseChallenges(entry, priceJump(entry, 5), 5, idpName);
    assert.ok(bullets.includes('The SCIM integration cannot: delete users.'));
    assert.ok(!bullets.some((bullet) => /groups/.test(bullet)));
  });
});

describe('deriveAppView and related apps', () => {
  it('derives status, cheapest plans, cost and monogram once', () => {
    const view = deriveAppView('flatly', deep(), context);
    assert.equal(view.status.callout, 'Native SCIM requires Enterprise plan');
    assert.equal(view.cheapest?.plan.name, 'Business');
    assert.equal(view.cheapestScim?.plan.name, 'Enterprise');
    assert.equal(view.seats, 500);
    assert.deepEqual(view.seatPricing, { kind: 'flat' });
    assert.equal(view.category.name, 'Analytics');
    assert.equal(view.monogram.initials, 'F');
  });

  it('prices unused seats from the cheapest paid plan', () => {
    assert.deepEqual(seatPricing(perSeatFromTeams(), 500), { kind: 'per-seat', perYear: 48 });
    assert.deepEqual(seatPricing(app({}), 500), { kind: 'unknown' });
  });

  it('gives each app its own manual cost', () => {
    const flat = deriveAppView('flatly', deep(), context);
    const seats = deriveAppView('seaty', perSeatFromTeams(), context);
    assert.notEqual(flat.manualCost.total, seats.manualCost.total);
  });

  it('refuses a category outside the vocabulary', () => {
    assert.throws(() => deriveAppView('x', { ...app({}), category: 'nope' }, context), /category "nope"/);
  });

});

describe('quickFacts', () => {
  it('answers every quick-fact question, with "Not documented" where the entry is silent', () => {
    const facts = Object.fromEntries(quickFacts(deriveAppView('flatly', deep(), context), idpName).map((f) => [f.label, f.value]));
    assert.deepEqual(facts, {
      'SCIM available': 'Yes, native',
      'Plan SCIM needs': 'Enterprise',
      'SSO required before SCIM': 'Yes',
      'SSO available': 'Yes, on Enterprise',
      'SSO protocols': 'SAML 2.0',
      'How this was checked': 'Unchecked draft',
      'Vendor source': 'test.example',
    });
    const bare = Object.fromEntries(quickFacts(deriveAppView('x', app({}), context), idpName).map((f) => [f.label, f.value]));
    assert.equal(bare['SCIM available'], NOT_DOCUMENTED);
    assert.equal(bare['SSO available'], NOT_DOCUMENTED);
    assert.equal(bare['SSO required before SCIM'], NOT_DOCUMENTED);
  });

  it('names the IdP for IdP-only SCIM and the first paid plan when SCIM is included', () => {
    const idpOnly = quickFacts(deriveAppView('x', app({ scim: { availability: 'idp-only', via: ['okta'] } }), context), idpName);
    assert.equal(idpOnly[0]!.value, 'Only through Okta');
    const included = quickFacts(deriveAppView('x', perSeatFromTeams(), context), idpName);
    assert.equal(included[1]!.value, 'Teams (every paid plan)');
  });
});

describe('small helpers', () => {
  it('monogram: two initials for two words, one for one, a stable dark colour', () => {
    assert.equal(monogram('Bill.com').initials, 'BC');
    assert.equal(monogram('Amplitude').initials, 'A');
    assert.equal(monogram('1Password').initials, '1');
    assert.equal(monogram('Amplitude').background, monogram('Amplitude').background);
    assert.match(monogram('Zoom').background, /^hsl\(\d+ 55% 30%\)$/);
    assert.ok(monogram('Zoom').hue >= 0 && monogram('Zoom').hue < 12);
  });

  it('yesNo keeps "not documented" distinct from "no"', () => {
    assert.deepEqual([yesNo(true), yesNo(false), yesNo(undefined)], ['Yes', 'No', NOT_DOCUMENTED]);
  });

  it('protocolList names protocols or says not documented', () => {
    assert.equal(protocolList(['saml', 'oidc']), 'SAML 2.0, OpenID Connect');
    assert.equal(protocolList(undefined), NOT_DOCUMENTED);
  });

  it('firstSentence keeps one sentence for cards', () => {
    assert.equal(firstSentence('Bill.com automates payables. It has no SCIM.'), 'Bill.com automates payables.');
    assert.equal(firstSentence('No full stop'), 'No full stop');
  });
});

describe('summariseChallenges: fallback', () => {
  it('uses limitation titles when no structured fact gives a bullet', () => {
    const entry = app({
      scim: { availability: 'native', plan: 'Pro' },
      plans: [{ name: 'Pro', price: { unit: 'flat-month', amount: 5 }, scim: true }],
      limitations: [{ title: 'Groups are manual.', detail: 'x' }],
    });
    assert.deepEqual(summariseChallenges(entry, priceJump(entry, 5), 5, idpName), ['Groups are manual.']);
  });
});
