/** The site's main navigation, and which of its links a page belongs to. */
export const NAVIGATION: readonly { href: string; label: string }[] = [
  { href: '/compare/', label: 'Catalog' },
  { href: '/categories/', label: 'Categories' },
  { href: '/idps/', label: 'Identity providers' },
  { href: '/scim-tax/', label: 'SCIM tax' },
  { href: '/stack/', label: 'Your stack' },
  { href: '/search/', label: 'Search' },
  { href: '/about/', label: 'About' },
];

/**
 * The aria-current value of a navigation link on the page at `path`: "page" on the
 * section's own page, "true" on a page inside it, nothing elsewhere.
 */
export function navigationCurrent(href: string, path: string): 'page' | 'true' | undefined {
  if (path === href) return 'page';
  return path.startsWith(href) ? 'true' : undefined;
}
