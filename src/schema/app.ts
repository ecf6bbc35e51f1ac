/**
 * The schema of one catalog entry (`content/apps/<slug>.md` front matter), composed from
 * one module per concept: common, price, plan, scim, sso, idp-matrix, provenance, guide
 * and vocabulary.
 *
 * This family is the single source of truth: the Astro content collection, the
 * command-line validator and the generated JSON Schema all come from here. It imports
 * only `astro/zod`, so plain Node scripts can use it without an Astro build.
 *
 * Vocabularies (categories, IdPs) live in data files, so the entry schema is made by a
 * factory that receives their ids: an unknown category is then an ordinary schema error
 * with a message that lists the allowed values.
 */
import { z } from 'astro/zod';
import { httpsUrl, isoDate, sourceSchema, text } from './common.ts';
import { decisionRowSchema, limitationSchema, quoteSchema } from './guide.ts';
import { createConfigurationSchema, createIdpCellSchema } from './idp-matrix.ts';
import { planSchema } from './plan.ts';
import { agreesWithDataset, provenanceSchema, scimPlanKnown } from './provenance.ts';
import { createScimSchema, type ScimAvailability } from './scim.ts';
import { ssoSchema } from './sso.ts';
import { vocabularyEnum } from './vocabulary.ts';

export * from './common.ts';
export * from './price.ts';
export * from './plan.ts';
export * from './scim.ts';
export * from './sso.ts';
export * from './idp-matrix.ts';
export * from './provenance.ts';
export * from './guide.ts';
export * from './vocabulary.ts';

/** Fields the entry-level rules read; a problem in one of them postpones those rules. */
const CROSS_CHECKED = new Set(['plans', 'scim', 'sso', 'idps', 'configuration', 'limitations', 'decision', 'related', 'lastVerified', 'deep', 'summary', 'recommendation', 'bottomLine', 'provenance']);

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected the slug of another entry, for example bill-com');

/** Build the entry schema for the given vocabularies. */
export function createAppSchema(vocabulary: { categories: readonly string[]; idps: readonly string[] }) {
  const category = vocabularyEnum(vocabulary.categories, 'categories.yaml', 'a category');
  const idp = vocabularyEnum(vocabulary.idps, 'idps.yaml', 'an identity provider');

  return z
    .strictObject({
      deep: z.boolean().default(false).describe('A deep guide: the build checks that it has every section such a guide needs.'),
      name: text.describe('The product\'s name as the vendor writes it today.'),
      aliases: z.array(text).optional().describe('Former and alternative names (before a rebrand, a parent company\'s name for it); search finds the app by them.'),
      vendorUrl: httpsUrl.describe('The product\'s home page.'),
      category: category.describe('The category id from content/categories.yaml.'),
      logo: z.union([z.string().regex(/^\/[\w./-]+\.(svg|png|webp)$/, 'expected /logos/<file>.svg|png|webp'), httpsUrl]).optional().describe('A path under public/ (for example /logos/slack.svg) or an https URL.'),
      summary: text.optional().describe('Two or three sentences for the top of the guide; derived from the facts when omitted.'),
      recommendation: text.optional().describe('What most teams should do, in a sentence or two.'),
      scim: createScimSchema(idp),
      sso: ssoSchema.optional(),
      plans: z.array(planSchema).optional().describe('The vendor\'s plans, cheapest first, add-ons after the tiers they extend.'),
      pricingNote: text.optional().describe('How the vendor prices (per seat, per volume, quotes…), in your own words.'),
      idps: z.array(createIdpCellSchema(idp)).optional().describe('The IdP matrix: one row per identity provider.'),
      configuration: z.array(createConfigurationSchema(idp)).optional().describe('Setup guides, one per identity provider.'),
      limitations: z.array(limitationSchema).optional().describe('What SCIM or the app does not do.'),
      bundledFeatures: z.array(text).optional().describe('What else the SCIM plan brings, so readers can judge the upgrade.'),
      complaints: z.array(text).optional().describe('Recurring complaints from public threads; each needs its thread in sources.'),
      quotes: z.array(quoteSchema).optional().describe('Admins\' public statements, each with its source.'),
      decision: z.array(decisionRowSchema).optional().describe('The decision table: situations and what to do in each.'),
      bottomLine: text.optional().describe('The guide\'s conclusion in two or three sentences.'),
      related: z.array(slug).optional().describe('Slugs of related entries (alternatives, the same vendor\'s other products); derived when omitted.'),
      sources: z.array(sourceSchema).min(1, 'list at least one source (title and https URL)').describe('The vendor pages the facts come from. At least one.'),
      provenance: provenanceSchema,
      lastVerified: isoDate.describe('The day the facts were last checked against their sources (by an editor, or by the research data set named in provenance).'),
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
      const dataset = app.provenance.dataset;
      if (dataset && !dataset.statusNote && !agreesWithDataset({ availability: app.scim.availability, planKnown: scimPlanKnown(app) }, dataset.status)) {
        ctx.addIssue({
          code: 'custom',
          path: ['provenance', 'dataset', 'statusNote'],
          message: `scim.availability "${app.scim.availability}" differs from the data set's status "${dataset.status}"; add statusNote saying why, and cite the vendor page in sources`,
        });
      }
      if (app.provenance.method !== 'draft') checkChecked(app, ctx);
      checkSelfConsistent(app, ctx);
      if (app.deep) checkDeepGuide(app, ctx);
    }, {
      // zod skips refinements once any field has failed; these cross-field rules still run
      // when the fields they read are sound, so an editor sees every problem at once.
      when: (payload) => !payload.issues.some((issue) => CROSS_CHECKED.has(String(issue.path?.[0] ?? ''))),
    });
}

