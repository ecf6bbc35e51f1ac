/**
 * Maps one SCIM Tax Index research file (research/2026-09/vendors/<slug>.json, the
 * format of DEEP_SCHEMA.md) to a catalog entry draft: status, plans and prices, SSO, the
 * IdP matrix with each cell's catalogue URL, SCIM operations and deprovisioning, URLs and
 * provenance. It also reads an editor's extract of such a file: the same facts in the
 * catalog's own field names, with prices already structured and an `editor` block of
 * prose written by a person. Prose is never taken from the research file itself: its
 * sentences are quotes of vendor pages, so an entry gets prose only from an editor.
 *
 * Pure: no file system. scripts/import-research.ts reads the files and writes entries.
 */
import { agreesWithDataset, isPricingPage, scimPlanKnown, type DatasetStatus, type Price } from '../../src/schema/app.ts';
import { parsePrice } from './parse-price.ts';

type Json = Record<string, unknown>;
type Tri = boolean | null;

/** The research file's IdP keys and the catalog's ids for them. */
export const RESEARCH_IDPS = { okta: 'okta', entra: 'entra-id', google: 'google-workspace', onelogin: 'onelogin', jumpcloud: 'jumpcloud' } as const;
type ResearchIdp = keyof typeof RESEARCH_IDPS;

const IDP_CATALOGUE: Record<ResearchIdp, string> = {
  okta: 'Okta Integration Network',
  entra: 'Microsoft Entra',
  google: 'Google Workspace',
  onelogin: 'OneLogin',
  jumpcloud: 'JumpCloud',
};

/** The data set's categories and the catalog's nearest one, for files without an editor's choice. */
export const DATASET_CATEGORIES: Record<string, string> = {
  'Developer Tools & CI/CD': 'developer-tools',
  'Marketing & Advertising': 'marketing',
  'Security & Identity': 'security',
  'Project & Work Management': 'project-management',
  'Data, Analytics & BI': 'data-analytics',
  'HR, Payroll & Recruiting': 'hr-people',
  'Cloud, Infrastructure & Observability': 'cloud-infrastructure',
  'Collaboration & Messaging': 'communication',
  'Productivity & Docs': 'productivity',
  'Design & Creative': 'design',
  'Customer Support & Success': 'customer-support',
  'Finance, Accounting & Spend': 'finance',
  'Sales & CRM': 'crm-sales',
  'Communications (UCaaS/CCaaS)': 'contact-center',
  'Legal, Contracts & Compliance': 'documents-legal',
  'IT Management & Endpoint': 'it-operations',
  'Learning & Development': 'learning',
  'AI & LLM Tools': 'ai-assistants',
  'E-commerce & Payments': 'ecommerce',
};

export interface ResearchPlan {
  name: string;
  price: Price;
  sso: Tri;
  scim: Tri;
  addOn: boolean;
  note: string | null;
}

export interface ResearchIdpApp {
  listed: Tri;
  sso: Tri;
  provisioning: Tri;
  kind: string | null;
  builtBy: string | null;
  url: string | null;
  /** What the page at `url` is, when it is the vendor's page rather than the IdP's catalogue. */
  sourceTitle: string | null;
  note: string | null;
}

export interface EditorProse {
  scimNote: string | null;
  pricingNote: string | null;
  ssoNote: string | null;
  deprovisioningNote: string | null;
  limitations: { title: string; detail: string }[];
  conflicts: string | null;
}

