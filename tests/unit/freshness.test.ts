import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { daysBetween, factsChangedWithoutReverify, freshnessRows, isStale } from '../../src/lib/freshness.ts';
import { freshnessPage } from '../../src/lib/pages/freshness.ts';
import { PROJECT_ROOT } from '../helpers/catalog.ts';
import { catalog } from '../helpers/catalog-part.ts';

describe('freshness', () => {
  it('calls a date stale only after a full year', () => {
    assert.equal(daysBetween('2025-01-01', '2026-01-01'), 365);
    assert.equal(isStale('2025-01-01', '2026-01-01'), false);
    assert.equal(isStale('2024-12-31', '2026-01-01'), true);
  });

  it('orders entries oldest first, with their age and whether they are stale', () => {
    const rows = freshnessRows(
      [
        { slug: 'b', name: 'B', provenance: 'draft', lastVerified: '2026-04-02' },
        { slug: 'a', name: 'A', provenance: 'vendor-docs', lastVerified: '2025-06-01' },
        { slug: 'c', name: 'C', provenance: 'research-dataset', lastVerified: '2026-10-05' },
      ],
      '2026-12-01',
    );
    assert.deepEqual(rows.map((row) => [row.slug, row.ageDays, row.stale]), [['a', 548, true], ['b', 243, false], ['c', 57, false]]);
  });
});

describe('factsChangedWithoutReverify', () => {
  const entry = { name: 'A', scim: { availability: 'native', plan: 'Pro' }, lastVerified: '2026-01-01' };

  it('names the fact fields an edit changed while the date stayed', () => {
    assert.deepEqual(factsChangedWithoutReverify(entry, { ...entry, scim: { availability: 'native', plan: 'Team' } }), ['scim']);
    assert.deepEqual(factsChangedWithoutReverify(entry, { ...entry, summary: 'Reworded.' }), [], 'prose is not a fact field');
    assert.deepEqual(factsChangedWithoutReverify(entry, { ...entry, scim: { availability: 'none' }, lastVerified: '2026-12-01' }), [], 'a moved date answers it');
  });
});

describe('freshnessPage', () => {
  it('groups the catalog by how it was checked and lists every entry oldest first', () => {
    const page = freshnessPage(catalog as never, '2026-12-01');
    assert.equal(page.rows.length, 4);
    assert.deepEqual(page.rows.map((row) => row.lastVerified), [...page.rows.map((row) => row.lastVerified)].sort());
    assert.deepEqual(page.groups.map((group) => [group.method, group.count]), [['vendor-docs', 0], ['research-dataset', 0], ['draft', 4]]);
  });
});

describe('npm run freshness:check', () => {
  it('warns, without failing, when a change moves facts but not the date', () => {
    const repo = mkdtempSync(path.join(tmpdir(), 'freshness-'));
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
    try {
      git('init', '-q', '-b', 'main');
      git('config', 'user.email', 'test@example.test');
      git('config', 'user.name', 'Test');
      mkdirSync(path.join(repo, 'content', 'apps'), { recursive: true });
      const write = (slug: string, plan: string, date: string) => writeFileSync(path.join(repo, 'content', 'apps', `${slug}.md`), `---\nname: ${slug}\nscim:\n  plan: ${plan}\nlastVerified: ${date}\n---\n`);
      write('moved', 'Pro', '2026-01-01');
      write('checked', 'Pro', '2026-01-01');
      git('add', '.');
      git('commit', '-qm', 'base');
      git('branch', 'base');
      write('moved', 'Team', '2026-01-01');
      write('checked', 'Team', '2026-12-01');
      git('commit', '-qam', 'change');
      const out = execFileSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts/freshness-check.ts'), '--base', 'base', '--format', 'github'], { cwd: repo, encoding: 'utf8' });
      assert.match(out, /^::warning file=content\/apps\/moved\.md,title=lastVerified not moved::scim changed but lastVerified is still 2026-01-01/m);
      assert.doesNotMatch(out, /checked\.md/);
      assert.match(out, /2 changed entries checked, 1 warning$/m);
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
});
