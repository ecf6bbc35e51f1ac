/** Every app has a badge, the index lists them all, and each guide offers the snippets. */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { DIST } from '../helpers/site.ts';

const apps = JSON.parse(readFileSync(path.join(DIST, 'data', 'apps.json'), 'utf8')).apps as { slug: string; statusLabel: string }[];

describe('badges', () => {
  it('exist for every app, with its status as the text alternative, and are all listed', () => {
    const index = JSON.parse(readFileSync(path.join(DIST, 'badge', 'index.json'), 'utf8')) as { count: number; badges: { slug: string; label: string }[] };
    assert.equal(index.count, apps.length);
    const listed = new Map(index.badges.map((badge) => [badge.slug, badge.label]));
    for (const app of apps) {
      const file = path.join(DIST, 'badge', `${app.slug}.svg`);
      assert.ok(existsSync(file), app.slug);
      assert.match(readFileSync(file, 'utf8'), new RegExp(`<title>[^<]*: ${app.statusLabel.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</title>`), app.slug);
      assert.equal(listed.get(app.slug), app.statusLabel);
    }
  });

  it('are offered on each guide as Markdown and HTML linking back to it', () => {
    const page = readFileSync(path.join(DIST, 'apps', 'slack', 'index.html'), 'utf8');
    assert.match(page, /data-testid="badge-markdown">\[!\[Slack: [^\]]+\]\([^)]*\/badge\/slack\.svg\)\]\([^)]*\/apps\/slack\/\)/);
    assert.match(page, /href="\/stack\/\?apps=slack"/);
  });
});
