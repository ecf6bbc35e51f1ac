/** Runs the real `astro build` on a fixture catalog, into temporary folders. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from './catalog.ts';

export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
}

export function buildSite(contentRoot: string): BuildResult {
  const work = mkdtempSync(path.join(tmpdir(), 'scim-catalog-build-'));
  const outDir = path.join(work, 'dist');
  // process.execPath is the Node that runs the tests (22 under npm), which Astro needs.
  const result = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      SCIM_CATALOG_CONTENT: contentRoot,
      SCIM_CATALOG_OUT: outDir,
      SCIM_CATALOG_CACHE: path.join(work, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
    },
    timeout: 180_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}
