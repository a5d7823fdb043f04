import { defineConfig } from '@playwright/test';
export default defineConfig({
  testDir: 'tests/e2e', timeout: 60_000, workers: 1, reporter: [['list']],
  use: { baseURL: 'http://127.0.0.1:3200', browserName: 'chromium', launchOptions: { executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] } },
});
