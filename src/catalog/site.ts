/**
 * Site-wide settings read once per build. The repository URL comes from package.json
 * (one value to change for a fork); the build date from SITE_BUILD_DATE or the last
 * commit, never the clock, so two builds of one commit are identical.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { repository?: { url?: string } | string };
const repositoryUrl = (typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url ?? '').replace(/\.git$/, '');

export const REPOSITORY = process.env.SITE_REPOSITORY ?? repositoryUrl;
export const BRANCH = process.env.SITE_BRANCH ?? 'main';

function lastCommitDate(): string | undefined {
  try {
    return execFileSync('git', ['log', '-1', '--format=%cs'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** YYYY-MM-DD the site describes itself as of. */
export const BUILD_DATE = process.env.SITE_BUILD_DATE ?? lastCommitDate() ?? '1970-01-01';

export const editUrl = (slug: string) => `${REPOSITORY}/edit/${BRANCH}/content/apps/${slug}.md`;
export const correctionUrl = (name: string) =>
  `${REPOSITORY}/issues/new?template=correction.yml&title=${encodeURIComponent(`Correction: ${name}`)}`;
