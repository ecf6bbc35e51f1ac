/**
 * npm run freshness:check -- --base <git ref> [--format text|github]
 *
 * For every entry a change touches (between <base> and HEAD; in a pull request, HEAD is
 * the merge commit, so this is the pull request's own change), warns
 * when its facts changed but its lastVerified did not: either the facts were re-checked,
 * so the date should move, or the change needs a source. Warnings only; always exits 0.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { splitFrontMatter } from '../src/lib/front-matter.ts';
import { factsChangedWithoutReverify } from '../src/lib/freshness.ts';

const { values } = parseArgs({ options: { base: { type: 'string', default: 'origin/main' }, format: { type: 'string', default: 'text' } } });
const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

let changed: string[];
try {
  changed = git('diff', '--name-only', '--diff-filter=M', values.base, 'HEAD', '--', 'content/apps/').split('\n').filter((file) => file.endsWith('.md'));
} catch {
  console.log(`freshness check skipped: ${values.base} is not in this clone's history`);
  process.exit(0);
}
let warnings = 0;
for (const file of changed) {
  let before: Record<string, unknown>;
  let after: Record<string, unknown>;
  try {
    before = splitFrontMatter(git('show', `${values.base}:${file}`)).data;
    after = splitFrontMatter(readFileSync(file, 'utf8')).data;
  } catch {
    continue; // an unreadable entry is the validator's to report
  }
  const fields = factsChangedWithoutReverify(before, after);
  if (!fields.length) continue;
  warnings++;
  const message = `${fields.join(', ')} changed but lastVerified is still ${String(after.lastVerified)}: if you re-checked the sources, set it to today; if not, say where the new facts come from`;
  console.log(values.format === 'github' ? `::warning file=${file},title=lastVerified not moved::${message}` : `${file}: warning ${message}`);
}
console.log(`${changed.length} changed entr${changed.length === 1 ? 'y' : 'ies'} checked, ${warnings} warning${warnings === 1 ? '' : 's'}`);
