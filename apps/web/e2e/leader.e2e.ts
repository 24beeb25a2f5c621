// The leader's week in the browser: the dashboard (and how fast it appears), logging time with
// the keyboard, recording a meeting into the accountability log, issuing this month's invoice and
// downloading its PDF; then every main page checked with axe and photographed.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO,
  DEMO_PASSWORD,
  PHONE,
  checkPage,
  downloadBytes,
  launchBrowser,
  monthLong,
  newContext,
  open,
  settle,
  showTab,
  signedInContext,
  today,
} from './browser';

const CLIENT_NAMES = ['Northwind Robotics', 'Helios Health', 'Quarry Analytics', 'Bluefin Logistics', 'Cedar Foods'];

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await signedInContext(browser, DEMO.leader);
});

afterAll(async () => {
  await browser?.close();
});

async function freshPage(): Promise<Page> {
  await page?.close();
  page = await context.newPage();
  return page;
}

async function openClient(p: Page, name: string, tab?: string): Promise<string> {
  await open(p, '/clients', 'Clients');
  const href = await p.getByRole('table', { name: 'Clients' }).getByRole('link', { name }).getAttribute('href');
  expect(href).toMatch(/^\/clients\/[\w-]+$/);
  await open(p, tab ? `${href}?tab=${tab}` : href!, name);
  return href!;
}

/** "4.66 d used of 5.75 d available, …" → 4.66 (the client page's balance bar). */
async function usedDays(p: Page): Promise<number> {
  const bar = p.getByRole('region', { name: `This month · ${monthLong(today().month)}` }).getByRole('progressbar');
  const label = (await bar.getAttribute('aria-label')) ?? '';
  const match = /^([\d.,]+) d used of/.exec(label);
  expect(match, `balance bar label: ${label}`).not.toBeNull();
  return Number(match![1]!.replace(',', ''));
}

async function notification(p: Page, text: string | RegExp): Promise<string> {
  const toast = p.getByRole('region', { name: 'Notifications' }).getByText(text);
  await toast.first().waitFor();
  return (await toast.first().textContent()) ?? '';
}

