/**
 * The schema of one catalog entry (`content/apps/<slug>.md` front matter).
 *
 * This module is the single source of truth: the Astro content collection, the
 * command-line validator and the generated JSON Schema all come from here. It imports
 * only `astro/zod`, so plain Node scripts can use it without an Astro build.
 *
 * Vocabularies (categories, IdPs) live in data files, so the entry schema is made by a
 * factory that receives their ids: an unknown category is then an ordinary schema error
 * with a message that lists the allowed values.
 */
import { z } from 'astro/zod';

/** Values an IdP matrix cell can take. `not-documented` is an answer, not a gap. */
export const IDP_SUPPORT = ['full', 'jit', 'third-party', 'none', 'not-documented'] as const;
export type IdpSupport = (typeof IDP_SUPPORT)[number];

/** How an app offers SCIM: its own endpoint, only through one IdP's integration, not at all, or unknown. */
export const SCIM_AVAILABILITY = ['native', 'idp-only', 'none', 'unknown'] as const;
export type ScimAvailability = (typeof SCIM_AVAILABILITY)[number];

export const SSO_AVAILABILITY = ['available', 'none', 'unknown'] as const;
export const SSO_PROTOCOLS = ['saml', 'oidc', 'oauth', 'ws-fed', 'cas'] as const;
export type SsoProtocol = (typeof SSO_PROTOCOLS)[number];

/** What the app does to a user that the IdP unassigns. */
export const DEPROVISIONING = ['deactivate', 'delete', 'suspend', 'remove-access', 'unknown'] as const;
export type Deprovisioning = (typeof DEPROVISIONING)[number];

export const PRICE_UNITS = [
  'per-user-month',
  'per-user-year',
  /** Per host, device, location, screen…: named by `meter`; not comparable across team sizes. */
  'per-unit-month',
  'per-unit-year',
  'flat-month',
  'flat-year',
  'free',
  'quote',
] as const;
export type PriceUnit = (typeof PRICE_UNITS)[number];
export type PricedUnit = Exclude<PriceUnit, 'free' | 'quote'>;
export const SEAT_UNITS = ['per-user-month', 'per-user-year'] as const;
export const METERED_UNITS = ['per-unit-month', 'per-unit-year'] as const;

/** ISO 4217 codes the catalog accepts. Add one here when a vendor prices in it. */
export const CURRENCIES = [
  'USD', 'EUR', 'GBP', 'CAD', 'AUD', 'NZD', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK',
  'JPY', 'INR', 'BRL', 'MXN', 'SGD', 'HKD', 'ZAR', 'ILS',
] as const;
export type Currency = (typeof CURRENCIES)[number];

export const DECISIONS = ['native-scim', 'alternative-workflow', 'manual'] as const;
export type Decision = (typeof DECISIONS)[number];

export const SCIM_OPERATIONS = ['create', 'update', 'deactivate', 'delete', 'groups', 'groupPush'] as const;
export type ScimOperation = (typeof SCIM_OPERATIONS)[number];

/** A URL readers can follow. Only https: sources must be trustworthy and safe to link. */
const httpsUrl = z
  .url({ protocol: /^https$/, error: 'expected an https:// URL (for example https://vendor.com/pricing)' });

const text = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  // The scaffolder's placeholder: a scaffolded entry does not pass until it is replaced.
  .refine((value) => value !== 'TODO', 'replace the TODO placeholder with the real value');

/** A calendar date written as YYYY-MM-DD. YAML may hand us a Date or a string. */
const isoDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.iso.date({ error: 'expected a date written as YYYY-MM-DD, for example 2026-01-11' }),
);

export const sourceSchema = z.strictObject({
  title: text,
  url: httpsUrl,
});
export type Source = z.infer<typeof sourceSchema>;

const amount = z.number({ error: 'expected a number, without currency symbols' }).nonnegative('must not be negative');

