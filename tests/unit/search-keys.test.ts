import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { searchKey, searchKeys, sectionNames, SITE_SECTIONS } from '../../src/lib/search-keys.ts';

describe('searchKey', () => {
  it('folds case, spaces and punctuation so a typed name meets the stored one', () => {
    assert.equal(searchKey('Azure AD'), 'azuread');
    assert.equal(searchKey('azure-ad'), 'azuread');
    assert.equal(searchKey('Bill.com'), 'billcom');
    assert.equal(searchKey('Monday.com Work OS'), 'mondaycomworkos');
  });

  it('keeps whole names whole: a name is never a key of a longer one', () => {
    assert.notEqual(searchKey('Zoom'), searchKey('ZoomInfo'));
    assert.deepEqual(searchKeys(['Kit', 'ConvertKit', 'kit']), ['kit', 'convertkit']);
  });
});

describe('site sections', () => {
  it('answers to the words readers use, each section under its own path', () => {
    assert.ok(sectionNames('/scim-tax/').includes('SCIM tax'));
    assert.throws(() => sectionNames('/nowhere/'), /no site section/);
    const keys = SITE_SECTIONS.flatMap((section) => searchKeys(section.names));
    assert.equal(new Set(keys).size, keys.length, 'no key leads to two sections');
  });
});
