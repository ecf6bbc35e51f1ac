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
  // The project's own build command, so its clean-up on failure is part of what is tested.
  const result = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts/build.ts')], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      SCIM_CATALOG_CONTENT: contentRoot,
      SCIM_CATALOG_OUT: outDir,
      SCIM_CATALOG_CACHE: path.join(work, 'cache'),
      // A fixed date, so repeated builds are comparable whatever the git history.
      SITE_BUILD_DATE: '2026-06-01',
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
    },
    timeout: 180_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}
