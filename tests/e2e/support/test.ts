// The `test` every spec imports: Playwright's, plus a guard that fails a test when any page it opened reported a
// Content-Security-Policy violation. The listener is installed before any page script runs, in every page and
// frame of the test's browser context, so a violation during load counts too.
import { expect, test as base } from '@playwright/test';

export { expect };
export type { APIRequestContext, Page } from '@playwright/test';

declare global {
  interface Window {
    reportCspViolation?: (violation: string) => void;
  }
}

export const test = base.extend<{ cspGuard: void }>({
  cspGuard: [
    async ({ context }, use) => {
      const violations: string[] = [];
      await context.exposeBinding('reportCspViolation', (_source, violation: string) => {
        violations.push(violation);
      });
      await context.addInitScript(() => {
        document.addEventListener(
          'securitypolicyviolation',
          (event) =>
            window.reportCspViolation?.(
              `${location.pathname}: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}` +
                (event.sample ? ` (${event.sample})` : ''),
            ),
          true,
        );
      });
      await use();
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});
