/**
 * npm run links [-- options]
 *
 * Checks every URL the catalog cites (sources, documentation links, IdP cell sources,
 * vendor URLs…) and writes links-report/links.json and links-report/links.md, grouped by
 * entry. Redirects are followed and reported; "blocked for bots" answers are marked
 * unverifiable, not broken. Exits non-zero only with --strict and a broken link. Without a
 * network it says so in one line and exits 0.
 *
 *   --urls <file>            check the URLs in a file (one per line) instead of the catalog
 *   --rewrite-host <origin>  send every request to this origin instead (tests: a local server)
 *   --probe <host:port>      where to test for a network first (default github.com:443)
 *   --out <dir>              where the reports go (default links-report)
 *   --timeout <ms> --concurrency <n> --interval <ms>  bounds of the run
 *   --strict                 exit 1 when a link is broken
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { catalogLinks, checkLinks, failsStrict, markdownReport, tally, type LinkUse } from '../src/node/link-check.ts';
import { validateCatalog } from '../src/node/validate.ts';

const { values } = parseArgs({
  options: {
    urls: { type: 'string' },
    'rewrite-host': { type: 'string' },
    probe: { type: 'string', default: 'github.com:443' },
    out: { type: 'string', default: 'links-report' },
    timeout: { type: 'string', default: '10000' },
    concurrency: { type: 'string', default: '8' },
    interval: { type: 'string', default: '500' },
    strict: { type: 'boolean', default: false },
  },
});

/** Whether anything answers at all: a plain TCP connection to the probe. */
function online(probe: string, timeoutMs: number): Promise<boolean> {
  const [host, port] = probe.split(':') as [string, string];
  return new Promise((resolve) => {
    const socket = connect({ host, port: Number(port) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

const timeoutMs = Number(values.timeout);
if (!(await online(values.probe, Math.min(timeoutMs, 5000)))) {
  console.log(`No network (nothing answered at ${values.probe}): link check skipped.`);
  process.exit(0);
}

const links: Map<string, LinkUse[]> = values.urls
  ? new Map(readFileSync(values.urls, 'utf8').split(/\r?\n/).map((line) => line.trim()).filter((line) => line && !line.startsWith('#')).map((url) => [url, [{ slug: '(list)', field: path.basename(values.urls!) }]]))
  : catalogLinks(validateCatalog().entries);

const origin = values['rewrite-host'];
const started = performance.now();
const results = await checkLinks(links, {
  fetch,
  timeoutMs,
  concurrency: Number(values.concurrency),
  perHostIntervalMs: Number(values.interval),
  ...(origin && { rewrite: (url: string) => { const target = new URL(url); const to = new URL(origin); target.protocol = to.protocol; target.host = to.host; return target.href; } }),
});
const date = new Date().toISOString().slice(0, 10);
mkdirSync(values.out, { recursive: true });
writeFileSync(path.join(values.out, 'links.json'), `${JSON.stringify({ date, counts: tally(results), results }, null, 1)}\n`);
writeFileSync(path.join(values.out, 'links.md'), markdownReport(results, date));
const counts = tally(results);
console.log(`${results.length} URLs checked in ${((performance.now() - started) / 1000).toFixed(1)} s: ${Object.entries(counts).map(([key, n]) => `${key} ${n}`).join(', ')}. Reports in ${values.out}/.`);
process.exit(values.strict && failsStrict(results) ? 1 : 0);
