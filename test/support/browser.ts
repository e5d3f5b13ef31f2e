/**
 * Headless Chromium (Debian's /usr/bin/chromium) driven by playwright-core, started with the
 * flags that keep it off the network it cannot reach (no background networking, component
 * updates, sync or first-run pages) and a fresh profile each time. Screenshots go to a folder
 * outside the repository, named in the test output.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Where the screenshots of a run go. */
export const SCREENSHOTS = join(tmpdir(), 'voice-shop-linking-screens');

export interface TestBrowser {
  page(): Promise<Page>;
  shot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<TestBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'voice-shop-chromium-'));
  mkdirSync(SCREENSHOTS, { recursive: true });
  const context: BrowserContext = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
  // Nothing but loopback is reachable here: any other request (Amazon's redirect is routed by the tests) fails at once.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort('blockedbyclient'));
  return {
    // each flow starts signed out, as a shopper's own phone or laptop would be
    page: async () => {
      await context.clearCookies();
      return context.newPage();
    },
    shot: async (page, name) => {
      const path = join(SCREENSHOTS, `${name}.png`);
      await page.screenshot({ path, fullPage: true });
      return path;
    },
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
