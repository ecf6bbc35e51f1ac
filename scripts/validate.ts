/**
 * npm run validate [-- [--format text|json|github] [files…]]
 *
 * Checks the whole content folder (or reports only on the named files) with the same
 * schema and cross-entry checks as the build, in plain Node. Exits 1 when there are
 * errors; warnings alone do not fail.
 */
import { parseArgs } from 'node:util';
import { datasetAgreement, formatAgreement } from '../src/lib/dataset-agreement.ts';
import { freshnessRows } from '../src/lib/freshness.ts';
import { formatIssue, validateCatalog, type ValidationIssue } from '../src/node/validate.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { format: { type: 'string', default: 'text' } },
});

function githubAnnotation(issue: ValidationIssue): string {
  const escape = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const title = issue.field ? `${issue.field}` : 'entry';
  return `::${issue.severity} file=${issue.file},line=${issue.line},col=${issue.column},title=${escape(title)}::${escape(issue.message)}`;
}

const started = performance.now();
const result = validateCatalog(undefined, positionals.length ? positionals : undefined);
const elapsed = performance.now() - started;
const errors = result.issues.filter((issue) => issue.severity === 'error').length;
const warnings = result.issues.length - errors;

if (values.format === 'json') {
  console.log(JSON.stringify({ files: result.files, errors, warnings, issues: result.issues, dataset: datasetAgreement(result.entries) }, null, 2));
} else if (values.format === 'github') {
  for (const issue of result.issues) console.log(githubAnnotation(issue));
} else if (values.format === 'text') {
  for (const issue of result.issues) console.log(formatIssue(issue));
  // A report, not a check: a difference is fine when its statusNote explains it.
  if (!positionals.length) {
    for (const line of formatAgreement(datasetAgreement(result.entries))) console.log(line);
    const stalest = freshnessRows([...result.entries].map(([slug, app]) => ({ slug, name: app.name, provenance: app.provenance.method, lastVerified: app.lastVerified })), new Date().toISOString().slice(0, 10)).slice(0, 20);
    console.log('The 20 stalest entries (re-check these first):');
    for (const row of stalest) console.log(`  ${row.lastVerified} ${row.slug} (${row.provenance}, ${row.ageDays} days)`);
  }
  console.log(`${result.files} entries checked in ${Math.round(elapsed)} ms: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`);
} else {
  console.error(`Unknown --format "${values.format}"; use text, json or github.`);
  process.exit(2);
}
process.exit(errors > 0 ? 1 : 0);
