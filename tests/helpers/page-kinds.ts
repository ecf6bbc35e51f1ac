/**
 * One page of each kind the site has, for the checks that go through every kind: the
 * screenshot test and the Lighthouse benchmark. The category and IdP are among the
 * largest of their kind; the guide is a deep one.
 */
export const PAGE_KINDS: readonly { kind: string; path: string }[] = [
  { kind: 'home', path: '/' },
  { kind: 'guide', path: '/apps/slack/' },
  { kind: 'comparison', path: '/compare/' },
  { kind: 'category', path: '/categories/security/' },
  { kind: 'idp', path: '/idps/okta/' },
  { kind: 'ranking', path: '/scim-tax/' },
  { kind: 'search', path: '/search/?q=okta' },
];
