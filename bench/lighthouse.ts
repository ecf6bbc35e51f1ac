/**
 * npm run bench:lighthouse [-- --apps 1000] [-- --dir dist] [-- --only guide,comparison]
 *
 * Runs Lighthouse (mobile, its default throttling) on one page of each kind of a built
 * site, served on localhost like a static host, with the system Chromium, and prints the
 * four category scores as a table. By default it grows the real catalog to 1,000 apps
 * (bench/scaled-site.ts) and builds it first; `--dir dist` measures a site already built.
 * A benchmark, not a test: the scores depend on the machine, so nothing here fails a build.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/helpers/chromium.ts';
import { PAGE_KINDS } from '../tests/helpers/page-kinds.ts';
import { serveDist } from './local-site.ts';
import { buildScaledSite } from './scaled-site.ts';

const { values } = parseArgs({
  options: {
    apps: { type: 'string', default: '1000' },
    dir: { type: 'string' },
    only: { type: 'string' },
    port: { type: 'string', default: '4393' },
  },
});


const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const dist = values.dir ? path.resolve(values.dir) : buildScaledSite(Number(values.apps));
if (!existsSync(path.join(dist, 'index.html'))) throw new Error(`no built site in ${dist}: run npm run build first`);
const kinds = values.only ? PAGE_KINDS.filter((page) => values.only!.split(',').includes(page.kind)) : PAGE_KINDS;

const server = await serveDist(dist, Number(values.port));
const chrome = await chromeLauncher.launch({
  // chrome-launcher finds a Chrome of its own when there is no system Chromium.
  ...(CHROMIUM_PATH && { chromePath: CHROMIUM_PATH }),
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});
const rows: { kind: string; path: string; scores: Record<string, number>; failing: string[] }[] = [];
try {
  for (const page of kinds) {
    const result = await lighthouse(`${server.origin}${page.path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
    const { categories, audits } = result.lhr;
    const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)]));
    // The audits that cost points, so a score below 100 says what to fix.
    const failing = Object.values(audits)
      .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual')
      .map((audit) => `${audit.id}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
    rows.push({ kind: page.kind, path: page.path, scores, failing });
    console.error(`${page.kind}: ${CATEGORIES.map((id) => scores[id]).join(' / ')}`);
  }
} finally {
  await chrome.kill();
  server.stop();
}

const table = [
  '| page kind | page | performance | accessibility | best practices | SEO |',
  '| --- | --- | ---: | ---: | ---: | ---: |',
  ...rows.map((row) => `| ${row.kind} | \`${row.path}\` | ${CATEGORIES.map((id) => row.scores[id]).join(' | ')} |`),
].join('\n');
console.log(`${readdirSync(path.join(dist, 'apps')).length} apps (${dist})`);
console.log(table);
for (const row of rows.filter((r) => r.failing.length)) console.log(`${row.kind}: below 1 on ${row.failing.join(', ')}`);
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/lighthouse.json', `${JSON.stringify({ date: new Date().toISOString().slice(0, 10), rows, table }, null, 2)}\n`);