describe('the leader', () => {
  it('sees the dashboard of the demo month, fast', async () => {
    // Cold: a new browser context signed in over the API, so no page or chunk is cached yet.
    const cold = await newContext(browser);
    try {
      const response = await cold.request.post('/graphql', {
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
        data: {
          query:
            'mutation SignIn($email: String!, $password: String!) { logIn(email: $email, password: $password) { viewer { user { id } } } }',
          variables: { email: DEMO.leader, password: DEMO_PASSWORD },
        },
      });
      expect(response.ok()).toBe(true);
      const p = await cold.newPage();
      const cardsVisible = () =>
        p.waitForFunction(
          (count) => {
            const cards = document.querySelectorAll('section[aria-labelledby="clients-title"] article');
            const visible = [...cards].filter((card) => (card as HTMLElement).offsetHeight > 0);
            return visible.length >= count ? performance.now() : false;
          },
          CLIENT_NAMES.length,
          { polling: 'raf', timeout: 10_000 },
        );
      await p.goto('/', { waitUntil: 'commit' });
      const coldMs = Math.round(Number(await (await cardsVisible()).jsonValue()));
      await p.reload({ waitUntil: 'commit' });
      const warmMs = Math.round(Number(await (await cardsVisible()).jsonValue()));
      console.log(
        `Dashboard (demo data): client cards visible ${coldMs} ms after navigation (cold cache), ${warmMs} ms (warm)`,
      );
      // The goal is under a second on a developer machine; a loaded 2-core CI runner gets slack.
      expect(coldMs).toBeLessThan(3000);
      expect(warmMs).toBeLessThan(3000);

      await expect.poll(() => p.getByRole('heading', { level: 1 }).textContent()).toBe('Dashboard');
      await settle(p);
      const cards = p.getByRole('region', { name: 'Clients this month' }).getByRole('article');
      expect((await cards.allTextContents()).length).toBe(CLIENT_NAMES.length);
      for (const name of CLIENT_NAMES) await p.getByRole('article', { name }).waitFor();
      await p.getByRole('region', { name: 'Capacity' }).waitFor();
      const alerts = p.getByRole('region', { name: 'Alerts' });
      const alertTexts = await alerts.getByRole('listitem').allTextContents();
      expect(alertTexts.length).toBeGreaterThan(0);
      // Each alert names its client once (as a link), not "Northwind Robotics: Northwind Robotics has…".
      for (const text of alertTexts) for (const name of CLIENT_NAMES) expect(text).not.toContain(`${name}: ${name}`);
      await alerts.getByRole('link', { name: 'Northwind Robotics' }).first().waitFor();
    } finally {
      await cold.close();
    }
  });

  it('logs time from the keyboard (T, then 1.5h) and sees the client’s balance change', async () => {
    const p = await freshPage();
    await openClient(p, 'Northwind Robotics');
    const before = await usedDays(p);

    await p.keyboard.press('t');
    const dialog = p.getByRole('dialog', { name: 'Log time' });
    await dialog.getByRole('combobox', { name: 'Client' }).waitFor();
    // The client list has the focus, ready for the arrow keys.
    await expect
      .poll(() => dialog.getByRole('combobox', { name: 'Client' }).evaluate((el) => el === document.activeElement))
      .toBe(true);
    await dialog.getByRole('combobox', { name: 'Client' }).selectOption({ label: 'Northwind Robotics' });
    await dialog.getByRole('combobox', { name: 'Retainer' }).selectOption({ label: 'Fractional CTO' });
    await dialog.getByRole('textbox', { name: 'Duration' }).focus();
    await p.keyboard.type('1.5h');
    await dialog.getByText('= 1 h 30 min').waitFor();
    await p.keyboard.press('Tab'); // category
    await p.keyboard.press('Tab'); // note
    await p.keyboard.type('E2E: architecture review');
    await p.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    await notification(p, 'Logged 1 h 30 min for Northwind Robotics');

    await expect.poll(() => usedDays(p), { timeout: 10_000 }).not.toBe(before);
    const after = await usedDays(p);
    // 90 minutes is 0.1875 d (the figures are rounded to 0.01 d).
    expect(after - before).toBeGreaterThan(0.17);
    expect(after - before).toBeLessThan(0.2);
    await showTab(p, 'Time');
    const entries = p.getByRole('table', { name: `Time entries, ${monthLong(today().month)}` });
    await entries
      .getByRole('row')
      .filter({ hasText: 'E2E: architecture review' })
      .filter({ hasText: '1 h 30 min' })
      .waitFor();
  });

  it('schedules and records a meeting, and finds its decision and action item in the log', async () => {
    const p = await freshPage();
    await openClient(p, 'Northwind Robotics', 'meetings');
    const title = `E2E steering ${Date.now().toString(36)}`;
    const decision = `Adopt trunk-based development (${title})`;
    const action = `Write the branching guide (${title})`;

    await p.getByRole('button', { name: 'Schedule meeting' }).click();
    const schedule = p.getByRole('dialog', { name: 'Schedule meeting' });
    await schedule.getByRole('textbox', { name: 'Title' }).fill(title);
    await schedule.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Steering' });
    await schedule.getByRole('textbox', { name: 'Attendees' }).fill('Dana Whitfield (CEO), Alex Morgan');
    await schedule.getByRole('button', { name: 'Schedule' }).click();
    await schedule.waitFor({ state: 'hidden' });

    const card = p.getByRole('region', { name: 'Upcoming' }).getByRole('article', { name: title });
    await card.getByRole('button', { name: 'Record meeting' }).click();
    const record = p.getByRole('dialog', { name: `Record “${title}”` });
    await record
      .getByRole('textbox', { name: 'Shared notes' })
      .fill('Agreed the branching model; CI must stay under ten minutes.');
    await record.getByRole('textbox', { name: 'Private notes' }).fill('Lukas was sceptical about feature flags.');
    await record.getByRole('combobox', { name: 'Retainer' }).selectOption({ label: 'Fractional CTO' });
    await record.getByRole('textbox', { name: 'Decision 1' }).fill(decision);
    await record.getByRole('button', { name: 'Add an action item' }).click();
    await record.getByRole('textbox', { name: 'Action 1', exact: true }).fill(action);
    await record.getByRole('textbox', { name: 'Action 1 owner' }).fill('Lukas Brandt');
    await record.getByLabel('Action 1 due').fill(today().date);
    await checkPage(p, 'leader-record-meeting');
    await record.getByRole('button', { name: 'Record meeting' }).click();
    await record.waitFor({ state: 'hidden' });
    await notification(p, 'Meeting recorded; decisions and actions are in the log');
    await p
      .getByRole('region', { name: 'Held and cancelled' })
      .getByRole('article', { name: title })
      .getByText('Logged 1 h')
      .waitFor();

    await showTab(p, 'Log');
    const log = p.getByLabel('Accountability log');
    await log.getByText(decision, { exact: true }).waitFor();
    await log.getByText(action, { exact: true }).waitFor();
    await log.getByText(`Meeting held: ${title}`).waitFor();
    // The chain still verifies here in the browser (@allot/domain's verifyChain) as the log opens,
    // and the new entries extend whatever this browser saw before.
    await p.getByText(/Verified in this browser · \d+ entries/i).waitFor();
    expect(await p.getByText('Log history changed').count()).toBe(0);
  });

  it('generates this month’s drafts, issues one and downloads its PDF', async () => {
    const p = await freshPage();
    const { month } = today();
    await open(p, '/invoices', 'Invoices');
    await p.getByLabel('Month to invoice').fill(month);
    await p.getByRole('button', { name: 'Generate drafts' }).click();
    await notification(p, new RegExp(`\\d+ drafts? ready for ${monthLong(month)}`));

    // Cedar Foods: no other test touches it, and issuing locks its month.
    await p.getByRole('button', { name: `Issue the draft for Cedar Foods, ${monthLong(month)}` }).click();
    const issued = await notification(p, /^Issued \S+ to Cedar Foods$/);
    const number = /^Issued (\S+) to/.exec(issued)![1]!;
    expect(number).toMatch(new RegExp(`^MF-${month.slice(0, 4)}-\\d{4}$`));

    await p.getByRole('table', { name: 'Invoices' }).getByRole('link', { name: number, exact: true }).click();
    await p.getByRole('heading', { level: 1, name: `Invoice ${number}` }).waitFor();
    await settle(p);
    await checkPage(p, 'leader-invoice');
    const [download] = await Promise.all([
      p.waitForEvent('download'),
      p.getByRole('link', { name: `Download PDF of Invoice ${number}` }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const pdf = await downloadBytes(download);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(1000);
  });

  it('passes axe on every main page, at 1440 px', async () => {
    const p = await freshPage();
    await open(p, '/', 'Dashboard');
    await checkPage(p, 'leader-dashboard');
    await open(p, '/clients', 'Clients');
    await checkPage(p, 'leader-clients');
    await openClient(p, 'Northwind Robotics');
    for (const tab of ['Overview', 'Time', 'Meetings', 'Deliverables', 'Log', 'Invoices']) {
      await showTab(p, tab);
      await checkPage(p, `leader-client-${tab.toLowerCase()}`);
    }
    await open(p, '/invoices', 'Invoices');
    await checkPage(p, 'leader-invoices');
    await open(p, '/settings', 'Settings');
    await checkPage(p, 'leader-settings');
    await open(p, '/settings?tab=members', 'Settings');
    await p.getByRole('tab', { name: 'Members and invitations' }).waitFor();
    await checkPage(p, 'leader-settings-members');
    // The quick entry dialog, open over the dashboard.
    await open(p, '/', 'Dashboard');
    await p.getByRole('button', { name: 'Log time' }).click();
    await p.getByRole('dialog', { name: 'Log time' }).getByRole('combobox', { name: 'Client' }).waitFor();
    await checkPage(p, 'leader-quick-entry');
  });

  it('works on a 375 px phone', async () => {
    const phone = await signedInContext(browser, DEMO.leader, PHONE);
    try {
      const p = await phone.newPage();
      await open(p, '/', 'Dashboard');
      await checkPage(p, 'leader-dashboard');
      await openClient(p, 'Northwind Robotics');
      await checkPage(p, 'leader-client-overview');
      await showTab(p, 'Time');
      // The month's entries as a list that fits the screen, not a six-column table.
      await p.getByRole('list', { name: /^Time entries, / }).waitFor();
      expect(await p.getByRole('table', { name: /^Time entries, / }).count()).toBe(0);
      await checkPage(p, 'leader-client-time');
      await showTab(p, 'Deliverables');
      await checkPage(p, 'leader-client-deliverables');
      await showTab(p, 'Invoices');
      await p.getByRole('list', { name: 'Invoices of this client' }).waitFor();
      await checkPage(p, 'leader-client-invoices');
      await open(p, '/invoices', 'Invoices');
      // Cards, not a table that scrolls sideways.
      await p.getByRole('list', { name: 'Invoices' }).waitFor();
      expect(await p.getByRole('table', { name: 'Invoices' }).count()).toBe(0);
      await checkPage(p, 'leader-invoices');
      await open(p, '/settings', 'Settings');
      await checkPage(p, 'leader-settings');
      // The navigation sits behind the menu button.
      await p.getByRole('button', { name: 'Open menu' }).click();
      await p.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Clients' }).click();
      await p.getByRole('heading', { level: 1, name: 'Clients' }).waitFor();
      // …and slides away again once a page is chosen.
      const navbar = p.getByRole('navigation', { name: 'Main', exact: true });
      const rightEdge = async () => {
        const box = await navbar.boundingBox();
        return box ? box.x + box.width : 0;
      };
      await expect.poll(rightEdge).toBeLessThanOrEqual(0);
      await checkPage(p, 'leader-clients');
    } finally {
      await phone.close();
    }
  });
});
