/**
 * The link checker against a local HTTP server that answers each way a vendor page can:
 * fine, moved for good, moved for now, gone, removed, failing, behind a bot wall, and not
 * answering at all. Nothing leaves the machine.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { catalogLinks, checkLinks, failsStrict, isBotWall, markdownReport, tally } from '../../src/node/link-check.ts';
import { app } from '../helpers/apps.ts';
import { PROJECT_ROOT } from '../helpers/catalog.ts';

let server: Server;
let origin = '';
const hits = new Map<string, number>();

before(async () => {
  server = createServer((request, response) => {
    const url = request.url ?? '/';
    hits.set(url, (hits.get(url) ?? 0) + 1);
    const answer = (status: number, headers: Record<string, string> = {}) => {
      response.writeHead(status, headers);
      response.end();
    };
    if (url === '/ok') return answer(200);
    if (url === '/moved') return answer(301, { location: '/ok' });
    if (url === '/moved-twice') return answer(308, { location: '/moved' });
    if (url === '/for-now') return answer(302, { location: '/ok' });
    if (url === '/gone') return answer(404);
    if (url === '/removed') return answer(410);
    if (url === '/failing') return answer(500);
    if (url === '/wall') return answer(403, { 'cf-ray': '8abc-LHR', server: 'cloudflare' });
    if (url === '/forbidden') return answer(403);
    if (url === '/no-head') return request.method === 'HEAD' ? answer(405) : answer(200);
    if (url === '/hang') return; // never answers
    return answer(404);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  origin = `http://127.0.0.1:${address.port}`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});

const options = () => ({ fetch, timeoutMs: 300, perHostIntervalMs: 0, retries: 1, rewrite: (url: string) => url.replace('https://vendor.example', origin), sleep: async () => undefined });
const uses = (path: string) => [{ slug: 'acme', field: path }];
const check = async (...paths: string[]) => checkLinks(new Map(paths.map((p) => [`https://vendor.example${p}`, uses(p)])), options());

describe('checkLinks: every answer class', () => {
  it('calls a plain 200 fine and a server that refuses HEAD fine after a GET', async () => {
    const [ok, noHead] = await check('/ok', '/no-head');
    assert.equal(ok!.class, 'ok');
    assert.equal(noHead!.class, 'ok');
  });

  it('follows permanent redirects to a page and says to update the link', async () => {
    const [moved, twice] = await check('/moved', '/moved-twice');
    assert.equal(moved!.class, 'moved-permanently');
    assert.deepEqual(moved!.redirects.map((hop) => hop.status), [301]);
    assert.match(moved!.note, /update the link to https:\/\/vendor\.example\/ok/);
    assert.deepEqual(twice!.redirects.map((hop) => hop.status), [308, 301]);
  });

  it('keeps a temporary redirect, reported as such', async () => {
    const [forNow] = await check('/for-now');
    assert.equal(forNow!.class, 'moved-temporarily');
  });

  it('calls 404, 410 and a failing server broken, retrying the failure once', async () => {
    const before = hits.get('/failing') ?? 0;
    const results = await check('/gone', '/removed', '/failing');
    assert.deepEqual(results.map((result) => [result.class, result.status]), [['broken', 404], ['broken', 410], ['broken', 500]]);
    assert.equal((hits.get('/failing') ?? 0) - before, 2, 'one retry');
  });

  it('treats a bot wall as unverifiable, but a plain 403 as broken', async () => {
    const [wall, forbidden] = await check('/wall', '/forbidden');
    assert.equal(wall!.class, 'unverifiable');
    assert.equal(forbidden!.class, 'broken');
    assert.equal(isBotWall(429, new Headers()), true);
  });

  it('gives up on a request that never answers, within the timeout', async () => {
    const started = performance.now();
    const [hang] = await check('/hang');
    assert.equal(hang!.class, 'timeout');
    assert.ok(performance.now() - started < 3000);
  });

  it('sums the run up, and fails a strict run only for broken links', async () => {
    const results = await check('/ok', '/wall', '/moved');
    assert.equal(failsStrict(results), false);
    assert.equal(failsStrict(await check('/gone')), true);
    assert.deepEqual(tally(results), { broken: 0, 'moved-permanently': 1, timeout: 0, unreachable: 0, unverifiable: 1, 'moved-temporarily': 0, ok: 1 });
    const report = markdownReport(results, '2026-12-01');
    assert.match(report, /^# Link check, 2026-12-01/);
    assert.match(report, /## acme\n\n- \*\*Unverifiable \(bot wall\)\*\* `\/wall`/);
    assert.doesNotMatch(report, /`\/ok`/, 'fine links are counted, not listed');
  });
});

describe('catalogLinks', () => {
  it('collects every URL an entry cites, with where it is cited', () => {
    const entry = app({
      scim: { availability: 'native', docsUrl: 'https://test.example/scim' },
      idps: [{ idp: 'okta', sso: 'full', scim: 'full', source: { title: 'OIN', url: 'https://okta.example/app' } }],
      sources: [{ title: 'Pricing', url: 'https://test.example/pricing' }, { title: 'SCIM', url: 'https://test.example/scim' }],
    });
    const links = catalogLinks(new Map([['acme', entry]]));
    assert.deepEqual(links.get('https://test.example/scim')?.map((use) => use.field), ['sources.1', 'scim.docsUrl']);
    assert.deepEqual(links.get('https://okta.example/app'), [{ slug: 'acme', field: 'idps.okta.source' }]);
    assert.ok(links.has('https://test.example/'), 'the vendor URL');
  });
});

describe('npm run links', () => {
  const run = promisify(execFile);
  const script = (args: string[]) => run(process.execPath, ['scripts/links.ts', ...args], { cwd: PROJECT_ROOT }).then(
    (out) => ({ code: 0, stdout: out.stdout }),
    (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
  );

  it('writes the JSON and Markdown reports, and exits non-zero only with --strict', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'links-'));
    try {
      const list = path.join(dir, 'urls.txt');
      writeFileSync(list, ['https://vendor.example/ok', 'https://vendor.example/gone', '# a comment', ''].join('\n'));
      const probe = origin.replace('http://', '');
      const common = ['--urls', list, '--rewrite-host', origin, '--probe', probe, '--out', dir, '--timeout', '500', '--interval', '0'];
      const lenient = await script(common);
      assert.equal(lenient.code, 0);
      assert.match(lenient.stdout, /2 URLs checked/);
      const json = JSON.parse(readFileSync(path.join(dir, 'links.json'), 'utf8'));
      assert.deepEqual(json.results.map((result: { class: string }) => result.class), ['ok', 'broken']);
      assert.match(readFileSync(path.join(dir, 'links.md'), 'utf8'), /\*\*Broken\*\* `urls\.txt`: https:\/\/vendor\.example\/gone \(404\)/);
      assert.equal((await script([...common, '--strict'])).code, 1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says in one line that there is no network, and exits cleanly', async () => {
    // A port nothing listens on stands for a machine with no network.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as { port: number }).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const result = await script(['--probe', `127.0.0.1:${port}`, '--strict']);
    assert.equal(result.code, 0);
    assert.equal(result.stdout.trim().split('\n').length, 1);
    assert.match(result.stdout, /^No network .*link check skipped\.$/m);
  });
});
