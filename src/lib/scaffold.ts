/**
 * The text of a new entry: required fields with placeholders that fail validation until
 * they are filled, and the optional sections as comments to uncomment.
 */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Marks a value the editor must replace; the validator rejects it where it stands. */
export const PLACEHOLDER = 'TODO';

export function scaffoldEntry(name: string, categories: readonly string[], idps: readonly string[]): string {
  const quoted = JSON.stringify(name);
  return `---
# yaml-language-server: $schema=../../public/schema/app.schema.json
# Replace every ${PLACEHOLDER}, then run: npm run validate -- content/apps/${slugify(name)}.md
# Field reference: the site's /fields/ page (generated from src/schema/). Write in your own words.
name: ${quoted}
vendorUrl: ${PLACEHOLDER}  # https://… the vendor's home page
category: ${PLACEHOLDER}  # one of: ${categories.join(', ')}
scim:
  availability: ${PLACEHOLDER}  # native | idp-only | none | unknown
  docsUrl: ${PLACEHOLDER}  # the vendor's SCIM documentation; when none is public, write docsPublic: false instead
  # plan: Enterprise          # the plan SCIM needs; must be a name in plans below
  # ssoRequired: true         # omit when the vendor does not say
  # version: "2.0"
  # operations: { create: true, update: true, deactivate: true, delete: false, groups: true, groupPush: true }
  # deprovisioning: deactivate  # deactivate | delete | suspend | remove-access | unknown
  # docsUrl: https://…        # the vendor's SCIM documentation
# sso:
#   availability: available   # available | none | unknown
#   protocols: [saml]         # saml | oidc | oauth | ws-fed | cas
#   plan: Enterprise
# plans:                       # cheapest first
#   - name: Team
#     price: { unit: per-user-month, amount: 10, billing: annual }   # units: per-user-month, per-user-year, per-unit-month, per-unit-year, flat-month, flat-year, free, quote; seat rules: minSeats, maxSeats, includedSeats, extraSeat
#     sso: false
#     scim: false
#   - name: Enterprise
#     price: { unit: quote }
#     sso: true
#     scim: true
# idps:                        # one row per IdP: ${idps.join(', ')}
#   - { idp: okta, sso: full, scim: full, note: "…" }   # full | jit | third-party | none | not-documented
# limitations:
#   - { title: "…", detail: "…" }
# related: [other-slug]
sources:
  - title: ${PLACEHOLDER}  # for example: Vendor pricing
    url: ${PLACEHOLDER}  # https://…
provenance:
  method: vendor-docs  # vendor-docs (you read the vendor's documentation) | research-dataset | draft
lastVerified: ${PLACEHOLDER}  # the day you checked the sources, YYYY-MM-DD
---
`;
}