/** An estimate for a quote-only plan. It must say where it comes from. */
export const estimateSchema = z.strictObject({
  amount: amount,
  upTo: amount.optional(),
  unit: z.enum(['per-user-month', 'per-user-year', 'flat-month', 'flat-year']),
  /** What a per-user price counts, when the vendor calls it something else (agent, editor…). */
  meter: text.optional(),
  currency: z.enum(CURRENCIES).default('USD'),
  source: sourceSchema,
  note: text.optional(),
});
export type Estimate = z.infer<typeof estimateSchema>;

export const priceSchema = z
  .strictObject({
    unit: z.enum(PRICE_UNITS),
    amount: amount.optional(),
    /** The top of a published range ("$300–1,000/month"). */
    upTo: amount.optional(),
    /** The vendor publishes a starting price ("from $199/month"). */
    from: z.boolean().default(false),
    currency: z.enum(CURRENCIES).default('USD'),
    /**
     * What the price counts. Required for per-unit prices (host, device, location…);
     * optional for per-user prices whose vendor says seat, agent or editor.
     */
    meter: text.optional(),
    estimate: estimateSchema.optional(),
  })
  .superRefine((price, ctx) => {
    if ((price.unit === 'per-unit-month' || price.unit === 'per-unit-year') && !price.meter) {
      ctx.addIssue({ code: 'custom', path: ['meter'], message: `a "${price.unit}" price needs meter: what one unit is (host, device, location…)` });
    }
    if (price.meter && (price.unit === 'free' || price.unit === 'quote' || price.unit === 'flat-month' || price.unit === 'flat-year')) {
      ctx.addIssue({ code: 'custom', path: ['meter'], message: `meter only applies to per-user and per-unit prices, not "${price.unit}"` });
    }
    const priced = price.unit !== 'quote' && price.unit !== 'free';
    if (priced && price.amount === undefined) {
      ctx.addIssue({ code: 'custom', path: ['amount'], message: `a "${price.unit}" price needs an amount; use unit: quote when the vendor publishes none` });
    }
    if (!priced && (price.amount !== undefined || price.upTo !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['amount'], message: `a "${price.unit}" price has no amount; remove amount/upTo or change the unit` });
    }
    // Beyond these, a number is a typo (an extra zero, cents typed as dollars), not a price.
    const ceiling = price.unit === 'flat-month' || price.unit === 'flat-year' ? 10_000_000 : 10_000;
    for (const [field, value] of [['amount', price.amount], ['upTo', price.upTo]] as const) {
      if (value !== undefined && value > ceiling) {
        ctx.addIssue({ code: 'custom', path: [field], message: `${value} is not a believable "${price.unit}" price (over ${ceiling.toLocaleString('en-US')}); check for a typo` });
      }
    }
    if (price.upTo !== undefined && price.amount !== undefined && price.upTo <= price.amount) {
      ctx.addIssue({ code: 'custom', path: ['upTo'], message: 'upTo must be greater than amount (it is the top of a range)' });
    }
    if (price.estimate && price.unit !== 'quote') {
      ctx.addIssue({ code: 'custom', path: ['estimate'], message: 'an estimate belongs only to a plan priced by quote (unit: quote)' });
    }
  });
export type Price = z.infer<typeof priceSchema>;

export const planSchema = z.strictObject({
  name: text,
  price: priceSchema,
  /** Omitted means the vendor does not say. */
  sso: z.boolean().optional(),
  scim: z.boolean().optional(),
  /** Sold on top of another plan rather than as a tier of its own. */
  addOn: z.boolean().default(false),
  /** The most users the plan allows; a team larger than this cannot buy it. */
  maxUsers: z.number().int().positive().optional(),
  note: text.optional(),
});
export type Plan = z.infer<typeof planSchema>;

const operationsSchema = z.strictObject(
  Object.fromEntries(SCIM_OPERATIONS.map((op) => [op, z.boolean().optional()])) as Record<
    ScimOperation,
    z.ZodOptional<z.ZodBoolean>
  >,
);