/** A research file's facts, whichever of the two shapes it came in. */
export interface ResearchFacts {
  slug: string;
  vendor: string;
  vendorUrl: string | null;
  researchedAt: string;
  status: DatasetStatus;
  datasetCategory: string | null;
  category: string | null;
  aliases: string[];
  pricingUrl: string | null;
  scimDocsUrl: string | null;
  ssoDocsUrl: string | null;
  plans: ResearchPlan[];
  scimPlan: string | null;
  ssoPlan: string | null;
  ssoAvailable: Tri;
  ssoProtocols: string[];
  scim: {
    available: Tri;
    version: string | null;
    ssoRequired: Tri;
    authMethod: string | null;
    tokenSource: string | null;
    baseUrl: string | null;
    operations: Record<'create' | 'update' | 'deactivate' | 'reactivate' | 'delete' | 'groupPush' | 'groupMembership', Tri>;
    deprovision: { action: string | null; freesSeat: Tri; revokesSessions: Tri; data: string | null };
    attributes: string[];
    roles: string | null;
    groups: Tri;
  };
  idps: Partial<Record<ResearchIdp, ResearchIdpApp>>;
  rowIdp: Partial<Record<ResearchIdp | 'generic', string | boolean | null>>;
  jit: Tri;
  sources: { title: string; url: string }[];
  /** Prose written by an editor; null for a raw research file. */
  editor: EditorProse | null;
}

const str = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : null);
const tri = (value: unknown): Tri => (value === true || value === false ? value : null);
const obj = (value: unknown): Json => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {});
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const https = (value: unknown): string | null => {
  const url = str(value);
  return url && /^https:\/\/[^\s]+$/.test(url) ? url : null;
};
const STATUSES: readonly DatasetStatus[] = ['free', 'gated', 'partial', 'none', 'unknown'];

/** Thrown for a file that is neither shape, with what is wrong. */
export class ResearchFormatError extends Error {}

/** Reads either shape: a raw research file (it has `row`) or an editor's extract (it has `researchedAt`). */
export function readResearch(json: unknown): ResearchFacts {
  const file = obj(json);
  if (file.missing === true) throw new ResearchFormatError(`${String(file.slug)}: the research file is missing`);
  if ('row' in file) return fromResearchFile(file);
  if ('researchedAt' in file) return fromExtract(file);
  throw new ResearchFormatError('neither a research file (no "row") nor an editor\'s extract (no "researchedAt")');
}

function status(value: unknown): DatasetStatus {
  if (typeof value === 'string' && (STATUSES as readonly string[]).includes(value)) return value as DatasetStatus;
  throw new ResearchFormatError(`unknown status ${JSON.stringify(value)}; expected one of ${STATUSES.join(', ')}`);
}

function fromExtract(file: Json): ResearchFacts {
  const scim = obj(file.scim);
  const ops = obj(scim.operations);
  const deprovision = obj(scim.deprovision);
  const editor = obj(file.editor);
  return {
    slug: String(file.slug),
    vendor: String(file.vendor),
    vendorUrl: https(file.vendorUrl),
    researchedAt: String(file.researchedAt),
    status: status(file.status),
    datasetCategory: str(file.datasetCategory),
    category: str(file.category),
    aliases: list(file.aliases).map(str).filter((alias): alias is string => alias !== null),
    pricingUrl: https(file.pricingUrl),
    scimDocsUrl: https(file.scimDocsUrl),
    ssoDocsUrl: https(file.ssoDocsUrl),
    plans: list(file.plans).map((plan) => {
      const p = obj(plan);
      return { name: String(p.name).trim(), price: obj(p.price) as unknown as Price, sso: tri(p.sso), scim: tri(p.scim), addOn: p.addOn === true, note: str(p.note) };
    }),
    scimPlan: str(file.scimPlan),
    ssoPlan: str(file.ssoPlan),
    ssoAvailable: tri(file.ssoAvailable),
    ssoProtocols: list(file.ssoProtocols).map(String),
    scim: {
      available: tri(scim.available),
      version: str(scim.version),
      ssoRequired: tri(scim.ssoRequired),
      authMethod: str(scim.authMethod),
      tokenSource: str(scim.tokenSource),
      baseUrl: str(scim.baseUrl),
      operations: {
        create: tri(ops.create),
        update: tri(ops.update),
        deactivate: tri(ops.deactivate),
        reactivate: tri(ops.reactivate),
        delete: tri(ops.delete),
        groupPush: tri(ops.groupPush),
        groupMembership: tri(ops.groupMembership),
      },
      deprovision: { action: str(deprovision.action), freesSeat: tri(deprovision.freesSeat), revokesSessions: tri(deprovision.revokesSessions), data: str(deprovision.data) },
      attributes: list(scim.attributes).map(String),
      roles: str(scim.roles),
      groups: tri(scim.groups),
    },
    idps: idpApps(obj(file.idps), (app) => str(app.note)),
    rowIdp: obj(file.rowIdp) as ResearchFacts['rowIdp'],
    jit: tri(obj(file.fallbacks).jit),
    sources: list(file.sources).flatMap((source) => {
      const s = obj(source);
      const url = https(s.url);
      return url && str(s.title) ? [{ title: str(s.title)!, url }] : [];
    }),
    editor: {
      scimNote: str(editor.scimNote),
      pricingNote: str(editor.pricingNote),
      ssoNote: str(editor.ssoNote),
      deprovisioningNote: str(editor.deprovisioningNote),
      limitations: list(editor.limitations).flatMap((item) => {
        const l = obj(item);
        return str(l.title) && str(l.detail) ? [{ title: str(l.title)!, detail: str(l.detail)! }] : [];
      }),
      conflicts: str(editor.conflicts),
    },
  };
}

