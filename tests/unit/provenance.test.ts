import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PROVENANCE_LABEL, provenanceSentence } from '../../src/lib/provenance.ts';

describe('provenanceSentence', () => {
  it('says who checked the facts, against what, and when', () => {
    assert.match(provenanceSentence({ provenance: { method: 'vendor-docs' }, lastVerified: '2026-11-02' }), /vendor's own documentation on November 2, 2026/);
    assert.match(provenanceSentence({ provenance: { method: 'research-dataset' }, lastVerified: '2026-10-05' }), /SCIM Tax Index research .* October 5, 2026; no editor has re-read/);
    assert.match(provenanceSentence({ provenance: { method: 'draft' }, lastVerified: '2026-04-02' }), /unchecked draft/);
    assert.equal(PROVENANCE_LABEL['vendor-docs'], 'Checked against vendor documentation');
  });
});
