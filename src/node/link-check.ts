/**
 * Checks the URLs the catalog cites: each answer sorted into a class a maintainer can act
 * on (fine, moved for good, moved for now, broken, unverifiable behind a bot wall, timed
 * out, unreachable), with redirects followed and reported. Requests are bounded: a few at
 * once, one at a time per host with a pause between them, a timeout and one retry.
 * `fetch` and the clock are passed in, so tests run it against a local server only.
 */
import type { AppData } from '../schema/app.ts';

export type LinkClass = 'ok' | 'moved-permanently' | 'moved-temporarily' | 'broken' | 'unverifiable' | 'timeout' | 'unreachable';

export interface LinkUse {
  slug: string;
  /** Where in the entry the URL is cited: sources, scim.docsUrl, idps.okta.source… */
  field: string;
}

export interface LinkResult {
  url: string;
  class: LinkClass;
  status: number | null;
  /** Each hop of a redirect chain, first to last. */
  redirects: { status: number; to: string }[];
  finalUrl: string;
  note: string;
  uses: LinkUse[];
}

export interface CheckOptions {
  fetch: typeof fetch;
  /** Requests in flight at once across hosts. */
  concurrency?: number;
  /** Pause between two requests to the same host. */
  perHostIntervalMs?: number;
  timeoutMs?: number;
  retries?: number;
  maxRedirects?: number;
  userAgent?: string;
  /** Rewrites a URL before it is requested (tests point every host at a local server). */
  rewrite?: (url: string) => string;
  sleep?: (ms: number) => Promise<void>;
}

