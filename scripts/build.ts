/**
 * npm run build — astro build, and nothing half-built left behind: when the build fails,
 * the output folder is removed, so a failed build can never be published as if it had
 * succeeded. The exit code is Astro's.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.resolve(root, process.env.SCIM_CATALOG_OUT ?? 'dist');
const result = spawnSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ASTRO_TELEMETRY_DISABLED: '1', ...process.env },
});
const status = result.status ?? 1;
if (status !== 0) {
  rmSync(outDir, { recursive: true, force: true });
  console.error(`\nThe build failed, so ${path.relative(process.cwd(), outDir) || outDir} was removed: nothing half-built is left to publish. The messages above say what to fix.`);
}
process.exit(status);
