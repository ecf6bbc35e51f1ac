/**
 * npm run bench:compare [-- --apps 1000] [-- --dir dist]
 *
 * How fast the comparison table answers a filter or a sort, in headless Chromium: from
 * the change event until the new rows are laid out and painted (two animation frames),
 * on /compare/ after the island has read every row. By default it grows the real catalog
 * to 1,000 apps and builds it first (bench/scaled-site.ts); `--dir dist` measures a site
 * already built. Uses only localhost; a benchmark, not a test.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium, serveDist } from './local-site.ts';
import { buildScaledSite } from './scaled-site.ts';

const { values } = parseArgs({ options: { apps: { type: 'string', default: '1000' }, dir: { type: 'string' } } });
const dist = values.dir ? path.resolve(values.dir) : buildScaledSite(Number(values.apps));
const server = await serveDist(dist, 4397);
const origin = server.origin;

type Action = { label: string; kind: 'filter'; name: string; value: string } | { label: string; kind: 'sort'; key: string };
const ACTIONS: Action[] = [
  { label: 'filter: status "none"', kind: 'filter', name: 'status', value: 'none' },
  { label: 'filter: plus category', kind: 'filter', name: 'category', value: 'security' },
  { label: 'filter: clear category', kind: 'filter', name: 'category', value: '' },
  { label: 'filter: clear status', kind: 'filter', name: 'status', value: '' },
  { label: 'filter: IdP "okta"', kind: 'filter', name: 'idp', value: 'okta' },
  { label: 'filter: clear IdP', kind: 'filter', name: 'idp', value: '' },
  { label: 'sort: price multiple', kind: 'sort', key: 'multiple' },
  { label: 'sort: price multiple, reversed', kind: 'sort', key: 'multiple' },
  { label: 'sort: name', kind: 'sort', key: 'name' },
  { label: 'sort: last verified', kind: 'sort', key: 'verified' },
];

try {
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${origin}/compare/`);
  // The first change reads every row of the full table; its time is the fetch, reported apart.
  const fetchStarted = Date.now();
  await page.selectOption('select[name="status"]', 'none');
  await page.waitForSelector('[data-compare-table][aria-busy="false"]');
  const firstChange = Date.now() - fetchStarted;
  await page.selectOption('select[name="status"]', '');
  await page.waitForSelector('[data-compare-table][aria-busy="false"]');
  const rowsInCatalog = await page.evaluate(async () => {
    const response = await fetch('/compare/all/');
    return (await response.text()).split('<tr data-slug=').length - 1;
  });

  const timings: { label: string; ms: number; shown: number }[] = [];
  for (let round = 0; round < 6; round++) {
    for (const action of ACTIONS) {
      const result = await page.evaluate(async (step) => {
        const root = document.querySelector<HTMLElement>('[data-compare-table]')!;
        const done = new Promise<void>((resolve) => {
          const observer = new MutationObserver(() => {
            if (root.getAttribute('aria-busy') === 'false') {
              observer.disconnect();
              resolve();
            }
          });
          observer.observe(root, { attributes: true, attributeFilter: ['aria-busy'] });
        });
        const started = performance.now();
        if (step.kind === 'filter') {
          const select = root.querySelector<HTMLSelectElement>(`select[name="${step.name}"]`)!;
          select.value = step.value;
          select.dispatchEvent(new Event('change', { bubbles: true }));
        } else {
          root.querySelector<HTMLButtonElement>(`th[data-sort-key="${step.key}"] button`)!.click();
        }
        await done;
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        return { ms: performance.now() - started, shown: root.querySelectorAll('tbody tr').length };
      }, action);
      if (round > 0) timings.push({ label: action.label, ...result });
    }
  }
  await browser.close();

  const apps = readdirSync(path.join(dist, 'apps')).length;
  console.log(`site: ${apps} apps, ${rowsInCatalog} rows in /compare/all/ (${dist})`);
  console.log(`first change (reads /compare/all/ once): ${firstChange} ms`);
  console.log('| change | median ms | slowest ms | rows shown |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const action of ACTIONS) {
    const runs = timings.filter((timing) => timing.label === action.label).map((timing) => timing.ms).sort((a, b) => a - b);
    const shown = timings.find((timing) => timing.label === action.label)!.shown;
    console.log(`| ${action.label} | ${runs[Math.floor(runs.length / 2)]!.toFixed(1)} | ${runs[runs.length - 1]!.toFixed(1)} | ${shown} |`);
  }
  const all = timings.map((timing) => timing.ms).sort((a, b) => a - b);
  console.log(`all changes: median ${all[Math.floor(all.length / 2)]!.toFixed(1)} ms, slowest ${all[all.length - 1]!.toFixed(1)} ms`);
} finally {
  server.stop();
}