export const limitationSchema = z.strictObject({ title: text, detail: text });
export const quoteSchema = z.strictObject({
  text: text,
  /** Who said it, as the source names them (a role or handle is fine). */
  attribution: text.optional(),
  source: sourceSchema,
});
/**
 * A third party's snapshot of what SSO (and sometimes SCIM) costs against the base price,
 * kept with its date so pages can say how old it is.
 */
export const reportedPricesSchema = z.strictObject({
  base: priceSchema,
  sso: priceSchema,
  scim: priceSchema.optional(),
  asOf: isoDate,
  source: sourceSchema,
  note: text.optional(),
});
export type ReportedPrices = z.infer<typeof reportedPricesSchema>;

export const decisionRowSchema = z.strictObject({
  situation: text,
  recommendation: z.enum(DECISIONS),
  why: text,
});

/** Fields the entry-level rules read; a problem in one of them postpones those rules. */
const CROSS_CHECKED = new Set(['plans', 'scim', 'sso', 'idps', 'configuration', 'limitations', 'decision', 'related', 'lastVerified', 'deep', 'summary', 'recommendation', 'bottomLine']);

/** Build the entry schema for the given vocabularies. */
export function createAppSchema(vocabulary: { categories: readonly string[]; idps: readonly string[] }) {
  // An enum, so the generated JSON Schema lists the allowed ids for editors' autocompletion.
  const vocabEnum = (ids: readonly string[], file: string, what: string) =>
    z.enum(ids as [string, ...string[]], {
      error: (issue) => `"${String(issue.input)}" is not ${what} in content/${file}; use one of: ${ids.join(', ')}`,
    });
  const category = vocabEnum(vocabulary.categories, 'categories.yaml', 'a category');
  const idp = vocabEnum(vocabulary.idps, 'idps.yaml', 'an identity provider');

  const idpCellSchema = z.strictObject({
    idp,
    sso: z.enum(IDP_SUPPORT),
    scim: z.enum(IDP_SUPPORT),
    note: text.optional(),
    source: sourceSchema.optional(),
  });

  const configurationSchema = z.strictObject({
    idp,
    integrationType: text,
    prerequisite: text.optional(),
    whereToEnable: text.optional(),
    credentials: z.array(text).optional(),
    steps: z.array(text).optional(),
    trigger: text.optional(),
    notes: z.array(text).optional(),
    docsUrl: httpsUrl.optional(),
  });

  const scimSchema = z
    .strictObject({
      availability: z.enum(SCIM_AVAILABILITY),
      /** For `idp-only`: the IdPs whose own connectors provide provisioning (often just one). */
      via: z.array(idp).min(1, 'name at least one IdP').optional(),
      /** Caveats in a sentence or two: split plans, implied tiers, conflicting signals. */
      note: text.optional(),
      /** The plan SCIM needs; must be a name in `plans`. */
      plan: text.optional(),
      ssoRequired: z.boolean().optional(),
      version: z.enum(['1.1', '2.0']).optional(),
      operations: operationsSchema.optional(),
      /** Attributes the app accepts; omit when the vendor does not publish them. */
      attributes: z.array(text).optional(),
      roles: z.array(text).optional(),
      rolesNote: text.optional(),
      deprovisioning: z.enum(DEPROVISIONING).optional(),
      deprovisioningNote: text.optional(),
      prerequisites: z.array(text).optional(),
      docsUrl: httpsUrl.optional(),
    })
    .superRefine((scim, ctx) => {
      if (scim.availability === 'idp-only' && !scim.via) {
        ctx.addIssue({ code: 'custom', path: ['via'], message: 'availability "idp-only" needs via: the ids of the IdPs whose connectors provide provisioning, for example [okta]' });
      }
      if (scim.availability !== 'idp-only' && scim.via) {
        ctx.addIssue({ code: 'custom', path: ['via'], message: 'via is only for availability "idp-only"; remove it or change availability' });
      }
      if ((scim.availability === 'none' || scim.availability === 'unknown') && scim.plan) {
        ctx.addIssue({ code: 'custom', path: ['plan'], message: `an app whose SCIM availability is "${scim.availability}" has no SCIM plan; remove plan` });
      }
    });

  const ssoSchema = z.strictObject({
    availability: z.enum(SSO_AVAILABILITY),
    protocols: z.array(z.enum(SSO_PROTOCOLS)).optional(),
    plan: text.optional(),
    /** Sign-in providers offered on every plan at no extra cost (Google, Microsoft…). */
    socialProviders: z.array(text).optional(),
    /** Prices reported by a third party for the plan without SSO and the plan with it. */
    reportedPrices: reportedPricesSchema.optional(),
    note: text.optional(),
  });

  return z
    .strictObject({
      /** A deep guide: the build checks that it has every section such a guide needs. */
      deep: z.boolean().default(false),
      name: text,
      vendorUrl: httpsUrl,
      category,
      /** A path under public/ (for example /logos/slack.svg) or an https URL. */
      logo: z.union([z.string().regex(/^\/[\w./-]+\.(svg|png|webp)$/, 'expected /logos/<file>.svg|png|webp'), httpsUrl]).optional(),
      summary: text.optional(),
      recommendation: text.optional(),
      scim: scimSchema,
      sso: ssoSchema.optional(),
      plans: z.array(planSchema).optional(),
      /** How the vendor prices: per seat, per volume, quotes... */
      pricingNote: text.optional(),
      idps: z.array(idpCellSchema).optional(),
      configuration: z.array(configurationSchema).optional(),
      limitations: z.array(limitationSchema).optional(),
      bundledFeatures: z.array(text).optional(),
      complaints: z.array(text).optional(),
      quotes: z.array(quoteSchema).optional(),
      decision: z.array(decisionRowSchema).optional(),
      bottomLine: text.optional(),
      related: z.array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected the slug of another entry, for example bill-com')).optional(),
      sources: z.array(sourceSchema).min(1, 'list at least one source (title and https URL)'),
      lastVerified: isoDate,
    })
    .superRefine((app, ctx) => {
      const planNames = (app.plans ?? []).map((plan) => plan.name);
      const checkPlan = (name: string | undefined, path: (string | number)[], flag: 'scim' | 'sso') => {
        if (name === undefined) return;
        const index = planNames.indexOf(name);
        if (index === -1) {
          ctx.addIssue({
            code: 'custom',
            path,
            message: planNames.length
              ? `"${name}" is not in this entry's plans (${planNames.join(', ')}); use one of those names or add the plan`
              : `"${name}" is named but the entry has no plans list; add plans with a plan named "${name}"`,
          });
        } else if (app.plans?.[index]?.[flag] === false) {
          ctx.addIssue({ code: 'custom', path: ['plans', index, flag], message: `plan "${name}" is named in ${path.join('.')} but says ${flag}: false` });
        }
      };
      checkPlan(app.scim.plan, ['scim', 'plan'], 'scim');
      if (app.scim.availability === 'none' || app.scim.availability === 'unknown') {
        (app.plans ?? []).forEach((plan, index) => {
          if (plan.scim === true) {
            ctx.addIssue({
              code: 'custom',
              path: ['plans', index, 'scim'],
              message: `plan "${plan.name}" says scim: true, but scim.availability is "${app.scim.availability}"; one of them is wrong`,
            });
          }
        });
      }
      checkPlan(app.sso?.plan, ['sso', 'plan'], 'sso');

      const seen = new Map<string, number>();
      planNames.forEach((name, index) => {
        if (seen.has(name)) ctx.addIssue({ code: 'custom', path: ['plans', index, 'name'], message: `plan "${name}" is listed twice` });
        seen.set(name, index);
      });
      const idpsSeen = new Set<string>();
      (app.idps ?? []).forEach((cell, index) => {
        if (idpsSeen.has(cell.idp)) ctx.addIssue({ code: 'custom', path: ['idps', index, 'idp'], message: `IdP "${cell.idp}" has two rows in the matrix` });
        idpsSeen.add(cell.idp);
      });
      if (new Date(`${app.lastVerified}T00:00:00Z`).getTime() > Date.now()) {
        ctx.addIssue({ code: 'custom', path: ['lastVerified'], message: `${app.lastVerified} is in the future; use the date you checked the sources` });
      }
      if (app.deep) checkDeepGuide(app, ctx);
    }, {
      // zod skips refinements once any field has failed; these cross-field rules still run
      // when the fields they read are sound, so an editor sees every problem at once.
      when: (payload) => !payload.issues.some((issue) => CROSS_CHECKED.has(String(issue.path?.[0] ?? ''))),
    });
}