function idpApps(apps: Json, note: (app: Json) => string | null): ResearchFacts['idps'] {
  const result: ResearchFacts['idps'] = {};
  for (const key of Object.keys(RESEARCH_IDPS) as ResearchIdp[]) {
    if (!(key in apps)) continue;
    const app = obj(apps[key]);
    result[key] = {
      listed: tri(app.listed),
      sso: tri(app.sso),
      provisioning: tri(app.provisioning),
      kind: str(app.kind),
      builtBy: str(app.builtBy ?? app.built_by),
      url: https(app.url),
      sourceTitle: str(app.sourceTitle),
      note: note(app),
    };
  }
  return result;
}

/** The raw research file: prices are read from its price strings, prose is left out. */
function fromResearchFile(file: Json): ResearchFacts {
  const row = obj(file.row);
  const scim = obj(file.scim);
  const ops = obj(scim.operations);
  const deprovision = obj(scim.deprovision);
  const citations = list(file.citations).map(obj);
  // A citation's page_url is the page a reader would open when its url is a machine copy.
  const readerUrl = (url: string | null) => {
    if (!url) return null;
    const citation = citations.find((c) => c.url === url);
    return https(citation?.page_url) ?? url;
  };
  const pricingUrl = readerUrl(https(row.pricing_page_url));
  const docsUrl = readerUrl(https(row.docs_url));
  const scimAvailable = tri(scim.available);
  const plans = list(file.plans).map((plan) => {
    const p = obj(plan);
    const text = str(p.price_text) ?? '';
    const parsed = text ? parsePrice(text, pricingUrl ?? '') : null;
    const perUser = typeof p.price_per_user_mo === 'number' ? p.price_per_user_mo : null;
    let price: Price = parsed?.price ?? { unit: 'quote', from: false, currency: 'USD' };
    if (perUser !== null && price.unit === 'quote') price = { unit: perUser === 0 ? 'free' : 'per-user-month', ...(perUser > 0 && { amount: perUser }), from: false, currency: 'USD' } as Price;
    const billing = p.billing === 'annual' || p.billing === 'monthly' ? p.billing : undefined;
    if (billing && price.unit !== 'free' && price.unit !== 'quote') price = { ...price, billing };
    return { name: String(p.name).trim(), price, sso: tri(p.sso), scim: tri(p.scim), addOn: false, note: null };
  });
  const sources = [pricingUrl && { title: `${String(file.vendor)} pricing`, url: pricingUrl }, docsUrl && { title: `${String(file.vendor)} documentation`, url: docsUrl }].filter(
    (source): source is { title: string; url: string } => Boolean(source),
  );
  return {
    slug: String(file.slug),
    vendor: String(row.vendor ?? file.vendor),
    vendorUrl: https(file.vendor_url),
    researchedAt: String(file.researched_at ?? row.last_verified),
    status: status(row.status),
    datasetCategory: str(row.category),
    category: null,
    aliases: [],
    pricingUrl,
    // The row's docs URL is about SCIM when the vendor has SCIM; otherwise it is usually SSO.
    scimDocsUrl: scimAvailable ? docsUrl : null,
    ssoDocsUrl: scimAvailable ? null : docsUrl,
    plans,
    scimPlan: str(scim.plan ?? row.scim_plan),
    ssoPlan: str(row.sso_plan),
    ssoAvailable: plans.some((plan) => plan.sso === true) ? true : plans.length && plans.every((plan) => plan.sso === false) ? false : null,
    ssoProtocols: [],
    scim: {
      available: scimAvailable,
      version: str(scim.version),
      ssoRequired: tri(scim.sso_required ?? row.sso_required_for_scim),
      authMethod: str(obj(scim.auth).method),
      tokenSource: str(obj(scim.auth).token_source),
      baseUrl: str(scim.base_url),
      operations: {
        create: tri(ops.create),
        update: ops.update_put === true || ops.update_patch === true ? true : ops.update_put === false && ops.update_patch === false ? false : null,
        deactivate: tri(ops.deactivate),
        reactivate: tri(ops.reactivate),
        delete: tri(ops.delete),
        groupPush: tri(ops.group_push),
        groupMembership: tri(ops.group_membership),
      },
      // data_retained is the research's own sentence: it is prose, left to an editor.
      deprovision: { action: str(deprovision.action), freesSeat: tri(deprovision.frees_seat), revokesSessions: tri(deprovision.revokes_sessions), data: null },
      attributes: [...list(obj(scim.attributes).core), ...list(obj(scim.attributes).enterprise)].map(String),
      roles: null,
      groups: tri(obj(scim.endpoints).Groups),
    },
    idps: idpApps(obj(file.idp_apps), () => null),
    rowIdp: obj(row.idp) as ResearchFacts['rowIdp'],
    jit: tri(obj(file.fallbacks).jit),
    sources,
    editor: null,
  };
}

