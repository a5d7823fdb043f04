import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

// Playwright cannot download its own browser on this network: tests drive the system's Chromium.
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromiumPath)) {
  throw new Error(
    `No Chromium at ${chromiumPath}. Install one (Debian: apt-get update && apt-get install -y chromium) ` +
      'or set CHROMIUM_PATH to a Chromium binary.',
  );
}

const port = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? 'list' : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    // The real start command, on its own data folder so tests never touch a developer's store.
    command: 'npx tsx scripts/start.ts',
    url: `http://127.0.0.1:${port}/api/search?q=`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: { TELAAH_DATA_DIR: `data/e2e-${port}`, PORT: String(port), NEXT_TELEMETRY_DISABLED: '1' },
  },
});
