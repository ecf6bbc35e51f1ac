/**
 * npm run bench [-- --sizes 300,1000,3000,10000] [-- --profile]
 *
 * For each size N: writes a synthetic catalog, then measures
 *  - `npm run validate` on it (wall time);
 *  - the real build into a temporary folder (wall time, peak RSS, the phases the build
 *    logs: validation, page rendering, images, search index), pages written, output size
 *    and index size;
 *  - a second build after changing one entry, with the content-layer cache kept;
 *  - the framework floor: a minimal Astro site of N trivial pages from the same
 *    collection (bench/floor), built the same way.
 * Prints a table and the full-build/floor ratios, and writes bench/results/latest.json.
 * With --profile, one more cold build per size runs under Node's --cpu-prof: the profile
 * is written to bench/results/build-N.cpuprofile (open it in Chrome's DevTools) and the
 * ten most expensive functions of our own code are printed (bench/profile.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeSyntheticCatalog } from './synthetic.ts';
import { ownFunctionCosts, profileTables, readProfile } from './profile.ts';

const { values } = parseArgs({
  options: { sizes: { type: 'string', default: '300,1000,3000,10000' }, keep: { type: 'boolean', default: false }, profile: { type: 'boolean', default: false } },
});
const sizes = values.sizes.split(',').map(Number).filter((n) => n > 0);
const root = process.cwd();
const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');

interface Run {
  seconds: number;
  peakMb: number;
  output: string;
  status: number;
}

/** Runs a command under /usr/bin/time for wall time and peak resident memory. */
function timed(args: string[], env: Record<string, string>, cwd = root): Run {
  const result = spawnSync('/usr/bin/time', ['-f', 'TIME %e %M', process.execPath, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', SITE_BUILD_DATE: '2026-06-01', ...env },
    maxBuffer: 512 * 1024 * 1024,
  });
  const output = `${result.stdout}\n${result.stderr}`;
  const match = /TIME ([\d.]+) (\d+)/.exec(output);
  return { seconds: Number(match?.[1] ?? NaN), peakMb: Math.round(Number(match?.[2] ?? 0) / 1024), output, status: result.status ?? 1 };
}

function phase(output: string, name: string): number | null {
  const match = new RegExp(`phase ${name} (\\d+) ms`).exec(output);
  return match ? Number(match[1]) / 1000 : null;
}

/** Astro's own timing of the static-route generation (page rendering, images included). */
function renderSeconds(output: string): number | null {
  const after = output.split('generating static routes')[1];
  const match = after ? /Completed in (?:(\d+)m\s*)?([\d.]+)(ms|s)/.exec(after) : null;
  return match ? Number(match[1] ?? 0) * 60 + Number(match[2]) / (match[3] === 'ms' ? 1000 : 1) : null;
}

function sizeOf(dir: string): { bytes: number; pages: number; files: number } {
  let bytes = 0;
  let pages = 0;
  let files = 0;
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        bytes += statSync(full).size;
        files++;
        if (entry.name.endsWith('.html')) pages++;
      }
    }
  };
  walk(dir);
  return { bytes, pages, files };
}