/** What the draft is built from besides the research. */
export interface DraftContext {
  /** The entry's slug in the catalog (ours when the app is already there). */
  slug: string;
  categories: ReadonlySet<string>;
  /** The IdP vocabulary; rows for other IdPs are left out. */
  idps?: ReadonlySet<string>;
  /** The status the release publishes for the vendor (its vendors.csv), when it is known. */
  publishedStatus?: DatasetStatus;
}

/**
 * The data set row an entry records: the release's published status, and when the
 * vendor's own research file rates it differently (the entry follows the research, which
 * cites the vendor's pages), a note that says so.
 */
export function datasetRow(facts: ResearchFacts, entryAgrees: (status: DatasetStatus) => boolean, publishedStatus?: DatasetStatus) {
  const status = publishedStatus ?? facts.status;
  const statusNote =
    status !== facts.status && !entryAgrees(status)
      ? `The release's published list gives "${status}", but its research file for ${facts.vendor} (checked ${facts.researchedAt}) finds "${facts.status}" from the vendor's own pages, cited in sources; this entry follows the research file.`
      : undefined;
  return defined({ release: '2026-10', slug: facts.slug, status, statusNote });
}

type IdpSupportValue = 'full' | 'jit' | 'directory-sync' | 'third-party' | 'none' | 'not-documented';

const DEPROVISION_ACTION: Record<string, string> = { deactivate: 'deactivate', suspend: 'suspend', delete: 'delete', remove_from_org: 'remove-access' };

/** Which IdPs provision the app through their own connector, as the research lists them. */
function provisioningIdps(facts: ResearchFacts): ResearchIdp[] {
  return (Object.keys(facts.idps) as ResearchIdp[]).filter((key) => facts.idps[key]?.provisioning === true && facts.idps[key]?.builtBy !== 'third_party');
}

/**
 * The catalog's SCIM availability for a research status. "partial" becomes what the
 * research says it is: SCIM through exactly one IdP is idp-only; anything else that has
 * an endpoint stays native with its gaps in the operations. "unknown" with a documented
 * endpoint is native SCIM on an undocumented plan.
 */
