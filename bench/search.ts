/**
 * npm run bench:search — measures search on the built site in headless Chromium: the
 * bytes a first query downloads, and the time of warm queries in the browser.
 * Needs `npm run build` first. Uses only localhost.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';

const port = 4391;
const dist = path.resolve(process.env.SCIM_CATALOG_OUT ?? 'dist');
const server = spawn(process.execPath, ['scripts/serve-dist.ts', '--port', String(port), '--dir', dist], { stdio: 'ignore' });
const executablePath = existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium') ? (process.env.CHROMIUM_PATH ?? '/usr/bin/chromium') : undefined;

function size(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => {
    const full = path.join(dir, entry.name);
    return sum + (entry.isDirectory() ? size(full) : statSync(full).size);
  }, 0);
}

try {
  await new Promise((resolve) => setTimeout(resolve, 500));
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/apps/slack/`);
  let bytes = 0;
  let requests = 0;
  page.on('response', async (response) => {
    if (!response.url().includes('/pagefind/')) return;
    const body = await response.body().catch(() => Buffer.alloc(0));
    bytes += body.length;
    requests++;
  });
  const first = await page.evaluate(async () => {
    const started = performance.now();
    const pagefind = await import('/pagefind/pagefind.js' as string);
    await pagefind.init();
    const search = await pagefind.search('okta scim');
    await Promise.all(search.results.slice(0, 8).map((r: { data(): Promise<unknown> }) => r.data()));
    return performance.now() - started;
  });
  await page.waitForTimeout(300);
  const warm = await page.evaluate(async () => {
    const pagefind = await import('/pagefind/pagefind.js' as string);
    const times: number[] = [];
    for (const query of ['zoom', 'entra', 'deprovisioning', 'enterprise plan', 'password', 'github', 'saml', 'bill']) {
      const started = performance.now();
      const search = await pagefind.search(query);
      await Promise.all(search.results.slice(0, 8).map((r: { data(): Promise<unknown> }) => r.data()));
      times.push(performance.now() - started);
    }
    return times.sort((a, b) => a - b);
  });
  await browser.close();
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  console.log(`index on disk: ${kb(size(path.join(dist, 'pagefind')))} in all; search data ${kb(size(path.join(dist, 'pagefind/index')) + size(path.join(dist, 'pagefind/fragment')) + size(path.join(dist, 'pagefind/filter')))}`);
  console.log(`first query "okta scim" (load, init, search, 8 results): ${kb(bytes)} over ${requests} requests, ${first.toFixed(0)} ms`);
  console.log(`warm queries (8, with 8 results each): median ${warm[4]!.toFixed(1)} ms, slowest ${warm[7]!.toFixed(1)} ms`);
} finally {
  server.kill();
}
