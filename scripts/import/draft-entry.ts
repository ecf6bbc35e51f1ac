/**
 * Drafts a catalog entry from one SCIM Tax Index row and, where the vendor appears
 * there, its ssotax.org record. The draft states only what the data states; editors then
 * read it and add what they verify.
 */
import type { Price, ScimAvailability } from '../../src/schema/app.ts';
import { parsePrice, type ParsedPrice } from './parse-price.ts';
import type { ResearchNote } from './research-notes.ts';
import type { SsotaxVendor } from './ssotax.ts';

export interface IndexRow {
  vendor: string;
  slug: string;
  status: string;
  plan_required: string;
  scim_price: string;
  base_plan_price: string;
  pricing_page_url: string;
}

export interface DraftOptions {
  category: string;
  /** The research notes' row for this vendor. */
  research?: ResearchNote | undefined;
  /** The data set's date, used as lastVerified. */
  date: string;
  ssotax?: SsotaxVendor | undefined;
}

type Entry = Record<string, unknown>;
type PlanDraft = { name: string; price: Price; scim?: boolean; sso?: boolean; addOn?: boolean; note?: string };

const EMPTY = /^[—-]*$/;
/** Plan wording that means "the base plan already has it". */
const EVERY_PLAN = /^(all\b|any paid plan|free and above)/i;

const https = (url: string | undefined): string | undefined => {
  try {
    return url && new URL(url).protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
};

interface ScimPlanText {
  name?: string;
  addOn: boolean;
  onBase: boolean;
  qualifier?: string;
}

/** "Guard Standard (add-on)", "Business / Enterprise Scale", "Silver+", "All plans (acts as IdP)". */
export function readScimPlan(raw: string): ScimPlanText {
  let text = raw.trim();
  if (EMPTY.test(text)) return { addOn: false, onBase: false };
  let qualifier: string | undefined;
  const paren = /\s*\(([^)]*)\)\s*/.exec(text);
  if (paren) {
    qualifier = paren[1]!.trim();
    text = (text.slice(0, paren.index) + ' ' + text.slice(paren.index + paren[0].length)).trim();
  }
  if (text.startsWith('—')) return { addOn: false, onBase: false, ...(qualifier && { qualifier }) };
  const addOn = /add-on|separate product/i.test(raw);
  if (EVERY_PLAN.test(text)) return { addOn: false, onBase: true, ...(qualifier && { qualifier }) };
  const alternatives = text.split(/\s+(?:\/|&)\s+/);
  // "Business+" is a real plan name at some vendors, so a trailing + stays.
  let first = alternatives[0]!.replace(/\badd-on\b/i, '').trim();
  const others = alternatives.slice(1).map((part) => part.trim()).filter(Boolean);
  const notes = [qualifier, others.length ? `also ${others.join(', ')}` : undefined].filter(Boolean).join('; ');
  if (/^(unknown tier|not by tier|not specified.*)$/i.test(first)) return { addOn, onBase: false, ...(notes && { qualifier: notes }) };
  if (!first) first = 'Provisioning add-on';
  return { name: first, addOn, onBase: false, ...(notes && { qualifier: notes }) };
}

interface Availability {
  availability: ScimAvailability;
  via?: string[];
  note?: string;
}

/**
 * The data set's "partial" covers several situations; its wording says which. Anything
 * not recognised stays "unknown" rather than becoming a guess.
 */
export function partialAvailability(planText: string): Availability {
  const text = planText.toLowerCase();
  if (/okta only|via okta/.test(text)) return { availability: 'idp-only', via: ['okta'], note: 'Provisioning works only through Okta, according to the SCIM Tax Index.' };
  if (/jit only/.test(text)) return { availability: 'none', note: 'Only just-in-time account creation at SSO sign-in; no SCIM provisioning.' };
  if (/ldap/.test(text)) return { availability: 'none', note: 'Users sync from AD/LDAP; there is no SCIM endpoint.' };
  if (/no native scim|no confirmed scim|conflicting/.test(text)) return { availability: 'unknown', note: 'The SCIM Tax Index found no confirmed SCIM support, or conflicting statements.' };
  if (/separate product|add-on/.test(text)) return { availability: 'native', note: 'SCIM comes with a separately sold product rather than a plan tier.' };
  if (/idp connector/.test(text)) return { availability: 'native', note: 'Provisioning runs through identity-provider connectors rather than a documented generic SCIM endpoint.' };
  if (/implied/.test(text)) return { availability: 'native', note: 'The SCIM Tax Index infers this plan from the pricing page; the vendor does not name it outright.' };
  if (/requires support|not by tier/.test(text)) return { availability: 'native', note: 'SCIM is not tied to a plan; the vendor enables it through support.' };
  return { availability: 'native', note: 'The SCIM Tax Index rates this support as partial.' };
}