export function availabilityOf(facts: ResearchFacts): { availability: 'native' | 'idp-only' | 'none' | 'unknown'; via?: string[] } {
  const generic = facts.rowIdp.generic === true;
  const connectors = provisioningIdps(facts);
  switch (facts.status) {
    case 'free':
    case 'gated':
      return { availability: 'native' };
    case 'partial':
      if (!generic && connectors.length >= 1) return { availability: 'idp-only', via: connectors.map((key) => RESEARCH_IDPS[key]) };
      return { availability: facts.scim.available === false ? 'unknown' : 'native' };
    case 'none': {
      // Provisioning without SCIM: an IdP's connector drives the vendor's own API.
      const apiConnectors = connectors.filter((key) => facts.idps[key]?.kind === 'api_connector');
      return apiConnectors.length ? { availability: 'idp-only', via: apiConnectors.map((key) => RESEARCH_IDPS[key]) } : { availability: 'none' };
    }
    case 'unknown':
      return { availability: facts.scim.available === true ? 'native' : 'unknown' };
  }
}

function supportOf(value: Tri): IdpSupportValue {
  return value === true ? 'full' : value === false ? 'none' : 'not-documented';
}

/** One IdP matrix row from the research's catalogue app and the row's summary value. */
function idpCell(facts: ResearchFacts, key: ResearchIdp, hasScim: boolean) {
  const app = facts.idps[key];
  const summary = facts.rowIdp[key];
  if (!app && (summary === null || summary === undefined)) return null;
  const swa = app?.kind === 'swa';
  const sso: IdpSupportValue = swa ? 'none' : app ? supportOf(app.sso) : summary === 'sso_only' || summary === 'native' ? 'full' : 'not-documented';
  let scim: IdpSupportValue = 'not-documented';
  let source = app?.url ? { title: app.sourceTitle ?? `${IDP_CATALOGUE[key]}: ${facts.vendor}`, url: app.url } : undefined;
  let note = app?.note ?? undefined;
  if (app?.provisioning === true) scim = app.builtBy === 'third_party' ? 'third-party' : app.kind === 'directory_sync' ? 'directory-sync' : 'full';
  else if (summary === 'via_generic' && hasScim && facts.rowIdp.generic === true) {
    // No catalogue app provisions, but the vendor documents a standard endpoint this IdP can call.
    scim = 'full';
    note ??= 'No catalogue app provisions; a custom SCIM app pointed at the vendor\'s documented SCIM 2.0 endpoint does.';
    if (!source && facts.scimDocsUrl) source = { title: `${facts.vendor} SCIM documentation`, url: facts.scimDocsUrl };
  } else if (app?.provisioning === false || swa || summary === 'sso_only' || summary === 'none') scim = facts.jit === true && sso === 'full' ? 'jit' : 'none';
  // A provisioning fact with no catalogue page rests on the vendor's own setup guide.
  if (!source && (scim === 'full' || scim === 'directory-sync') && facts.scimDocsUrl) source = { title: `${facts.vendor} SCIM documentation`, url: facts.scimDocsUrl };
  if (scim === 'none' && !app && summary === 'none') return null;
  // A row that says nothing either way and cites nothing adds no answer to the matrix.
  if (sso === 'not-documented' && scim === 'not-documented' && !source && !note) return null;
  return { idp: RESEARCH_IDPS[key], sso, scim, ...(note && { note }), ...(source && { source }) };
}

const defined = <T extends Json>(value: T): T => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0))) as T;

