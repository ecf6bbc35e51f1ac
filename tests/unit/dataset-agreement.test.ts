import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { datasetAgreement, formatAgreement } from '../../src/lib/dataset-agreement.ts';
import { agreesWithDataset } from '../../src/schema/app.ts';
import { app } from '../helpers/apps.ts';

const docs = [{ title: 'SCIM guide', url: 'https://test.example/docs/scim' }];
const row = (status: string, statusNote?: string) => ({ method: 'research-dataset', dataset: { release: '2026-10', slug: 'x', status, ...(statusNote && { statusNote }) } });

describe('agreesWithDataset', () => {
  it('reads the data set\'s words in the catalog\'s vocabulary', () => {
    assert.equal(agreesWithDataset({ availability: 'native', planKnown: true }, 'gated'), true);
    assert.equal(agreesWithDataset({ availability: 'native', planKnown: true }, 'free'), true);
    assert.equal(agreesWithDataset({ availability: 'idp-only', planKnown: false }, 'none'), true, 'an IdP\'s API connector is not SCIM');
    assert.equal(agreesWithDataset({ availability: 'native', planKnown: false }, 'unknown'), true, 'an undocumented gate');
    assert.equal(agreesWithDataset({ availability: 'native', planKnown: true }, 'unknown'), false);
    assert.equal(agreesWithDataset({ availability: 'none', planKnown: false }, 'gated'), false);
    assert.equal(agreesWithDataset({ availability: 'unknown', planKnown: false }, 'none'), false);
  });
});

describe('datasetAgreement', () => {
  it('counts entries with a data set row and lists each difference with its note', () => {
    const entries = new Map([
      ['same', app({ scim: { availability: 'none', docsPublic: false }, provenance: row('none'), sources: docs })],
      ['other', app({ scim: { availability: 'unknown', docsPublic: false }, provenance: row('gated', 'The vendor page no longer mentions SCIM.'), sources: docs })],
      ['unrowed', app({})],
    ]);
    const agreement = datasetAgreement(entries);
    assert.equal(agreement.compared, 2);
    assert.equal(agreement.agreeing, 1);
    assert.deepEqual(agreement.differing, [{ slug: 'other', availability: 'unknown', datasetStatus: 'gated', note: 'The vendor page no longer mentions SCIM.' }]);
    assert.match(formatAgreement(agreement)[0]!, /for 1 of 2 entries with a data set row \(50\.0%\); 1 differ/);
    assert.match(formatAgreement(agreement)[1]!, /other: ours unknown, data set gated: The vendor page/);
  });
});