/** A pricing or plans page: it rarely says anything about SCIM, so it cannot be an entry's only source. */
export function isPricingPage(source: { title: string; url: string }): boolean {
  return /\/(pricing|plans|plans-and-pricing|products-and-pricing|compare-plans)(\/|$|\?|#|\.)/i.test(new URL(source.url).pathname + '/') || /\bpric(e|es|ing)\b|\bplans\b/i.test(source.title);
}

/** What a checked entry (not a draft) must show: where its SCIM facts are documented. */
function checkChecked(app: { scim: { docsUrl?: string | undefined; docsPublic?: boolean | undefined }; sources: { title: string; url: string }[]; provenance: { method: string } }, ctx: z.RefinementCtx) {
  if (!app.scim.docsUrl && app.scim.docsPublic !== false) {
    ctx.addIssue({ code: 'custom', path: ['scim', 'docsUrl'], message: 'name the vendor\'s SCIM documentation in scim.docsUrl, or state docsPublic: false when none is public' });
  }
  if (app.sources.every(isPricingPage)) {
    ctx.addIssue({ code: 'custom', path: ['sources'], message: `a pricing page rarely says anything about SCIM; cite the vendor page that states the SCIM facts (only a draft may rest on pricing pages alone)` });
  }
}

/** An entry that says it has no SCIM (or does not know) cannot describe SCIM behaviour. */
function checkSelfConsistent(app: { scim: { availability: ScimAvailability; operations?: Record<string, boolean | undefined> | undefined; deprovisioning?: string | undefined; freesSeat?: boolean | undefined }; idps?: { idp: string; scim: string }[] | undefined }, ctx: z.RefinementCtx) {
  const { availability } = app.scim;
  if (availability !== 'none' && availability !== 'unknown') return;
  const said = `scim.availability is "${availability}"`;
  // "unknown" is about the vendor's own documentation; an IdP's catalogue may still show a
  // provisioning app, so only "none" rules out an IdP that provisions in full.
  if (Object.values(app.scim.operations ?? {}).some((value) => value === true)) {
    ctx.addIssue({ code: 'custom', path: ['scim', 'operations'], message: `${said}, yet operations are marked as supported; one of them is wrong` });
  }
  if (app.scim.deprovisioning !== undefined && app.scim.deprovisioning !== 'unknown') {
    ctx.addIssue({ code: 'custom', path: ['scim', 'deprovisioning'], message: `${said}, yet deprovisioning is described; one of them is wrong` });
  }
  (app.idps ?? []).forEach((cell, index) => {
    if (availability === 'none' && cell.scim === 'full') ctx.addIssue({ code: 'custom', path: ['idps', index, 'scim'], message: `${said}, yet ${cell.idp} is said to provision it in full; use idp-only with via, or correct the cell` });
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