/** A browser's user agent with a contact note: some hosts refuse unnamed clients. */
export const USER_AGENT = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36 scim-catalog-link-check (+https://github.com/scim-catalog/scim-catalog)';

/** Every URL an entry cites, with where it is cited. */
export function catalogLinks(entries: ReadonlyMap<string, AppData>): Map<string, LinkUse[]> {
  const links = new Map<string, LinkUse[]>();
  const add = (url: string | undefined, slug: string, field: string) => {
    if (!url) return;
    const uses = links.get(url);
    if (uses) uses.push({ slug, field });
    else links.set(url, [{ slug, field }]);
  };
  for (const [slug, app] of entries) {
    add(app.vendorUrl, slug, 'vendorUrl');
    app.sources.forEach((source, index) => add(source.url, slug, `sources.${index}`));
    add(app.scim.docsUrl, slug, 'scim.docsUrl');
    add(app.sso?.docsUrl, slug, 'sso.docsUrl');
    add(app.sso?.reportedPrices?.source.url, slug, 'sso.reportedPrices.source');
    (app.idps ?? []).forEach((cell) => add(cell.source?.url, slug, `idps.${cell.idp}.source`));
    (app.configuration ?? []).forEach((block) => add(block.docsUrl, slug, `configuration.${block.idp}.docsUrl`));
    (app.limitations ?? []).forEach((limitation, index) => add(limitation.source?.url, slug, `limitations.${index}.source`));
    (app.quotes ?? []).forEach((quote, index) => add(quote.source.url, slug, `quotes.${index}.source`));
    (app.plans ?? []).forEach((plan) => add(plan.price.estimate?.source.url, slug, `plans.${plan.name}.estimate.source`));
  }
  return links;
}

/** An answer that is a bot wall's challenge rather than the page saying it is gone. */
export function isBotWall(status: number, headers: Headers): boolean {
  if (status !== 403 && status !== 429 && status !== 503) return false;
  const server = (headers.get('server') ?? '').toLowerCase();
  return (
    headers.has('cf-ray') ||
    headers.has('cf-mitigated') ||
    headers.has('x-amzn-waf-action') ||
    headers.has('x-datadome') ||
    headers.has('x-sucuri-id') ||
    /cloudflare|akamai|incapsula|imperva|datadome|sucuri|ddos-guard|vercel/.test(server) ||
    status === 429
  );
}

const PERMANENT = new Set([301, 308]);
const TEMPORARY = new Set([302, 303, 307]);

class HostQueue {
  private readonly next = new Map<string, Promise<void>>();
  private readonly intervalMs: number;
  private readonly sleep: (ms: number) => Promise<void>;
  constructor(intervalMs: number, sleep: (ms: number) => Promise<void>) {
    this.intervalMs = intervalMs;
    this.sleep = sleep;
  }
  /** Runs `task` after the previous request to the same host and a pause. */
  run<T>(host: string, task: () => Promise<T>): Promise<T> {
    const previous = this.next.get(host) ?? Promise.resolve();
    const result = previous.then(task);
    this.next.set(host, result.then(() => this.sleep(this.intervalMs), () => this.sleep(this.intervalMs)));
    return result;
  }
}

/** One request, with a timeout; `null` when nothing answered in time. */
async function request(url: string, method: 'HEAD' | 'GET', options: Required<Pick<CheckOptions, 'fetch' | 'timeoutMs' | 'userAgent'>>): Promise<Response | 'timeout' | Error> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  try {
    const response = await options.fetch(url, { method, redirect: 'manual', signal: controller.signal, headers: { 'user-agent': options.userAgent, accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
    // Free the socket: the body is never needed.
    await response.body?.cancel().catch(() => undefined);
    return response;
  } catch (error) {
    return controller.signal.aborted ? 'timeout' : error instanceof Error ? error : new Error(String(error));
  } finally {
    clearTimeout(timer);
  }
}

/** Follows one URL to its final answer. */
export async function checkUrl(url: string, uses: LinkUse[], options: CheckOptions, queue = new HostQueue(options.perHostIntervalMs ?? 500, options.sleep ?? defaultSleep)): Promise<LinkResult> {
  const settings = { fetch: options.fetch, timeoutMs: options.timeoutMs ?? 10_000, userAgent: options.userAgent ?? USER_AGENT };
  const rewrite = options.rewrite ?? ((value: string) => value);
  const redirects: LinkResult['redirects'] = [];
  let current = url;
  for (let hop = 0; hop <= (options.maxRedirects ?? 5); hop++) {
    const target = rewrite(current);
    const host = new URL(target).host;
    let answer: Response | 'timeout' | Error = new Error('not requested');
    for (let attempt = 0; attempt <= (options.retries ?? 1); attempt++) {
      answer = await queue.run(host, async () => {
        const head = await request(target, 'HEAD', settings);
        // Some servers refuse HEAD; ask again the ordinary way.
        return head instanceof Response && (head.status === 405 || head.status === 501 || head.status === 403) ? request(target, 'GET', settings) : head;
      });
      const retry = answer === 'timeout' || answer instanceof Error || (answer.status >= 500 && !isBotWall(answer.status, answer.headers));
      if (!retry) break;
    }
    const base = { url, redirects, finalUrl: current, uses };
    if (answer === 'timeout') return { ...base, class: 'timeout', status: null, note: `no answer within ${settings.timeoutMs / 1000} s` };
    if (answer instanceof Error) return { ...base, class: 'unreachable', status: null, note: answer.message };
    const { status } = answer;
    const location = answer.headers.get('location');
    if ((PERMANENT.has(status) || TEMPORARY.has(status)) && location) {
      redirects.push({ status, to: new URL(location, current).href });
      current = new URL(location, current).href;
      continue;
    }
    if (isBotWall(status, answer.headers)) return { ...base, class: 'unverifiable', status, note: 'a bot wall answered; check the page in a browser' };
    if (status >= 200 && status < 300) {
      if (!redirects.length) return { ...base, class: 'ok', status, note: '' };
      const permanent = redirects.every((redirect) => PERMANENT.has(redirect.status));
      return permanent
        ? { ...base, class: 'moved-permanently', status, note: `update the link to ${current}` }
        : { ...base, class: 'moved-temporarily', status, note: `redirects for now to ${current}; keep the link` };
    }
    return { ...base, class: 'broken', status, note: status === 404 || status === 410 ? 'the page is gone' : `the server answered ${status}` };
  }
  return { url, redirects, finalUrl: current, uses, class: 'broken', status: null, note: 'too many redirects' };
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Checks every URL, a few at a time, one host at a time; results in the input's order. */
export async function checkLinks(links: ReadonlyMap<string, LinkUse[]>, options: CheckOptions): Promise<LinkResult[]> {
  const queue = new HostQueue(options.perHostIntervalMs ?? 500, options.sleep ?? defaultSleep);
  const entries = [...links];
  const results: LinkResult[] = new Array(entries.length);
  let next = 0;
  const worker = async () => {
    while (next < entries.length) {
      const index = next++;
      const [url, uses] = entries[index]!;
      results[index] = await checkUrl(url, uses, options, queue);
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 8, entries.length) }, worker));
  return results;
}

const CLASS_TITLE: Record<LinkClass, string> = {
  broken: 'Broken',
  'moved-permanently': 'Moved for good: update the link',
  timeout: 'No answer',
  unreachable: 'Unreachable',
  unverifiable: 'Unverifiable (bot wall)',
  'moved-temporarily': 'Redirected for now',
  ok: 'Fine',
};

/** Counts per class. */
export function tally(results: readonly LinkResult[]): Record<LinkClass, number> {
  const counts = Object.fromEntries(Object.keys(CLASS_TITLE).map((key) => [key, 0])) as Record<LinkClass, number>;
  for (const result of results) counts[result.class]++;
  return counts;
}

/** A Markdown summary grouped by entry, problems first; fine links are only counted. */
export function markdownReport(results: readonly LinkResult[], date: string): string {
  const counts = tally(results);
  const lines = [`# Link check, ${date}`, '', `${results.length} URLs checked: ${Object.entries(counts).filter(([, n]) => n).map(([key, n]) => `${n} ${CLASS_TITLE[key as LinkClass].toLowerCase()}`).join(', ')}.`, ''];
  const bySlug = new Map<string, { field: string; result: LinkResult }[]>();
  for (const result of results) {
    if (result.class === 'ok') continue;
    for (const use of result.uses) {
      const list = bySlug.get(use.slug) ?? [];
      list.push({ field: use.field, result });
      bySlug.set(use.slug, list);
    }
  }
  for (const slug of [...bySlug.keys()].sort()) {
    lines.push(`## ${slug}`, '');
    for (const { field, result } of bySlug.get(slug)!) {
      lines.push(`- **${CLASS_TITLE[result.class]}** \`${field}\`: ${result.url}${result.status ? ` (${result.status})` : ''}${result.note ? `: ${result.note}` : ''}`);
    }
    lines.push('');
  }
  if (!bySlug.size) lines.push('Every link answered.', '');
  return lines.join('\n');
}

/** Whether a run should fail CI: only broken links, and only when asked to be strict. */
export function failsStrict(results: readonly LinkResult[]): boolean {
  return results.some((result) => result.class === 'broken');
}
