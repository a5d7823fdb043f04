// Security headers on every kind of response, against the production server: a page, an API answer, a 404, a
// built asset. Pages carry a nonce policy (proxy.ts); the rest a policy that allows nothing (next.config.js).
import { expect, test, type APIRequestContext } from './support/test';

const COMMON = {
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'cross-origin-opener-policy': 'same-origin',
};

async function headersOf(request: APIRequestContext, path: string, status: number) {
  const response = await request.get(path, { maxRedirects: 0 });
  expect(response.status(), path).toBe(status);
  const headers = response.headers();
  for (const [name, value] of Object.entries(COMMON)) expect(headers[name], `${name} on ${path}`).toBe(value);
  expect(headers['permissions-policy'], path).toContain('camera=()');
  return { headers, body: await response.text() };
}

const directives = (policy: string | undefined) =>
  new Map(
    (policy ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/) as [string, ...string[]])
      .map(([k, ...v]) => [k, v]),
  );

test('a page has a nonce policy whose nonce is on every script and changes per response', async ({
  request,
}) => {
  const first = await headersOf(request, '/', 200);
  const policy = directives(first.headers['content-security-policy']);
  expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  expect(policy.get('object-src')).toEqual(["'none'"]);
  expect(policy.get('base-uri')).toEqual(["'none'"]);
  expect(policy.get('form-action')).toEqual(["'self'"]);
  const script = policy.get('script-src') ?? [];
  expect(script).not.toContain("'unsafe-inline'");
  const nonce = script.find((s) => s.startsWith("'nonce-"))?.slice(7, -1);
  expect(nonce).toBeTruthy();
  const scripts = first.body.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  const second = await headersOf(request, '/', 200);
  expect(second.headers['content-security-policy']).not.toBe(first.headers['content-security-policy']);
});

test('an API answer, a 404 page and a built asset carry the headers too', async ({ request }) => {
  const api = await headersOf(request, '/api/search?q=iom', 200);
  expect(directives(api.headers['content-security-policy']).get('default-src')).toEqual(["'none'"]);
  const missing = await headersOf(request, '/studies/no-such-study', 404);
  expect(directives(missing.headers['content-security-policy']).get('frame-ancestors')).toEqual(["'none'"]);
  const apiMissing = await headersOf(request, '/api/reading-lists/shared/no-such-share-token-xxxx', 404);
  expect(apiMissing.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  const page = await headersOf(request, '/', 200);
  const asset = page.body.match(/\/_next\/static\/[^"]+\.js/)?.[0];
  expect(asset).toBeTruthy();
  await headersOf(request, asset as string, 200);
});

test('the edit page cannot be framed by another site', async ({ page }) => {
  // A page on another origin (a data: URL is opaque) framing ours: frame-ancestors 'none' keeps it empty.
  await page.goto('/');
  const origin = new URL(page.url()).origin;
  await page.setContent(`<iframe id="f" src="${origin}/lists/new"></iframe>`);
  const frame = page.frameLocator('#f');
  await expect(frame.getByRole('button', { name: 'Create the list' })).toHaveCount(0);
});

test('the violation guard works: content the policy forbids is reported and fails the test', async ({
  page,
}) => {
  test.fail(true, 'the guard must fail this test: an image from another origin is a violation');
  await page.goto('/');
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.src = 'https://example.invalid/pixel.png';
    document.body.append(img);
  });
  await page.waitForTimeout(300);
});