/** The entry a research file supports, as plain data ready for YAML. */
export function draftFromResearch(facts: ResearchFacts, context: DraftContext): Json {
  const { availability, via } = availabilityOf(facts);
  const hasScim = availability === 'native' || availability === 'idp-only';
  // Plan names must be unique; the first of a repeated name wins.
  const plans = facts.plans.filter((plan, index) => plan.name && facts.plans.findIndex((other) => other.name === plan.name) === index);
  const names = new Set(plans.map((plan) => plan.name));
  const scimPlan = hasScim && facts.scimPlan && names.has(facts.scimPlan) && plans.find((p) => p.name === facts.scimPlan)?.scim !== false ? facts.scimPlan : undefined;
  const ssoPlan = facts.ssoPlan && names.has(facts.ssoPlan) && plans.find((p) => p.name === facts.ssoPlan)?.sso !== false ? facts.ssoPlan : undefined;
  const ops = facts.scim.operations;
  const operations = defined({
    create: ops.create,
    update: ops.update,
    deactivate: ops.deactivate,
    reactivate: ops.reactivate,
    delete: ops.delete,
    // Memberships the IdP manages; a Groups endpoint alone may only be read by the IdP.
    groups: ops.groupMembership,
    groupPush: ops.groupPush,
  });
  const category = facts.category && context.categories.has(facts.category) ? facts.category : (facts.datasetCategory && DATASET_CATEGORIES[facts.datasetCategory]) || 'industry-platforms';
  const editor = facts.editor;
  const sources = dedupeSources([
    ...(facts.pricingUrl ? [{ title: `${facts.vendor} pricing`, url: facts.pricingUrl }] : []),
    ...(facts.scimDocsUrl ? [{ title: `${facts.vendor} SCIM documentation`, url: facts.scimDocsUrl }] : []),
    ...(facts.ssoDocsUrl ? [{ title: `${facts.vendor} SSO documentation`, url: facts.ssoDocsUrl }] : []),
    ...facts.sources,
  ]);
  const idps = (Object.keys(RESEARCH_IDPS) as ResearchIdp[])
    .filter((key) => !context.idps || context.idps.has(RESEARCH_IDPS[key]))
    .map((key) => idpCell(facts, key, hasScim))
    .filter(Boolean);
  const scim = defined({
    availability,
    via,
    note: editor?.scimNote ?? undefined,
    plan: scimPlan,
    ssoRequired: hasScim ? facts.scim.ssoRequired : undefined,
    version: hasScim && (facts.scim.version === '2.0' || facts.scim.version === '1.1') ? facts.scim.version : undefined,
    baseUrl: hasScim ? facts.scim.baseUrl : undefined,
    auth: hasScim && facts.scim.authMethod && ['bearer', 'oauth2', 'basic', 'other'].includes(facts.scim.authMethod) ? facts.scim.authMethod : undefined,
    tokenSource: hasScim ? facts.scim.tokenSource : undefined,
    operations: hasScim && Object.keys(operations).length ? operations : undefined,
    attributes: hasScim ? [...new Set(facts.scim.attributes)].slice(0, 20) : undefined,
    rolesNote: hasScim ? facts.scim.roles : undefined,
    deprovisioning: hasScim && facts.scim.deprovision.action ? DEPROVISION_ACTION[facts.scim.deprovision.action] : undefined,
    deprovisioningNote: hasScim ? editor?.deprovisioningNote : undefined,
    freesSeat: hasScim ? facts.scim.deprovision.freesSeat : undefined,
    endsSessions: hasScim ? facts.scim.deprovision.revokesSessions : undefined,
    userData: hasScim ? facts.scim.deprovision.data : undefined,
    docsUrl: facts.scimDocsUrl,
    docsPublic: facts.scimDocsUrl ? undefined : false,
  });
  const sso = defined({
    availability: facts.ssoAvailable === true ? 'available' : facts.ssoAvailable === false ? 'none' : 'unknown',
    protocols: facts.ssoProtocols.filter((protocol) => protocol === 'saml' || protocol === 'oidc'),
    plan: facts.ssoAvailable === true ? ssoPlan : undefined,
    jit: facts.jit,
    docsUrl: facts.ssoDocsUrl,
    note: editor?.ssoNote ?? undefined,
  });
  return defined({
    name: facts.vendor,
    aliases: facts.aliases.filter((alias) => alias !== facts.vendor),
    vendorUrl: facts.vendorUrl ?? facts.pricingUrl ?? undefined,
    category,
    scim,
    sso,
    plans: plans.map((plan) => {
      const { price, seatNote } = normalisePrice(plan.price);
      return defined({
        name: plan.name,
        price,
        sso: plan.sso,
        // A plan cannot claim SCIM when the entry says the app has none, and when the data
        // set calls the gate unknown a plan flag would claim more than it does.
        scim: hasScim && facts.status !== 'unknown' ? plan.scim : plan.scim === true ? undefined : plan.scim,
        addOn: plan.addOn || undefined,
        note: [plan.note, seatNote].filter(Boolean).join(' ') || undefined,
      });
    }),
    pricingNote: editor?.pricingNote ?? undefined,
    idps,
    limitations: editor?.limitations,
    sources,
    provenance: {
      // Research that cites nothing but a pricing page has not checked the SCIM facts: the
      // entry stays a draft for an editor, with the data set's row kept.
      method: sources.every((source) => isPricingPage(source)) ? 'draft' : 'research-dataset',
      dataset: datasetRow(facts, (status) => agreesWithDataset({ availability, planKnown: Boolean(scimPlan) || plans.some((plan) => plan.scim === true && hasScim && facts.status !== 'unknown') }, status), context.publishedStatus),
    },
    lastVerified: facts.researchedAt,
  });
}

