/**
 * A built site served on localhost the way a static host would (scripts/serve-dist.ts),
 * for the page benchmarks, and the Chromium they measure it in.
 */
import { spawn } from 'node:child_process';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/helpers/chromium.ts';

export async function serveDist(dist: string, port: number): Promise<{ origin: string; stop(): void }> {
  const server = spawn(process.execPath, ['scripts/serve-dist.ts', '--port', String(port), '--dir', dist], { stdio: 'ignore' });
  const origin = `http://127.0.0.1:${port}`;
  // Ready when it answers.
  for (let attempt = 0; attempt < 50; attempt++) {
    if (await fetch(`${origin}/`).then(() => true, () => false)) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { origin, stop: () => server.kill() };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
}
