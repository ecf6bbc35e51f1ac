/**
 * Turns the SCIM Tax Index's short price strings ("Teams: $19.95/mo flat",
 * "~$15/u/mo", "Contact Sales (~$22K–$254K/yr)") into the catalog's structured prices.
 * Anything it cannot read faithfully becomes a quote with the original wording kept as a
 * note, never a guessed number.
 */
import type { Currency, Price } from '../../src/schema/app.ts';

export interface ParsedPrice {
  /** The plan name before a colon ("Teams: …"), when given. */
  planName?: string;
  price: Price;
  /** Qualifiers the structure cannot hold ("≤10 users", "plus $12/user"). */
  note?: string;
  /** The figure is marked approximate ("~") in the data. */
  approximate: boolean;
}

const QUOTE_WORDS = /^(contact (sales|support)|per quote|not public(ly listed)?|custom( pricing)?|usage-based|workload-based|varies by product|dynamic pricing|no public pricing)\b/i;
const CURRENCY_MARKS: [RegExp, Currency][] = [
  [/^CHF\s*/, 'CHF'],
  [/^€/, 'EUR'],
  [/^£/, 'GBP'],
  [/^\$/, 'USD'],
];
/** Names a per-user price can go by. */
const SEAT_METERS = new Map([
  ['u', undefined],
  ['user', undefined],
  ['users', undefined],
  ['seat', 'seat'],
  ['member', 'member'],
  ['agent', 'agent'],
  ['editor', 'editor'],
  ['maker', 'maker'],
  ['person', 'person'],
  ['emp', 'employee'],
  ['employee', 'employee'],
  ['contributor', 'contributor'],
  ['tech', 'technician'],
]);
/** Things priced per unit that are not people. */
const UNIT_METERS = new Set(['host', 'device', 'computer', 'endpoint', 'location', 'screen', 'unit', 'provider', 'room']);

function amountOf(text: string): number {
  const thousands = /k$/i.test(text);
  const value = Number(text.replace(/k$/i, '').replace(/,/g, ''));
  return thousands ? value * 1000 : value;
}

interface Money {
  currency: Currency;
  amount: number;
  upTo?: number;
  rest: string;
  approximate: boolean;
  plus: boolean;
}

/** "$80–120/mo" → amount 80, upTo 120, rest "/mo". */
function readMoney(text: string): Money | null {
  let rest = text.trim();
  const approximate = rest.startsWith('~');
  rest = rest.replace(/^~\s*/, '');
  const plus = rest.startsWith('+');
  rest = rest.replace(/^\+\s*/, '');
  const mark = CURRENCY_MARKS.find(([pattern]) => pattern.test(rest));
  if (!mark) return null;
  rest = rest.replace(mark[0], '');
  const match = /^([\d.,]+k?)(?:\s*[–-]\s*(?:CHF\s*|€|£|\$)?([\d.,]+k?))?\+?/i.exec(rest);
  if (!match) return null;
  // "$10–25K": the K of the top of a range applies to its bottom too.
  const sharedK = match[2] && /k$/i.test(match[2]) && !/k$/i.test(match[1]!);
  const amount = amountOf(sharedK ? `${match[1]}K` : match[1]!);
  const upTo = match[2] ? amountOf(match[2]) : undefined;
  if (!Number.isFinite(amount) || (upTo !== undefined && !Number.isFinite(upTo))) return null;
  return { currency: mark[1], amount, ...(upTo !== undefined && upTo > amount && { upTo }), rest: rest.slice(match[0].length).trim(), approximate, plus };
}

type Shape = { unit: Price['unit']; meter?: string };

/** "/u/mo" → per-user-month; "/yr/device" → per-unit-year of device; "/mo" → flat-month. */
function readUnit(rest: string): Shape | null {
  const parts = rest
    .replace(/\b(flat|minimum|min|add-on)\b/gi, '')
    .split('/')
    .map((part) => part.trim().toLowerCase())
    .filter(Boolean);
  let period: 'month' | 'year' | undefined;
  let meter: string | undefined;
  let perUser = false;
  for (const part of parts) {
    if (/^(mo|month)$/.test(part)) period = 'month';
    else if (/^(yr|year)$/.test(part)) period = 'year';
    else if (SEAT_METERS.has(part)) {
      perUser = true;
      meter = SEAT_METERS.get(part);
    } else if (UNIT_METERS.has(part)) meter = part;
    else return null;
  }
  if (!period) return null;
  if (perUser) return { unit: period === 'month' ? 'per-user-month' : 'per-user-year', ...(meter && { meter }) };
  if (meter) return { unit: period === 'month' ? 'per-unit-month' : 'per-unit-year', meter };
  return { unit: period === 'month' ? 'flat-month' : 'flat-year' };
}

const quote = (): Price => ({ unit: 'quote', from: false, currency: 'USD' });

