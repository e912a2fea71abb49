/**
 * The one Chromium fixture of the browser tests: each test file gets its own browser, launched
 * before its tests and closed after them, and the address of the built app under test.
 */
import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium';

/** The production build, served from a sub-path by global-setup.ts. */
export const base = inject('appUrl');

export function chromiumForThisFile(extraArgs: string[] = []): { readonly browser: Browser } {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium(extraArgs);
  });
  afterAll(async () => browser?.close());
  return {
    get browser() {
      if (!browser) throw new Error('Chromium is not running (outside a test?)');
      return browser;
    },
  };
}