/** What a deep guide must have beyond a short entry. Each miss names the field to add. */
function checkDeepGuide(app: DeepCheckInput, ctx: z.RefinementCtx) {
  const need = (ok: boolean, path: (string | number)[], what: string) => {
    if (!ok) ctx.addIssue({ code: 'custom', path, message: `a deep guide (deep: true) needs ${what}` });
  };
  need(Boolean(app.summary), ['summary'], 'a summary');
  need(Boolean(app.recommendation), ['recommendation'], 'a recommendation');
  need(Boolean(app.plans?.length), ['plans'], 'a plans list');
  need((app.idps?.length ?? 0) >= 3, ['idps'], 'an IdP matrix with at least three IdPs');
  (app.idps ?? []).forEach((cell, index) => need(Boolean(cell.note), ['idps', index, 'note'], 'a note on every IdP matrix row'));
  for (const idp of ['okta', 'entra-id']) {
    need(Boolean(app.configuration?.some((block) => block.idp === idp)), ['configuration'], `a configuration block for ${idp}`);
  }
  if (app.scim.availability === 'native' || app.scim.availability === 'idp-only') {
    need(Object.values(app.scim.operations ?? {}).some((value) => value !== undefined), ['scim', 'operations'], 'scim.operations (technical specifications)');
    need(app.scim.deprovisioning !== undefined, ['scim', 'deprovisioning'], 'scim.deprovisioning (technical specifications)');
  }
  need(Boolean(app.limitations?.length), ['limitations'], 'limitations');
  need(Boolean(app.decision?.length), ['decision'], 'a decision table');
  need(Boolean(app.bottomLine), ['bottomLine'], 'a bottom line');
  const related = app.related?.length ?? 0;
  need(related >= 3 && related <= 6, ['related'], 'between 3 and 6 related apps');
}

interface DeepCheckInput {
  summary?: string | undefined;
  recommendation?: string | undefined;
  plans?: unknown[] | undefined;
  idps?: { note?: string | undefined }[] | undefined;
  configuration?: { idp: string }[] | undefined;
  scim: { availability: ScimAvailability; operations?: Record<string, boolean | undefined> | undefined; deprovisioning?: string | undefined };
  limitations?: unknown[] | undefined;
  decision?: unknown[] | undefined;
  bottomLine?: string | undefined;
  related?: string[] | undefined;
}

export type AppSchema = ReturnType<typeof createAppSchema>;
export type AppData = z.infer<AppSchema>;
export type IdpCell = NonNullable<AppData['idps']>[number];
export type IdpConfiguration = NonNullable<AppData['configuration']>[number];

/** content/categories.yaml: one entry per category. */
export const categorySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: text,
  description: text,
});
export type Category = z.infer<typeof categorySchema>;

/** content/idps.yaml: the identity providers the matrix can name. */
export const idpSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: text,
  /** Sorting weight in matrices: the big four first. */
  order: z.number().int(),
  /** Other names readers search for (former names, abbreviations). */
  aliases: z.array(text).optional(),
  description: text,
});
export type Idp = z.infer<typeof idpSchema>;
