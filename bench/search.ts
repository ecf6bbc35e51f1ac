/**
 * npm run bench:search [-- --apps 1000] [-- --dir dist]
 *
 * Measures search on a built site in headless Chromium, served like a static host
 * (gzip for text, scripts/serve-dist.ts):
 *  - the first query a reader types on /search/: every request it starts, from the
 *    keystroke until the results are on the page, in bytes over the wire and in count;
 *  - the same for the header search on a guide;
 *  - warm queries after that.
 * By default it grows the real catalog to 1,000 apps (bench/scaled-site.ts) and builds
 * it first; `--dir dist` measures a site already built. Uses only localhost.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Page, Request } from '@playwright/test';
import { launchChromium, serveDist } from './local-site.ts';
import { buildScaledSite } from './scaled-site.ts';

const { values } = parseArgs({ options: { apps: { type: 'string', default: '1000' }, dir: { type: 'string' }, query: { type: 'string', default: 'okta scim' } } });
const dist = values.dir ? path.resolve(values.dir) : buildScaledSite(Number(values.apps));
const server = await serveDist(dist, 4391);
const origin = server.origin;

function size(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => {
    const full = path.join(dir, entry.name);
    return sum + (entry.isDirectory() ? size(full) : statSync(full).size);
  }, 0);
}

/** Bytes over the wire (headers and encoded body) and the count of every request `act` starts. */
async function transfer(page: Page, act: () => Promise<void>): Promise<{ bytes: number; requests: number; files: string[] }> {
  const finished: Promise<number>[] = [];
  const files: string[] = [];
  const onRequest = (request: Request) => {
    files.push(new URL(request.url()).pathname);
    finished.push(
      request
        .response()
        .then((response) => response?.finished())
        .then(() => request.sizes())
        .then((sizes) => sizes.responseBodySize + sizes.responseHeadersSize)
        .catch(() => 0),
    );
  };
  page.on('request', onRequest);
  await act();
  page.off('request', onRequest);
  const bytes = (await Promise.all(finished)).reduce((a, b) => a + b, 0);
  return { bytes, requests: finished.length, files };
}

const appCount = readdirSync(path.join(dist, 'apps')).length;
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
try {
  const browser = await launchChromium();

  const searchPage = await browser.newPage();
  await searchPage.goto(`${origin}/search/`);
  await searchPage.waitForLoadState('networkidle');
  const started = Date.now();
  const first = await transfer(searchPage, async () => {
    await searchPage.fill('#search-q', values.query);
    await searchPage.waitForFunction((query) => document.querySelector('[data-search-summary]')?.textContent?.includes(query), values.query);
    await searchPage.waitForSelector('[data-results][aria-busy="false"] .search-result');
    await searchPage.waitForLoadState('networkidle');
  });
  const firstMs = Date.now() - started;
  // Requests made when /search/ opened with no query (pagefind, facets, the browse list) count too:
  // they are what the first query needs before it can run.
  const cold = await browser.newPage();
  const opening = await transfer(cold, async () => {
    await cold.goto(`${origin}/search/?q=${encodeURIComponent(values.query)}`, { waitUntil: 'domcontentloaded' });
    await cold.waitForSelector('[data-results][aria-busy="false"] .search-result');
    await cold.waitForLoadState('networkidle');
  });
  const openingSearch = { bytes: opening.bytes, requests: opening.requests };
  await cold.close();

  // The header search of a guide, the first query most readers make, for a few kinds of query.
  const header: { query: string; bytes: number; requests: number }[] = [];
  for (const query of [values.query, 'slack', 'azure ad', 'deprovisioning']) {
    const guide = await browser.newPage();
    await guide.goto(`${origin}/apps/slack/`);
    await guide.waitForLoadState('networkidle');
    const measured = await transfer(guide, async () => {
      await guide.fill('form[data-header-search] input', query);
      await guide.waitForSelector('form[data-header-search] [role="option"]');
      await guide.waitForLoadState('networkidle');
    });
    header.push({ query, bytes: measured.bytes, requests: measured.requests });
    await guide.close();
  }

  const warm = await searchPage.evaluate(async () => {
    const pagefind = await import('/pagefind/pagefind.js' as string);
    const times: number[] = [];
    for (const query of ['zoom', 'entra', 'deprovisioning', 'enterprise plan', 'password', 'github', 'saml', 'bill']) {
      const startedAt = performance.now();
      const search = await pagefind.search(query);
      await Promise.all(search.results.slice(0, 10).map((r: { data(): Promise<unknown> }) => r.data()));
      times.push(performance.now() - startedAt);
    }
    return times.sort((a, b) => a - b);
  });
  await browser.close();

  console.log(`site: ${appCount} apps (${dist})`);
  console.log(`index on disk: ${kb(size(path.join(dist, 'pagefind')))} in all`);
  console.log(`first query "${values.query}" typed on /search/ (after the page loaded): ${kb(first.bytes)} over ${first.requests} requests, ${firstMs} ms`);
  console.log(`/search/?q=${values.query} opened cold, the page and its first query together: ${kb(openingSearch.bytes)} over ${openingSearch.requests} requests`);
  for (const row of header) console.log(`first query "${row.query}" in the header search of a guide: ${kb(row.bytes)} over ${row.requests} requests`);
  console.log(`warm queries (8, with 10 results each): median ${warm[4]!.toFixed(1)} ms, slowest ${warm[7]!.toFixed(1)} ms`);
  if (process.env.BENCH_VERBOSE) console.log([...first.files].join('\n'));
} finally {
  server.stop();
}
