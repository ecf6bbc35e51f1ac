/**
 * Exact-name keys for search. Every guide, IdP page and section of the site is indexed
 * under the keys of its names (current, former, short forms), and a query whose key
 * equals one of them puts that page first. Matching whole keys, not word parts, keeps
 * "Zoom" from landing on ZoomInfo and "Azure AD" on Azure DevOps.
 */

/** "Azure AD" → "azuread", "Bill.com" → "billcom": case, spaces and punctuation fold away. */
export function searchKey(text: string): string {
  return text.normalize('NFKD').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

export function searchKeys(names: readonly string[]): string[] {
  return [...new Set(names.map(searchKey).filter(Boolean))];
}

/** Parts of the site readers name in a query, with the words they use for them. */
export const SITE_SECTIONS: readonly { path: string; names: readonly string[] }[] = [
  { path: '/scim-tax/', names: ['SCIM tax', 'SCIM tax ranking', 'SCIM tax index', 'ranking', 'price ranking', 'SSO tax'] },
  { path: '/compare/', names: ['compare', 'comparison', 'comparison table', 'compare apps', 'all apps'] },
  { path: '/data/', names: ['open data', 'data', 'download', 'CSV', 'JSON', 'API'] },
  { path: '/fields/', names: ['fields', 'field reference', 'schema', 'JSON schema'] },
  { path: '/categories/', names: ['categories', 'category'] },
  { path: '/idps/', names: ['identity providers', 'IdPs', 'IdP'] },
  { path: '/about/', names: ['about', 'methodology', 'credits', 'sources'] },
  { path: '/stack/', names: ['stack', 'stack calculator', 'your stack', 'calculator'] },
  { path: '/freshness/', names: ['freshness', 'stale', 'last verified'] },
];

/** The names a section of the site answers to. */
export function sectionNames(path: string): readonly string[] {
  const section = SITE_SECTIONS.find((candidate) => candidate.path === path);
  if (!section) throw new Error(`no site section at ${path}`);
  return section.names;
}
