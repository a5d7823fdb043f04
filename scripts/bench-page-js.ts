// npm run bench:page-js -- [--base http://127.0.0.1:3000] [PATH ...]
// Loads pages of a running server in Chromium and prints the JavaScript each one ships, raw and gzipped
// (Next 16's build output no longer prints "First Load JS").
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { z } from 'zod';

const { values, positionals } = parseArgs({ options: { base: { type: 'string' } }, allowPositionals: true });
const base = z.url().default('http://127.0.0.1:3000').parse(values.base);
const paths = positionals.length
  ? positionals
  : ['/', '/?q=IOM', '/studies/004_ee0b6ec72090fab7', '/timeline'];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  for (const path of paths) {
    const page = await browser.newPage();
    const scripts: Promise<Buffer>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.body());
    });
    await page.goto(new URL(path, base).href, { waitUntil: 'networkidle' });
    const bodies = await Promise.all(scripts);
    const raw = bodies.reduce((sum, b) => sum + b.length, 0);
    const gzipped = bodies.reduce((sum, b) => sum + gzipSync(b).length, 0);
    console.log(
      `${path.padEnd(40)} ${bodies.length} scripts  ${(raw / 1024).toFixed(1)} kB raw  ${(gzipped / 1024).toFixed(1)} kB gzipped`,
    );
    await page.close();
  }
} finally {
  await browser.close();
}
