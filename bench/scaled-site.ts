/**
 * Builds the real catalog grown to N apps (bench/scaled-catalog.ts) into a folder of its
 * own, for the page benchmarks, and returns the built site's path. `--dir` in those
 * benchmarks skips this and measures a site already built.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeScaledCatalog } from './scaled-catalog.ts';

export function buildScaledSite(n: number): string {
  const work = path.join(os.tmpdir(), `scim-scaled-${n}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const content = path.join(work, 'content');
  const count = writeScaledCatalog(content, n);
  console.error(`building ${count} apps into ${work}/dist…`);
  const result = spawnSync(process.execPath, ['scripts/build.ts'], {
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SCIM_CATALOG_CONTENT: content, SCIM_CATALOG_OUT: path.join(work, 'dist'), SCIM_CATALOG_CACHE: path.join(work, 'cache') },
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0 || !existsSync(path.join(work, 'dist/index.html'))) throw new Error(`scaled build failed:\n${`${result.stdout}\n${result.stderr}`.slice(-3000)}`);
  return path.join(work, 'dist');
}
