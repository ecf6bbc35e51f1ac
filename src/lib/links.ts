/** Every internal link the site makes, in one place, so a route changes in one line. */

export const guideHref = (slug: string) => `/apps/${slug}/`;
export const comparisonSlug = ([a, b]: readonly [string, string]) => `${a}-vs-${b}`;
export const comparisonHref = (pair: readonly [string, string]) => `/compare/${comparisonSlug(pair)}/`;
/** A page of the comparison table by name; page 1 is /compare/ itself. */
export const comparePageHref = (number: number) => (number === 1 ? '/compare/' : `/compare/page/${number}/`);
export const compareAllHref = '/compare/all/';
export const categoryHref = (id: string) => `/categories/${id}/`;
export const idpHref = (id: string) => `/idps/${id}/`;
export const socialImageHref = (slug: string) => `/og/${slug}.png`;
export const rankingHref = (seats?: number) => (seats === undefined ? '/scim-tax/' : `/scim-tax/#team-${seats}`);
export const badgeHref = (slug: string) => `/badge/${slug}.svg`;
export const stackHref = (slugs: readonly string[] = []) => (slugs.length ? `/stack/?apps=${slugs.join(',')}` : '/stack/');