const PER_SCHEME: Record<string, Pick<Price, 'unit'> & { meter?: string }> = {
  'per user/month': { unit: 'per-user-month' },
  'per user/year': { unit: 'per-user-year' },
  'per seat/month': { unit: 'per-user-month', meter: 'seat' },
  'per month': { unit: 'flat-month' },
  monthly: { unit: 'flat-month' },
  'per year': { unit: 'flat-year' },
  'per device/month': { unit: 'per-unit-month', meter: 'device' },
  'per location/month': { unit: 'per-unit-month', meter: 'location' },
  'per screen/month': { unit: 'per-unit-month', meter: 'screen' },
  'per server/month': { unit: 'per-unit-month', meter: 'server' },
  'per project/month': { unit: 'per-unit-month', meter: 'project' },
  'per app/month': { unit: 'per-unit-month', meter: 'app' },
  'per site/month': { unit: 'per-unit-month', meter: 'site' },
};

function reportedPrice(amount: number, shape: (typeof PER_SCHEME)[string], currency: Price['currency']): Price {
  if (amount === 0) return { unit: 'free', from: false, currency };
  return { unit: shape.unit, amount, from: false, currency, ...(shape.meter && { meter: shape.meter }) };
}

const CURRENCIES = new Set(['USD', 'EUR', 'GBP', 'AUD', 'JPY', 'CAD', 'CHF']);

/** SSO facts from ssotax.org: free sign-in providers and, for SSO-tax vendors, prices with their date. */
export function ssoFacts(vendor: SsotaxVendor): Entry {
  const sso: Entry = { availability: 'available' };
  if (vendor.free_sso_providers?.length) sso.socialProviders = [...new Set(vendor.free_sso_providers)];
  const source = https(vendor.pricing_sources?.find((url) => https(url)) ?? vendor.sources?.find((url) => https(url)));
  const shape = PER_SCHEME[(vendor.pricing_scheme ?? '').trim()];
  const currency = (vendor.currency ?? 'USD').toUpperCase();
  if (
    vendor.list === 'tax' &&
    source &&
    shape &&
    CURRENCIES.has(currency) &&
    typeof vendor.base_pricing === 'number' &&
    typeof vendor.sso_pricing === 'number' &&
    vendor.updated_at &&
    /^\d{4}-\d{2}-\d{2}$/.test(vendor.updated_at)
  ) {
    sso.reportedPrices = {
      base: reportedPrice(vendor.base_pricing, shape, currency as Price['currency']),
      sso: reportedPrice(vendor.sso_pricing, shape, currency as Price['currency']),
      ...(typeof vendor.scim_pricing === 'number' && { scim: reportedPrice(vendor.scim_pricing, shape, currency as Price['currency']) }),
      asOf: vendor.updated_at,
      source: { title: 'Pricing page cited by ssotax.org', url: source },
    };
  }
  if (vendor.list === 'friendly') {
    const where = vendor.sso_on_free_plans ? 'every plan, free ones included' : vendor.sso_on_all_paid_plans ? 'every paid plan' : undefined;
    if (where) sso.note = `ssotax.org lists SSO on ${where} (${vendor.updated_at}).`;
  }
  return sso;
}

function plan(parsed: ParsedPrice, name: string, extra: Partial<PlanDraft> = {}): PlanDraft {
  // "(add-on)" is already said by the addOn flag.
  const note = parsed.note && !/^add-on$/i.test(parsed.note) ? parsed.note : undefined;
  // "≤10 users" or "up to 10 users" is a cap: a larger team cannot buy the plan.
  const cap = /(?:≤|up to)\s*([\d,]+)\s*users/i.exec(note ?? '');
  return { name, price: { ...parsed.price, ...(cap && { maxSeats: Number(cap[1]!.replace(/,/g, '')) }) }, ...extra, ...(note && { note }) };
}

