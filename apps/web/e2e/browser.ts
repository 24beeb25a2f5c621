// Debian's Chromium driven by playwright-core (playwright's own browser download cannot work
// here), plus helpers every end-to-end test uses: sign-in, screenshots, and an axe-core check.
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Download, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
export const SCREENSHOTS = path.join(here, 'screenshots');
export const DEMO_PASSWORD = 'demo-password-2026';
export const DEMO = {
  leader: 'leader@demo.allot.test',
  ceo: 'ceo@northwind.demo.allot.test',
  accountant: 'accountant@demo.allot.test',
};

export function baseUrl(): string {
  return inject('baseUrl');
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // No --user-data-dir: playwright refuses it for launch() and makes (and removes) a
      // throw-away profile itself.
    ],
  });
}

export const DESKTOP = { width: 1440, height: 900 };
export const PHONE = { width: 375, height: 812 };

/** The demo workspace's zone: dates the app shows and the tests compute agree with it. */
export const TIME_ZONE = 'Europe/Berlin';

export async function newContext(browser: Browser, viewport = DESKTOP): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    viewport,
    acceptDownloads: true,
    locale: 'en-GB',
    timezoneId: TIME_ZONE,
    ...(viewport.width < 600 ? { isMobile: true, hasTouch: true } : {}),
  });
  context.setDefaultTimeout(15_000);
  context.on('page', (page) => void trafficOf(page));
  return context;
}

/** A context signed in as `email` (one sign-in through the form; its pages share the cookie). */
export async function signedInContext(browser: Browser, email: string, viewport = DESKTOP): Promise<BrowserContext> {
  const context = await newContext(browser, viewport);
  const page = await context.newPage();
  await signIn(page, email);
  await page.close();
  return context;
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/');
  await page.getByLabel(/e-?mail/i).fill(email);
  await page.getByLabel(/password/i).fill(password);
  await page.getByRole('button', { name: /sign in|log in/i }).click();
  await page.getByRole('button', { name: /sign in|log in/i }).waitFor({ state: 'detached' });
  // Signed in: the app shell and its navigation are up.
  await page.getByRole('navigation', { name: 'Main navigation' }).waitFor({ state: 'attached' });
}

/** Requests in flight per page, and when the last one started or ended. */
const traffic = new WeakMap<Page, { inflight: Set<unknown>; lastActivity: number }>();

function trafficOf(page: Page): { inflight: Set<unknown>; lastActivity: number } {
  let t = traffic.get(page);
  if (!t) {
    const fresh = { inflight: new Set<unknown>(), lastActivity: Date.now() };
    const done = (request: unknown) => {
      fresh.inflight.delete(request);
      fresh.lastActivity = Date.now();
    };
    page.on('request', (request) => {
      fresh.inflight.add(request);
      fresh.lastActivity = Date.now();
    });
    page.on('requestfinished', done);
    page.on('requestfailed', done);
    traffic.set(page, fresh);
    t = fresh;
  }
  return t;
}

const QUIET_MS = 250;

/**
 * Waits until the page has had no request in flight for a moment (counted from this call too,
 * so that what a click just set off has started) and every "Loading …" state is gone.
 * Playwright's own 'networkidle' fires once per document, so it cannot see what an in-app
 * navigation or a click fetches.
 */
export async function settle(page: Page): Promise<void> {
  const t = trafficOf(page);
  const since = Date.now();
  await expect
    .poll(() => t.inflight.size === 0 && Date.now() - Math.max(t.lastActivity, since) >= QUIET_MS, {
      timeout: 15_000,
      interval: 50,
    })
    .toBe(true);
  await expect.poll(() => page.getByRole('status').filter({ hasText: /…$/ }).count(), { timeout: 15_000 }).toBe(0);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** Opens `path` and waits for its heading and data. */
export async function open(page: Page, path: string, heading?: string | RegExp): Promise<void> {
  await page.goto(path);
  await page.getByRole('heading', { level: 1, ...(heading ? { name: heading } : {}) }).waitFor();
  await settle(page);
}

/** Nothing on the page is wider than the screen (no sideways scrolling). */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.scrollingElement?.scrollWidth ?? 0,
    clientWidth: window.innerWidth,
  }));
  expect(scrollWidth, `page is ${scrollWidth} px wide on a ${clientWidth} px screen`).toBeLessThanOrEqual(
    clientWidth + 1,
  );
}

/** Shows one tab of the page's tab list (a click, as a user would) and waits for its data. */
export async function showTab(page: Page, name: string): Promise<void> {
  const tab = page.getByRole('tab', { name, exact: true });
  await tab.click();
  await expect.poll(() => tab.getAttribute('aria-selected')).toBe('true');
  await settle(page);
}

/** Checks the page (axe, no sideways scrolling on phones) and saves its screenshot. */
export async function checkPage(page: Page, name: string): Promise<void> {
  const t0 = Date.now();
  await settle(page);
  const t1 = Date.now();
  const width = page.viewportSize()?.width ?? 0;
  await screenshot(page, `${name}-${width}`);
  const t2 = Date.now();
  if (width < 600) await expectNoHorizontalScroll(page);
  await expectAccessible(page);
  if (process.env.E2E_TIMING)
    console.log(`${name}-${width}: settle ${t1 - t0} ms, screenshot ${t2 - t1} ms, axe ${Date.now() - t2} ms`);
}

/** The month (YYYY-MM) and date (YYYY-MM-DD) today in the workspace's zone. */
export function today(): { date: string; month: string } {
  const date = new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
  return { date, month: date.slice(0, 7) };
}

/** A month as the app writes it ("November 2026"). */
export function monthLong(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y!, m! - 1, 1)),
  );
}

/** The bytes of a download, after checking it finished. */
export async function downloadBytes(download: Download): Promise<Buffer> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  expect(await download.failure()).toBeNull();
  return Buffer.concat(chunks);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Fails on serious or critical accessibility violations of the current page. */
export async function expectAccessible(page: Page): Promise<void> {
  // Evaluated over the DevTools protocol: the app's CSP (script-src 'self') rightly refuses an
  // inline <script>, and the check should run against the page as served, CSP included.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{
            violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: string[] }> }>;
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.impact} ${v.id}: ${v.help} (${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')})`,
      );
  });
  expect(violations).toEqual([]);
}
