import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { appRecord, catalogExport, CSV_COLUMNS, FIELD_DOCS, toCsv } from '../../src/lib/open-data.ts';
import { parseCsv } from '../../scripts/import/csv.ts';
import { flat, views } from '../helpers/views.ts';

describe('open data', () => {
  it('exports facts with derived figures, and documents every field', () => {
    const record = appRecord(flat, 'https://site.example/');
    assert.equal(record.url, 'https://site.example/apps/flatly/');
    assert.equal(record.priceMultiple, Number((10000 / 2388).toFixed(3)));
    assert.equal(record.scimTier, 'enterprise');
    assert.deepEqual(Object.keys(FIELD_DOCS).sort(), Object.keys(record).sort());
    const exported = catalogExport([record], '2026-06-01', []);
    assert.deepEqual([exported.schemaVersion, exported.count, exported.generated], [1, 1, '2026-06-01']);
  });

  it('writes CSV that parses back to the same rows', () => {
    const records = views.map((v) => appRecord(v, 'https://site.example/'));
    records[0]!.name = 'Name, with "quotes"\nand a line break';
    const rows = parseCsv(toCsv(records));
    assert.deepEqual(rows[0], [...CSV_COLUMNS]);
    assert.equal(rows[1]![1], 'Name, with "quotes"\nand a line break');
    assert.equal(rows.length, records.length + 1);
  });
});
