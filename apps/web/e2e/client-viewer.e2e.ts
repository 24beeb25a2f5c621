// The client CEO (client viewer of Northwind Robotics): their own company and nothing of anyone
// else's — on any page they can reach and in any API response their browser receives — and
// accepting the deliverable that waits for them.
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, PHONE, checkPage, launchBrowser, open, settle, showTab, signedInContext } from './browser';

const OWN = 'Northwind Robotics';
const OTHERS = ['Helios Health', 'Quarry Analytics', 'Bluefin Logistics', 'Cedar Foods'];
const TABS = ['Overview', 'Time', 'Meetings', 'Deliverables', 'Log', 'Invoices'];

let browser: Browser;
let context: BrowserContext;
/** Every GraphQL and download response the viewer's browser received. */
const received: { url: string; body: string }[] = [];

function record(response: Response): void {
  if (!/\/(graphql|api\/)/.test(response.url())) return;
  void response
    .text()
    .then((body) => received.push({ url: response.url(), body }))
    .catch(() => undefined); // a download streamed to disk, or a page already closed
}

beforeAll(async () => {
  browser = await launchBrowser();
  context = await signedInContext(browser, DEMO.ceo);
  context.on('response', record);
});

afterAll(async () => {
  await browser?.close();
});

async function expectOnlyOwnClient(page: Page): Promise<void> {
  const text = await page.locator('body').innerText();
  expect(text).toContain(OWN);
  for (const other of OTHERS) expect(text, `${page.url()} mentions ${other}`).not.toContain(other);
}

describe('the client viewer', () => {
  it('sees Northwind Robotics and nothing of another client, on every page they can reach', async () => {
    const page = await context.newPage();
    await open(page, '/', OWN);
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(['Overview', 'Invoices']);
    // Their billable time, read-only: no "Log time".
    expect(await page.getByRole('tab').allTextContents()).toEqual(TABS);
    expect(await page.getByRole('button', { name: /Log time/ }).count()).toBe(0);

    for (const tab of TABS) {
      await showTab(page, tab);
      await expectOnlyOwnClient(page);
    }
    await open(page, '/invoices', 'Invoices');
    await expectOnlyOwnClient(page);
    const invoices = page.getByRole('table', { name: 'Invoices' });
    // The client viewer's list has no client column: every invoice is theirs.
    expect(await invoices.getByRole('columnheader', { name: 'Client' }).count()).toBe(0);
    await invoices.getByRole('link', { name: /^MF-/ }).first().click();
    await page.getByRole('heading', { level: 1, name: /^Invoice MF-/ }).waitFor();
    await settle(page);
    await expectOnlyOwnClient(page);

    // The leader's pages are not there for them.
    for (const path of ['/clients', '/settings']) {
      await open(page, path, 'Page not found');
      const text = await page.locator('body').innerText();
      for (const other of OTHERS) expect(text).not.toContain(other);
    }
    // Nor is anything in the account menu.
    await page.getByRole('button', { name: /^Account:/ }).click();
    await page.getByRole('menu').waitFor();
    await expectOnlyOwnClient(page);
    await page.keyboard.press('Escape');

    await settle(page);
    expect(received.length).toBeGreaterThan(5);
    for (const { url, body } of received)
      for (const other of OTHERS) expect(body, `a response of ${url} names ${other}`).not.toContain(other);
    // Nor the leader's non-billable time, nor private notes.
    for (const { url, body } of received)
      expect(body, `a response of ${url} has non-billable time`).not.toContain('"billable":false');
    for (const { url, body } of received)
      expect(body, `a response of ${url} has private notes`).not.toMatch(/"privateNotes":"/);
    await page.close();
  });

  it('accepts the delivered deliverable that awaits them', async () => {
    const page = await context.newPage();
    await open(page, '/?tab=deliverables', OWN);
    const delivered = page.getByRole('region', { name: 'Delivered' });
    const card = delivered.getByRole('article').first();
    await card.waitFor();
    const title = (await card.getAttribute('aria-label')) ?? '';
    expect(title).not.toBe('');
    await card.getByRole('button', { name: 'Accept' }).click();
    await page
      .getByRole('dialog', { name: 'Accept this deliverable?' })
      .getByRole('button', { name: 'Accept' })
      .click();
    await page.getByRole('region', { name: 'Notifications' }).getByText(`“${title}” accepted`).waitFor();
    await page.getByRole('region', { name: 'Accepted' }).getByRole('article', { name: title }).waitFor();
    await expect.poll(() => delivered.getByRole('article', { name: title }).count()).toBe(0);

    // The server has it too (a reload), and the log says so.
    await open(page, '/?tab=deliverables', OWN);
    const accepted = page.getByRole('region', { name: 'Accepted' }).getByRole('article', { name: title });
    await accepted.getByText(/^Accepted \d/).waitFor();
    await open(page, '/?tab=log', OWN);
    await page.getByLabel('Accountability log').getByText(`Deliverable accepted: ${title}`).first().waitFor();
    await page.close();
  });

  it('passes axe on their pages, at 1440 px', async () => {
    const page = await context.newPage();
    await open(page, '/', OWN);
    for (const tab of TABS) {
      await showTab(page, tab);
      await checkPage(page, `viewer-${tab.toLowerCase()}`);
    }
    await open(page, '/invoices', 'Invoices');
    await checkPage(page, 'viewer-invoices-page');
    await page.close();
  });

  it('works on a 375 px phone', async () => {
    const phone = await signedInContext(browser, DEMO.ceo, PHONE);
    try {
      const page = await phone.newPage();
      await open(page, '/', OWN);
      for (const tab of TABS) {
        await showTab(page, tab);
        await checkPage(page, `viewer-${tab.toLowerCase()}`);
      }
      await open(page, '/invoices', 'Invoices');
      await page.getByRole('list', { name: 'Invoices' }).waitFor();
      await checkPage(page, 'viewer-invoices-page');
    } finally {
      await phone.close();
    }
  });
});