type EstimateUnit = 'per-user-month' | 'per-user-year' | 'flat-month' | 'flat-year';
const isEstimateUnit = (unit: Price['unit']): unit is EstimateUnit =>
  unit === 'per-user-month' || unit === 'per-user-year' || unit === 'flat-month' || unit === 'flat-year';

/** A quote-only price carrying the data set's approximate figure as a sourced estimate. */
function estimated(money: Money, shape: Shape & { unit: EstimateUnit }, source: { title: string; url: string }, planName: string | undefined, note?: string): ParsedPrice {
  return {
    ...(planName && { planName }),
    price: {
      ...quote(),
      estimate: {
        amount: money.amount,
        ...(money.upTo !== undefined && { upTo: money.upTo }),
        unit: shape.unit,
        ...(shape.meter && { meter: shape.meter }),
        currency: money.currency,
        source,
        ...(note && { note }),
      },
    },
    approximate: true,
  };
}

export function parsePrice(raw: string, pricingUrl: string): ParsedPrice | null {
  let text = raw.trim();
  if (!text || /^[—-]+$/.test(text) || text.startsWith('—')) return null;

  let planName: string | undefined;
  const named = /^([^:$~€£(]+?):\s*(.+)$/.exec(text);
  if (named && !QUOTE_WORDS.test(named[1]!)) {
    planName = named[1]!.trim();
    text = named[2]!.trim();
  }

  let note: string | undefined;
  const paren = /\s*\(([^)]*)\)\s*$/.exec(text);
  if (paren) {
    note = paren[1]!.trim();
    text = text.slice(0, paren.index).trim();
  }
  // "(min)" says the price is a minimum: a starting price, not a qualifier.
  let minimumNote = false;
  if (note && /^min(imum)?$/i.test(note)) {
    note = undefined;
    minimumNote = true;
  }
  // A leading "+" marks a price paid on top of a plan; the plan says it is an add-on.
  text = text.replace(/^\+\s*/, '').replace(/^~\s*\+\s*/, '~');

  const source = { title: 'Vendor pricing page', url: pricingUrl };

  if (QUOTE_WORDS.test(text) || /^custom$/i.test(text)) {
    // "Contact Sales (~$22K–$254K/yr)": a quote with the data set's estimate.
    const money = note ? readMoney(note) : null;
    const shape = money ? readUnit(money.rest) : null;
    if (money && shape && isEstimateUnit(shape.unit)) return estimated(money, { ...shape, unit: shape.unit }, source, planName);
    const wording = /^(usage|workload)-based|varies|dynamic/i.test(text) ? `${text}${note ? ` (${note})` : ''}` : note;
    return { ...(planName && { planName }), price: quote(), ...(wording && { note: wording }), approximate: false };
  }

  if (/^free\b/i.test(text)) {
    const extra = text.replace(/^free\b\s*/i, '').trim();
    const detail = [extra, note].filter(Boolean).join(' ');
    return { ...(planName && { planName }), price: { unit: 'free', from: false, currency: 'USD' }, ...(detail && { note: detail }), approximate: false };
  }

  // "$575/mo + $12/user": keep the first part as a starting price and the rest as a note.
  const [first, ...extras] = text.split(/\s*\+\s*(?=[$€£~]|CHF)/);
  const money = readMoney(first!);
  if (!money) return { ...(planName && { planName }), price: quote(), note: [raw.trim()].join(''), approximate: false };
  const trailingPlus = /\+\s*$/.test(money.rest) || /\+/.test(first!.replace(/^[~+]/, '').slice(0, 20));
  const minimum = /\b(minimum|min)\b/i.test(money.rest);
  const shape = readUnit(money.rest.replace(/\+/g, ''));
  const notes = [note, extras.length ? `plus ${extras.join(' + ')}` : undefined].filter(Boolean) as string[];
  if (!shape) {
    return { ...(planName && { planName }), price: quote(), note: `Priced ${raw.trim().replace(/^[^:]+:\s*/, '')}; no per-user or flat figure.`, approximate: money.approximate };
  }
  const from = minimum || minimumNote || trailingPlus || extras.length > 0;
  if (money.approximate && isEstimateUnit(shape.unit)) {
    return estimated(money, { ...shape, unit: shape.unit }, source, planName, notes.length ? notes.join('; ') : undefined);
  }
  return {
    ...(planName && { planName }),
    price: {
      unit: shape.unit,
      amount: money.amount,
      ...(money.upTo !== undefined && { upTo: money.upTo }),
      from,
      currency: money.currency,
      ...(shape.meter && { meter: shape.meter }),
    },
    ...(notes.length || money.approximate ? { note: [...notes, ...(money.approximate ? ['An approximate figure.'] : [])].join('; ') } : {}),
    approximate: money.approximate,
  };
}
