/**
 * How the browser tests and the page benchmarks start Chromium: the system browser where
 * there is one (CHROMIUM_PATH, or /usr/bin/chromium), since Playwright's own download is
 * not always possible, with the flags a closed network needs.
 */
import { existsSync } from 'node:fs';

const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The system Chromium, or undefined for Playwright's bundled browser. */
export const CHROMIUM_PATH: string | undefined = existsSync(systemChromium) ? systemChromium : undefined;

export const CHROMIUM_ARGS: readonly string[] = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
