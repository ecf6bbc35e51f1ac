/**
 * What changed in an entry from one version to the next, in the facts readers care
 * about: the SCIM status, the plan SCIM needs, plan prices, the IdP cells and how the
 * facts were checked. Each change reads "before → after". Pure: src/node/history.ts feeds
 * it the versions git holds.
 */
import type { Price } from '../schema/app.ts';
import { formatDate, formatPrice } from './format.ts';
import { IDP_SUPPORT_LABEL } from './labels.ts';
import { PROVENANCE_LABEL } from './provenance.ts';

export interface EntryVersion {
  commit: string;
  date: string;
  /** The front matter as written, or null for a version that was removed or unreadable. */
  data: Record<string, unknown> | null;
}

export interface HistoryChange {
  /** What changed, in words: "SCIM status", "Price of Pro", "Okta SCIM". */
  label: string;
  before: string;
  after: string;
}

export interface HistoryEvent {
  commit: string;
  date: string;
  /** True for the version that added the entry; its changes are empty. */
  added: boolean;
  changes: HistoryChange[];
}

type Data = Record<string, any>;

const AVAILABILITY: Record<string, string> = { native: 'native SCIM', 'idp-only': 'SCIM through IdP connectors only', none: 'no SCIM', unknown: 'not documented' };
/** Names an IdP id for readers; the catalog passes its vocabulary's names. */
export type IdpNamer = (id: string) => string;
const asIs: IdpNamer = (id) => id;

/** A price as readers see it; tolerant of older versions written before today's schema. */
function priceText(price: unknown): string {
  if (!price || typeof price !== 'object') return 'none';
  try {
    return formatPrice({ from: false, currency: 'USD', ...(price as object) } as Price);
  } catch {
    return JSON.stringify(price);
  }
}

const text = (value: unknown) => (value === undefined || value === null || value === '' ? 'none' : String(value));

/** The facts of one version, as "label → value" pairs in a stable order. */
export function factsOf(data: Data, idpName: IdpNamer = asIs): Map<string, string> {
  const facts = new Map<string, string>();
  facts.set('SCIM status', AVAILABILITY[String(data.scim?.availability)] ?? text(data.scim?.availability));
  facts.set('Plan SCIM needs', text(data.scim?.plan));
  for (const plan of Array.isArray(data.plans) ? data.plans : []) {
    if (plan && typeof plan === 'object' && plan.name) facts.set(`Price of ${plan.name}`, priceText(plan.price));
  }
  for (const cell of Array.isArray(data.idps) ? data.idps : []) {
    if (!cell || typeof cell !== 'object' || !cell.idp) continue;
    const idp = idpName(String(cell.idp));
    facts.set(`${idp} SSO`, IDP_SUPPORT_LABEL[cell.sso as keyof typeof IDP_SUPPORT_LABEL] ?? text(cell.sso));
    facts.set(`${idp} SCIM`, IDP_SUPPORT_LABEL[cell.scim as keyof typeof IDP_SUPPORT_LABEL] ?? text(cell.scim));
  }
  const method = data.provenance?.method as keyof typeof PROVENANCE_LABEL | undefined;
  facts.set('How the facts were checked', method ? PROVENANCE_LABEL[method] ?? method : 'not stated');
  facts.set('Last verified', data.lastVerified ? formatDate(String(data.lastVerified).slice(0, 10)) : 'none');
  return facts;
}

/** Before → after for every fact that differs between two versions. */
export function diffFacts(before: Data, after: Data, idpName: IdpNamer = asIs): HistoryChange[] {
  const a = factsOf(before, idpName);
  const b = factsOf(after, idpName);
  const labels = [...new Set([...a.keys(), ...b.keys()])];
  return labels.flatMap((label) => {
    const was = a.get(label) ?? 'none';
    const now = b.get(label) ?? 'none';
    return was === now ? [] : [{ label, before: was, after: now }];
  });
}

/** The events of one entry, newest first: its addition, then each version that changed a fact. */
export function entryHistory(versions: readonly EntryVersion[], idpName: IdpNamer = asIs): HistoryEvent[] {
  const events: HistoryEvent[] = [];
  let previous: Data | null = null;
  for (const version of versions) {
    if (!version.data) continue;
    if (!previous) events.push({ commit: version.commit, date: version.date, added: true, changes: [] });
    else {
      const changes = diffFacts(previous, version.data, idpName);
      // Only the date moved: a re-check that found nothing to change is news too.
      if (changes.length) events.push({ commit: version.commit, date: version.date, added: false, changes });
    }
    previous = version.data;
  }
  return events.reverse();
}
