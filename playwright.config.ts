import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/helpers/chromium.ts';

/**
 * Browser tests run against the built site (`npm run build` first), served by
 * scripts/serve-dist.ts the way a static host would. They use the system Chromium where there is one (CHROMIUM_PATH, or
 * /usr/bin/chromium), because Playwright's own browser download is not always possible;
 * elsewhere Playwright's bundled browser is used.
 */
const port = Number(process.env.PREVIEW_PORT ?? 4329);

export default defineConfig({
  testDir: 'tests/browser',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] },
      },
    },
  ],
  webServer: {
    // process.execPath keeps the server on the Node that runs the tests (22 under npm).
    command: `"${process.execPath}" scripts/serve-dist.ts --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
