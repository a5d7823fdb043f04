// A malformed percent-escape in any dynamic path segment is a 404 page (pages) or a 400 JSON answer (API), never
// a 500. The routes are read from app/ itself, so a new dynamic route is covered without editing this test.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './support/test';

interface Route {
  segments: string[];
  methods: string[];
}

async function dynamicRoutes(dir = 'app', segments: string[] = []): Promise<Route[]> {
  const routes: Route[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const at = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      // Route groups such as (index) add no path segment.
      const next = /^\(.*\)$/.test(entry.name) ? segments : [...segments, entry.name];
      routes.push(...(await dynamicRoutes(at, next)));
    } else if (/^(page|route)\.tsx?$/.test(entry.name) && segments.some((s) => s.startsWith('['))) {
      const source = entry.name.startsWith('route') ? await readFile(at, 'utf8') : '';
      const methods = entry.name.startsWith('route')
        ? [...source.matchAll(/export async function (GET|POST|PATCH|PUT|DELETE)\b/g)].map(
            (m) => m[1] as string,
          )
        : ['GET'];
      routes.push({ segments, methods });
    }
  }
  return routes;
}

/** The route's path with one dynamic segment malformed and the others plausible. */
function pathsOf(route: Route): string[] {
  const dynamic = route.segments.flatMap((s, i) => (s.startsWith('[') ? [i] : []));
  return dynamic.map(
    (bad) => '/' + route.segments.map((s, i) => (i === bad ? '%ff' : s.startsWith('[') ? 'x1' : s)).join('/'),
  );
}

test('every dynamic route answers a malformed escape with 400 or 404, never 500', async ({ request }) => {
  const routes = await dynamicRoutes();
  expect(routes.length).toBeGreaterThanOrEqual(15);
  const seen: string[] = [];
  for (const route of routes) {
    for (const url of pathsOf(route)) {
      for (const method of route.methods) {
        const response = await request.fetch(url, {
          method,
          data: method === 'GET' || method === 'DELETE' ? undefined : { version: 1 },
          maxRedirects: 0,
        });
        const isApi = url.startsWith('/api/');
        seen.push(`${method} ${url} ${response.status()}`);
        expect([400, 404], `${method} ${url}`).toContain(response.status());
        if (isApi) expect(response.headers()['content-type']).toContain('application/json');
        else await expect(response.text()).resolves.toContain('<html');
      }
    }
  }
  expect(seen.some((s) => s.startsWith('GET /studies/%ff'))).toBe(true);
  expect(seen.some((s) => s.startsWith('POST /api/reading-lists/%ff/items'))).toBe(true);
});

test('a page with a malformed escape shows the not-found page in the layout', async ({ page }) => {
  const response = await page.goto('/frameworks/%ff');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('navigation', { name: /main/i })).toBeVisible();
});