/**
 * An extra-seat price with no stated number of included seats cannot be costed: keep the
 * figure in the plan's note rather than guess how many users the base price covers.
 */
function normalisePrice(input: Price): { price: Price; seatNote?: string } {
  // A "range" whose top is not above its bottom is one price.
  const price = input.upTo !== undefined && input.amount !== undefined && input.upTo <= input.amount ? (({ upTo: _, ...rest }) => rest as Price)(input) : input;
  if (!price.extraSeat || price.includedSeats !== undefined) return { price };
  const { extraSeat, ...rest } = price;
  const period = extraSeat.unit === 'per-user-month' ? 'month' : 'year';
  return { price: rest as Price, seatNote: `Each user adds ${extraSeat.amount} ${price.currency ?? 'USD'} a ${period}; how many users the base price covers is not stated.` };
}

function dedupeSources(sources: { title: string; url: string }[]) {
  const seen = new Set<string>();
  return sources.filter((source) => {
    const key = source.url.replace(/\/$/, '');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Facts from the research that an editor-checked entry (provenance vendor-docs) lacks,
 * added without touching what the editor wrote: IdP cell sources, the SCIM docs link,
 * deprovisioning details, aliases and the data set row.
 */
export function enrichChecked(existing: Json, facts: ResearchFacts, publishedStatus?: DatasetStatus): { additions: Json; agrees: boolean } {
  const draft = draftFromResearch(facts, { slug: facts.slug, categories: new Set() });
  const scim = obj(existing.scim);
  const draftScim = obj(draft.scim);
  const additions: Json = {};
  // Deprovisioning details describe one action; they are added only when the research
  // describes the same action the editor recorded, so the entry cannot contradict itself.
  const sameAction = scim.deprovisioning === undefined || scim.deprovisioning === draftScim.deprovisioning;
  const scimAdditions = defined({
    docsUrl: scim.docsUrl ? undefined : draftScim.docsUrl,
    // The research found no SCIM documentation either: say so rather than leave it open.
    docsPublic: scim.docsUrl || draftScim.docsUrl || scim.docsPublic !== undefined ? undefined : false,
    freesSeat: sameAction ? (scim.freesSeat ?? draftScim.freesSeat) : undefined,
    endsSessions: sameAction ? (scim.endsSessions ?? draftScim.endsSessions) : undefined,
    userData: sameAction ? (scim.userData ?? draftScim.userData) : undefined,
  });
  if (Object.keys(scimAdditions).length) additions.scim = scimAdditions;
  const aliases = list(draft.aliases).filter((alias) => alias !== existing.name);
  if (!existing.aliases && aliases.length) additions.aliases = aliases;
  const draftCells = new Map(list(draft.idps).map((cell) => [String(obj(cell).idp), obj(cell)]));
  const cellSources = list(existing.idps).map((cell) => {
    const c = obj(cell);
    return c.source ? null : (draftCells.get(String(c.idp))?.source ?? null);
  });
  if (cellSources.some(Boolean)) additions.idpSources = cellSources;
  const availability = String(scim.availability);
  const agrees = agreesWithDataset({ availability, planKnown: scimPlanKnown({ scim: { plan: scim.plan as string | undefined }, plans: list(existing.plans).map(obj) }) }, publishedStatus ?? facts.status);
  additions.dataset = { release: '2026-10', slug: facts.slug, status: publishedStatus ?? facts.status };
  return { additions, agrees };
}
