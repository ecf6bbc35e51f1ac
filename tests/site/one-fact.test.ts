/**
 * One fact, one answer: for every app in the built site, the status, the plan SCIM needs,
 * its price and the price multiple read the same on its guide, in every comparison table
 * (the full table, its pages by name and the category pages), in the ranking at the guides' team size, on
 * the identity-provider pages, and in /data/apps.json. Read from the rendered HTML, so a
 * page that worked a fact out on its own would show here.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { builtPages, DIST } from '../helpers/site.ts';

const decode = (text: string) =>
  text
    .replace(/<[^>]+>/g, '')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ')
    .trim();

interface Seen {
  where: string;
  status?: string;
  plan?: string;
  price?: string;
  multiple?: string;
}

const records = JSON.parse(readFileSync(path.join(DIST, 'data', 'apps.json'), 'utf8')).apps as {
  slug: string;
  status: string;
  scimPlan: string | null;
  priceMultiple: number | null;
  teamSize: number;
}[];
const seen = new Map<string, Seen[]>();
const note = (slug: string, fact: Seen) => {
  const list = seen.get(slug);
  if (list) list.push(fact);
  else seen.set(slug, [fact]);
};

/** Rows of a comparison table: status, plan, price and multiple as the cells show them. */
function tableRows(html: string, where: string) {
  for (const match of html.matchAll(/<tr\b[^>]*\bdata-slug="([^"]+)"[^>]*\bdata-status="([^"]+)"[^>]*>([\s\S]*?)<\/tr>/g)) {
    const [, slug, status, row] = match as unknown as [string, string, string, string];
    const plan = /data-cell="scim-plan"[^>]*>\s*<span class="plan"[^>]*>([\s\S]*?)<\/span>(?:\s*<span class="sub"[^>]*>([\s\S]*?)<\/span>)?/.exec(row);
    const multiple = /data-cell="multiple"[^>]*>([\s\S]*?)<\/td>/.exec(row);
    note(slug, { where, status, plan: plan ? decode(plan[1]!) : undefined, price: plan ? decode(plan[2] ?? '—') : undefined, multiple: multiple ? decode(multiple[1]!) : undefined });
  }
}

for (const page of builtPages()) {
  const html = readFileSync(page.file, 'utf8');
  if (/^\/apps\/[^/]+\/$/.test(page.url)) {
    const slug = page.url.split('/')[2]!;
    const status = /class="guide-header"[\s\S]*?data-status="([^"]+)"/.exec(html)?.[1];
    const plan = /<dd data-fact="scim-plan"[^>]*>([\s\S]*?)<\/dd>/.exec(html)?.[1];
    // The quick facts add "(every plan)" for SCIM that comes with every plan.
    const multiple = /data-testid="price-multiple"[^>]*>([\s\S]*?)<\/span>/.exec(html)?.[1];
    note(slug, { where: page.url, status, plan: plan === undefined ? undefined : decode(plan).replace(/ \((every plan|every paid plan)\)$/, ''), ...(multiple && { multiple: decode(multiple) }) });
  } else if (page.url === '/compare/' || page.url === '/compare/all/' || page.url.startsWith('/compare/page/') || page.url.startsWith('/categories/')) {
    tableRows(html, page.url);
  } else if (page.url === '/scim-tax/') {
    const teamSize = records[0]!.teamSize;
    const section = new RegExp(`data-team-size="${teamSize}"[\\s\\S]*?</section>`).exec(html)?.[0] ?? '';
    for (const match of section.matchAll(/<tr data-slug="([^"]+)">[\s\S]*?<td data-multiple="[^"]*">([\s\S]*?)<\/td>/g)) note(match[1]!, { where: page.url, multiple: decode(match[2]!) });
  } else if (page.url.startsWith('/idps/')) {
    for (const match of html.matchAll(/<li data-slug="([^"]+)">[\s\S]*?data-status="([^"]+)"/g)) note(match[1]!, { where: page.url, status: match[2]! });
  }
}

describe('one fact, one answer across the built site', () => {
  it('finds every app on its guide and in the comparison table', () => {
    for (const record of records) {
      const places = (seen.get(record.slug) ?? []).map((fact) => fact.where);
      assert.ok(places.includes(`/apps/${record.slug}/`), `${record.slug}: no guide`);
      assert.ok(places.includes('/compare/all/'), `${record.slug}: not in /compare/all/`);
    }
  });

  it('shows each app\'s status, SCIM plan, price and multiple the same everywhere, and as the open data says', () => {
    const problems: string[] = [];
    for (const record of records) {
      const facts = seen.get(record.slug) ?? [];
      const table = facts.find((fact) => fact.where === '/compare/all/')!;
      for (const fact of facts) {
        if (fact.status !== undefined && fact.status !== record.status) problems.push(`${record.slug}: status ${fact.status} on ${fact.where}, ${record.status} in apps.json`);
        if (fact.plan !== undefined && fact.plan !== table.plan) problems.push(`${record.slug}: SCIM plan "${fact.plan}" on ${fact.where}, "${table.plan}" on /compare/all/`);
        if (fact.price !== undefined && fact.price !== table.price) problems.push(`${record.slug}: SCIM plan price "${fact.price}" on ${fact.where}, "${table.price}" on /compare/all/`);
        if (fact.multiple !== undefined && !table.multiple!.startsWith(fact.multiple)) problems.push(`${record.slug}: multiple "${fact.multiple}" on ${fact.where}, "${table.multiple}" on /compare/all/`);
      }
      const planInData = record.scimPlan ?? null;
      if (planInData !== null && planInData !== table.plan) problems.push(`${record.slug}: apps.json scimPlan "${planInData}", "${table.plan}" on /compare/all/`);
      if (planInData === null && !['—', 'Not documented'].includes(table.plan!) && !/^[^]+$/.test('')) {
        // A plan named in words that match no plan of the entry stays a label, never a record.
        if (facts.some((fact) => fact.where === `/apps/${record.slug}/` && fact.plan === table.plan) === false) problems.push(`${record.slug}: apps.json has no scimPlan, /compare/all/ says "${table.plan}"`);
      }
      if (record.priceMultiple !== null) {
        const shown = Number.parseFloat(table.multiple!);
        const expected = record.priceMultiple < 10 ? Number(record.priceMultiple.toFixed(1)) : Math.round(record.priceMultiple);
        if (table.multiple !== 'No upcharge' && shown !== expected) problems.push(`${record.slug}: apps.json multiple ${record.priceMultiple}, "${table.multiple}" on /compare/all/`);
      }
    }
    assert.deepEqual(problems, []);
  });

  it('never shows a negative extra or a multiple for a price that does not count people', () => {
    const ranking = readFileSync(path.join(DIST, 'scim-tax', 'index.html'), 'utf8');
    assert.doesNotMatch(decode(ranking), /-\$\d/, 'a negative amount on the ranking');
    for (const record of records) {
      const facts = seen.get(record.slug) ?? [];
      const table = facts.find((fact) => fact.where === '/compare/all/')!;
      if (/\/(host|device|store|location|screen|domain|server|contact)/.test(table.price ?? '')) {
        assert.doesNotMatch(table.multiple ?? '', /^\d/, `${record.slug}: a multiple for "${table.price}"`);
      }
    }
  });
});