const rows: Record<string, unknown>[] = [];
for (const n of sizes) {
  const work = mkdtempSync(path.join(os.tmpdir(), `scim-bench-${n}-`));
  const content = path.join(work, 'content');
  console.error(`N=${n}: writing the synthetic catalog…`);
  writeSyntheticCatalog(content, n);
  const env = { SCIM_CATALOG_CONTENT: content, SCIM_CATALOG_OUT: path.join(work, 'dist'), SCIM_CATALOG_CACHE: path.join(work, 'cache') };

  console.error(`N=${n}: validate…`);
  const validate = timed(['scripts/validate.ts'], env);
  if (validate.status !== 0) throw new Error(`validation failed for N=${n}:\n${validate.output.slice(-2000)}`);

  console.error(`N=${n}: full build…`);
  const build = timed([astro, 'build'], env);
  if (build.status !== 0) throw new Error(`build failed for N=${n}:\n${build.output.slice(-3000)}`);
  const out = sizeOf(path.join(work, 'dist'));
  const index = sizeOf(path.join(work, 'dist/pagefind'));

  console.error(`N=${n}: second build after changing one entry…`);
  const changed = path.join(content, 'apps', 'app-00003.md');
  writeFileSync(changed, readFileSync(changed, 'utf8').replace('synthetic app for the benchmark', 'synthetic app, edited, for the benchmark'));
  const rebuild = timed([astro, 'build'], env);

  console.error(`N=${n}: framework floor…`);
  const floor = timed([astro, 'build', '--root', path.join(root, 'bench/floor')], {
    SCIM_CATALOG_CONTENT: content,
    SCIM_CATALOG_OUT: path.join(work, 'floor-dist'),
    SCIM_CATALOG_CACHE: path.join(work, 'floor-cache'),
  });
  if (floor.status !== 0) throw new Error(`floor build failed for N=${n}:\n${floor.output.slice(-3000)}`);
  // The search index's own files are left out: what Astro writes is what it costs per file.
  const routes = out.files - index.files;
  const floorRoutes = sizeOf(path.join(work, 'floor-dist')).files;

  if (values.profile) {
    console.error(`N=${n}: profiled cold build…`);
    const profileDir = path.join(work, 'profile');
    const profiled = timed(['--cpu-prof', `--cpu-prof-dir=${profileDir}`, astro, 'build'], { ...env, SCIM_CATALOG_OUT: path.join(work, 'profiled-dist'), SCIM_CATALOG_CACHE: path.join(work, 'profiled-cache') });
    if (profiled.status !== 0) throw new Error(`profiled build failed for N=${n}:\n${profiled.output.slice(-3000)}`);
    // The build's main thread writes the largest profile; worker threads write their own.
    const [main] = readdirSync(profileDir)
      .map((file) => path.join(profileDir, file))
      .sort((a, b) => statSync(b).size - statSync(a).size);
    mkdirSync(path.join(root, 'bench/results'), { recursive: true });
    const kept = path.join(root, 'bench/results', `build-${n}.cpuprofile`);
    writeFileSync(kept, readFileSync(main!));
    const { total, wallMs } = ownFunctionCosts(readProfile(kept), root);
    const tables = profileTables(total, wallMs);
    writeFileSync(path.join(root, 'bench/results', `profile-${n}.md`), `# Profile of one cold build, N=${n}\n\n${tables}\n`);
    console.log(`\nN=${n}: profile in ${path.relative(root, kept)}\n\n${tables}\n`);
  }

  rows.push({
    n,
    validateSeconds: validate.seconds,
    buildSeconds: build.seconds,
    phases: {
      validation: phase(build.output, 'validation'),
      rendering: renderSeconds(build.output),
      images: phase(build.output, 'images'),
      searchIndex: phase(build.output, 'search-index'),
    },
    peakMb: build.peakMb,
    pages: out.pages,
    outputMb: Number((out.bytes / 1024 / 1024).toFixed(1)),
    indexMb: Number((index.bytes / 1024 / 1024).toFixed(1)),
    rebuildSeconds: rebuild.seconds,
    rebuildImages: phase(rebuild.output, 'images'),
    floorSeconds: floor.seconds,
    floorPeakMb: floor.peakMb,
    files: routes,
    floorFiles: floorRoutes,
    ratio: Number((build.seconds / floor.seconds).toFixed(2)),
  });
  if (!values.keep) rmSync(work, { recursive: true, force: true });
}

const table = [
  '| N | validate s | build s | validation / render / images / index s | peak MB | pages | output MB | index MB | rebuild s | floor s | build ÷ floor |',
  '| ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map((row) => {
    const p = row.phases as Record<string, number | null>;
    const f = (x: number | null) => (x === null ? '–' : x.toFixed(1));
    return `| ${row.n} | ${row.validateSeconds} | ${row.buildSeconds} | ${f(p.validation!)} / ${f(p.rendering!)} / ${f(p.images!)} / ${f(p.searchIndex!)} | ${row.peakMb} | ${row.pages} | ${row.outputMb} | ${row.indexMb} | ${row.rebuildSeconds} | ${row.floorSeconds} | ${row.ratio} |`;
  }),
].join('\n');
console.log(table);
for (const row of rows) console.log(`N=${row.n}: full build ÷ floor = ${row.ratio}`);

// The floor writes one file per app; the site writes several (guide, open data, badge,
// social card, comparisons). What each extra file costs, between one size and the next
// (so the start-up both builds pay once drops out), compares the site with Astro itself.
const perFile = [
  '| from N | to N | files written (site / floor) | build ms per extra file | rebuild ms per extra file | floor ms per extra file |',
  '| ---: | ---: | --- | ---: | ---: | ---: |',
  ...rows.slice(1).map((row, i) => {
    const before = rows[i]!;
    const per = (key: string, files: string) => (((Number(row[key]) - Number(before[key])) * 1000) / (Number(row[files]) - Number(before[files]))).toFixed(2);
    return `| ${before.n} | ${row.n} | ${row.files} / ${row.floorFiles} | ${per('buildSeconds', 'files')} | ${per('rebuildSeconds', 'files')} | ${per('floorSeconds', 'floorFiles')} |`;
  }),
].join('\n');
if (rows.length > 1) console.log(`\n${perFile}`);

mkdirSync(path.join(root, 'bench/results'), { recursive: true });
const result = {
  date: new Date().toISOString().slice(0, 10),
  machine: { cpus: os.cpus().length, memoryGb: Math.round(os.totalmem() / 1024 ** 3), node: process.version },
  rows,
  table,
  perFile,
};
writeFileSync(path.join(root, 'bench/results/latest.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log('wrote bench/results/latest.json');
