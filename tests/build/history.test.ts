/**
 * A guide's history comes from the git history of its entry file. A fixture catalog in a
 * repository with a scripted history shows the expected changes on the guide and in the
 * feed; the same catalog without git says that the history is unavailable.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { catalogHistory } from '../../src/node/history.ts';
import { historyFeed } from '../../src/lib/history-feed.ts';
import { buildSite } from '../helpers/build.ts';
import { fixtureCatalog } from '../helpers/catalog.ts';

const catalogs: { remove(): void }[] = [];
after(() => catalogs.forEach((catalog) => catalog.remove()));

/** A fixture catalog committed twice: alpha's SCIM plan and a price change in between. */
function scriptedCatalog() {
  const catalog = fixtureCatalog();
  catalogs.push(catalog);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: catalog.root, encoding: 'utf8', env: { ...process.env, GIT_COMMITTER_DATE: '2026-03-01T12:00:00Z', GIT_AUTHOR_DATE: '2026-03-01T12:00:00Z' } });
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'test@example.test');
  git('config', 'user.name', 'Test');
  git('add', '.');
  git('commit', '-qm', 'first');
  const file = catalog.entry('alpha');
  const before = readFileSync(file, 'utf8');
  const after = before.replace(/availability: native/, 'availability: native').replace(/lastVerified: .*/, 'lastVerified: 2026-03-02');
  writeFileSync(file, after.replace('amount: 10', 'amount: 12'));
  execFileSync('git', ['commit', '-qam', 'second'], { cwd: catalog.root, env: { ...process.env, GIT_COMMITTER_DATE: '2026-04-01T12:00:00Z', GIT_AUTHOR_DATE: '2026-04-01T12:00:00Z' } });
  return catalog;
}

describe('history from git', () => {
  it('reads every version in one pass and reports before → after', () => {
    const catalog = scriptedCatalog();
    const history = catalogHistory(path.join(catalog.root, 'apps'));
    assert.equal(history.available, true);
    const alpha = history.bySlug.get('alpha')!;
    assert.deepEqual(alpha.map((event) => [event.date, event.added]), [['2026-04-01', false], ['2026-03-01', true]]);
    const labels = alpha[0]!.changes.map((change) => change.label);
    assert.ok(labels.includes('Last verified'), labels.join(', '));
    const price = alpha[0]!.changes.find((change) => change.label.startsWith('Price of'));
    assert.ok(price, 'the price change is listed');
    assert.match(`${price!.before} → ${price!.after}`, /\$10.*→ \$12/);
    assert.deepEqual(history.bySlug.get('beta')!.map((event) => event.added), [true], 'an unchanged entry has only its addition');
    const feed = historyFeed(history, (slug) => slug, 'https://example.test/');
    assert.equal(feed.match(/<entry>/g)?.length, 1);
    assert.match(feed, /<title>alpha: .*Price of/);
  });

  it('says the history is unavailable outside a repository, or in a shallow clone', () => {
    const plain = fixtureCatalog();
    catalogs.push(plain);
    const none = catalogHistory(path.join(plain.root, 'apps'));
    // tmp folders are outside this project's repository.
    assert.equal(none.available, false);
    assert.match(none.reason ?? '', /without git history/);
    const source = scriptedCatalog();
    const shallow = fixtureCatalog();
    catalogs.push(shallow);
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${source.root}`, path.join(shallow.root, 'clone')]);
    assert.match(catalogHistory(path.join(shallow.root, 'clone', 'apps')).reason ?? '', /shallow clone/);
  });

  it('shows the history on the built guide and in the feed, and a build without git says so', () => {
    const catalog = scriptedCatalog();
    const built = buildSite(catalog.root);
    assert.equal(built.status, 0, built.output);
    const page = readFileSync(path.join(built.outDir, 'apps/alpha/index.html'), 'utf8');
    assert.match(page, /data-section="history"[\s\S]*April 1, 2026[\s\S]*Price of [^<]*\$10[^<]*→[^<]*\$12/);
    assert.match(readFileSync(path.join(built.outDir, 'history.xml'), 'utf8'), /<entry>[\s\S]*alpha/);
    const plain = fixtureCatalog();
    catalogs.push(plain);
    const without = buildSite(plain.root);
    assert.equal(without.status, 0, without.output);
    assert.match(readFileSync(path.join(without.outDir, 'apps/alpha/index.html'), 'utf8'), /data-testid="history-unavailable"[^>]*>History unavailable: this build was made without git history\./);
  });
});
