import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatAmount, formatCount, formatDate, formatMoney, formatMultiple, formatPrice } from '../../src/lib/format.ts';
import type { Price } from '../../src/schema/app.ts';
import { source } from '../helpers/apps.ts';

const price = (p: Partial<Price> & Pick<Price, 'unit'>): Price => ({ from: false, currency: 'USD', ...p });

describe('formatting', () => {
  it('formats money with cents only when they matter', () => {
    assert.equal(formatMoney(10000), '$10,000');
    assert.equal(formatMoney(4.5), '$4.50');
    assert.equal(formatMoney(1234.56), '$1,235');
    assert.equal(formatMoney(20, 'EUR'), '€20');
  });

  it('formats multiples with one decimal below 10', () => {
    assert.equal(formatMultiple(10000 / 2388), '4.2×');
    assert.equal(formatMultiple(36.7), '37×');
  });

  it('formats counts as whole numbers', () => {
    assert.equal(formatCount(7.5), '8');
    assert.equal(formatCount(12345.2), '12,345');
  });

  it('formats every kind of price', () => {
    assert.equal(formatPrice(price({ unit: 'flat-month', amount: 199, from: true })), 'from $199/month');
    assert.equal(formatPrice(price({ unit: 'flat-month', amount: 300, upTo: 1000 })), '$300–$1,000/month');
    assert.equal(formatPrice(price({ unit: 'per-user-month', amount: 4 })), '$4/user/month');
    assert.equal(formatPrice(price({ unit: 'per-user-year', amount: 48 })), '$48/user/year');
    assert.equal(formatPrice(price({ unit: 'flat-year', amount: 10000 })), '$10,000/year');
    assert.equal(formatPrice(price({ unit: 'free' })), 'Free');
    assert.equal(formatPrice(price({ unit: 'per-user-month', amount: 49, meter: 'agent' })), '$49/agent/month');
    assert.equal(formatPrice(price({ unit: 'per-unit-month', amount: 23, meter: 'host' })), '$23/host/month');
    assert.equal(formatPrice(price({ unit: 'per-unit-year', amount: 149, meter: 'device' })), '$149/device/year');
    assert.equal(formatPrice(price({ unit: 'quote' })), 'Custom quote');
    assert.equal(
      formatPrice(price({ unit: 'quote', estimate: { amount: 10000, unit: 'flat-year', currency: 'USD', source } })),
      'Custom quote (about $10,000/year)',
    );
  });

  it('formats dates in UTC, whatever the machine\'s zone', () => {
    assert.equal(formatDate('2026-01-11'), 'January 11, 2026');
  });
});

describe('formatAmount', () => {
  it('rounds computed figures to whole units', () => {
    assert.equal(formatAmount(318.08), '$318');
    assert.equal(formatAmount(4567.5, 'EUR'), '€4,568');
  });
});