export function draftEntry(row: IndexRow, options: DraftOptions): Entry {
  const status = row.status.trim().toLowerCase();
  const scimText = readScimPlan(row.plan_required);
  const base = parsePrice(row.base_plan_price, row.pricing_page_url);
  const scimPrice = parsePrice(row.scim_price, row.pricing_page_url);
  const hasScim = status === 'free' || status === 'gated' || status === 'partial';

  let availability: Availability = { availability: 'unknown' };
  if (status === 'free' || status === 'gated') availability = { availability: 'native' };
  else if (status === 'none') availability = { availability: 'none' };
  else if (status === 'partial') availability = partialAvailability(row.plan_required);
  const scimAvailable = availability.availability === 'native' || availability.availability === 'idp-only';

  const plans: PlanDraft[] = [];
  // An unnamed base price that the data says every plan shares is named after that wording ("All plans").
  const everyPlanName = scimText.onBase ? row.plan_required.replace(/\s*\([^)]*\)\s*/g, '').trim() : undefined;
  const baseName = base?.planName ?? (base?.price.unit === 'free' ? 'Free' : (everyPlanName ?? 'Entry plan'));
  const unnamed = !base?.planName;
  let scimPlanName: string | undefined;

  if (base) {
    const onBase = hasScim && scimAvailable && (scimText.onBase || (scimText.name !== undefined && scimText.name === base.planName));
    plans.push(
      plan(base, baseName, {
        ...(onBase ? { scim: true } : status === 'gated' || status === 'none' ? { scim: false } : {}),
        ...(unnamed && baseName === 'Entry plan' && { note: [base.note, 'The data set gives this price without a plan name.'].filter(Boolean).join('; ') }),
      }),
    );
    if (onBase) scimPlanName = baseName;
  }
  // The plan just above the base, when the notes name and price it and it is not the SCIM plan.
  const nextText = options.research?.nextPlan;
  const next = nextText && !nextText.includes(';') ? parsePrice(nextText, row.pricing_page_url) : null;
  // "Add-ons" is not a plan of its own.
  if (next?.planName && next.planName !== baseName && next.planName !== scimText.name && !/^add-?ons?$/i.test(next.planName)) {
    const saysNoScim = /^no scim$/i.test(next.note ?? '');
    const { note: _dropped, ...withoutNote } = next;
    const scimFlag = saysNoScim || status === 'gated' ? { scim: false } : scimText.onBase && hasScim && scimAvailable ? { scim: true } : {};
    plans.push(plan(saysNoScim ? withoutNote : next, next.planName, scimFlag));
  }
  if (hasScim && scimAvailable && !scimPlanName && scimText.name) {
    const price = scimPrice ?? { price: { unit: 'quote', from: false, currency: 'USD' } as Price, approximate: false };
    plans.push(plan(price, scimText.name, { scim: true, ...(scimText.addOn && { addOn: true }) }));
    scimPlanName = scimText.name;
  } else if (hasScim && scimAvailable && !scimPlanName && scimText.onBase && !base && scimPrice) {
    plans.push(plan(scimPrice, 'Every plan', { scim: true }));
    scimPlanName = 'Every plan';
  }
  // Plan names must be unique; a repeated name means the data describes one plan twice.
  const seen = new Set<string>();
  const uniquePlans = plans.filter((p) => (seen.has(p.name) ? false : (seen.add(p.name), true)));

  const qualifier = scimText.qualifier && !/^add-on$/i.test(scimText.qualifier) && scimAvailable ? scimText.qualifier : undefined;
  const notes = [
    options.research?.detail ? `The SCIM Tax Index adds: "${options.research.detail}".` : availability.note,
    qualifier ? `Its plan column reads: "${row.plan_required.trim()}".` : undefined,
  ];
  const ssotax = options.ssotax;
  if (status === 'unknown' && ssotax?.scim_starting_on_plan && ssotax.scim_starting_on_plan !== 'unknown') {
    notes.push(`ssotax.org reported SCIM starting on the ${ssotax.scim_starting_on_plan} plan (${ssotax.updated_at}); the newer SCIM Tax Index review of the pricing page (April 2026) found no public statement, so the status stays unknown.`);
  }

  const scim: Entry = {
    availability: availability.availability,
    ...(availability.via && { via: availability.via }),
    ...(scimPlanName && { plan: scimPlanName }),
  };
  const note = notes.filter(Boolean).join(' ');
  if (note) scim.note = note;

  const vendorUrl = https(ssotax?.vendor_url) ?? `${new URL(row.pricing_page_url).origin}/`;
  const sources = [{ title: `${row.vendor} pricing`, url: row.pricing_page_url }];
  const ssoSource = ssotax ? https(ssotax.pricing_sources?.find((url) => https(url)) ?? ssotax.sources?.find((url) => https(url))) : undefined;
  if (ssoSource && ssoSource !== row.pricing_page_url) sources.push({ title: `${row.vendor} pricing, as cited by ssotax.org`, url: ssoSource });

  return {
    name: row.vendor,
    vendorUrl,
    category: options.category,
    scim,
    ...(ssotax && { sso: ssoFacts(ssotax) }),
    ...(uniquePlans.length && { plans: uniquePlans }),
    sources,
    provenance: { method: 'draft' },
    lastVerified: options.date,
  };
}
