// The accountant's desk: invoices across clients, filtered; the CSV of the filtered set; marking
// an issued invoice paid.
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, PHONE, checkPage, downloadBytes, launchBrowser, open, settle, signedInContext } from './browser';

const CSV_HEADER =
  'Number,Kind,Status,Issue date,Due date,Client legal name,Client VAT ID,Currency,Description,Quantity,Unit price,Net,VAT rate,VAT,Gross';

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await signedInContext(browser, DEMO.accountant);
});

afterAll(async () => {
  await browser?.close();
});

/** Splits one RFC 4180 line (quoted fields may hold commas). */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') field += line[++i];
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else field += c;
  }
  return [...fields, field];
}

describe('the accountant', () => {
  it('filters invoices, exports the filtered set as CSV and marks an issued invoice paid', async () => {
    const page = await context.newPage();
    await open(page, '/', 'Invoices');
    const table = page.getByRole('table', { name: 'Invoices' });
    const clients = new Set((await table.locator('tbody tr td:nth-child(2)').allTextContents()).map((t) => t.trim()));
    expect(clients.size).toBeGreaterThan(1); // every client of the practice

    // Issued invoices of Helios Health (last month's is still open in the demo).
    // Chips: the checkbox itself is hidden; its label is what one clicks.
    const chip = (name: string) => page.getByRole('group', { name: 'Status' }).getByText(name, { exact: true });
    await chip('Issued').click();
    await expect.poll(() => page.getByRole('checkbox', { name: 'Issued' }).isChecked()).toBe(true);
    await page.getByRole('combobox', { name: 'Client' }).click();
    await page.getByRole('option', { name: 'Helios Health' }).click();
    await expect
      .poll(() => page.getByRole('link', { name: 'Export CSV' }).getAttribute('href'))
      .toMatch(/status=ISSUED&clientId=/);
    await settle(page);
    const rows = table.locator('tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    for (const row of await rows.all()) {
      const text = await row.innerText();
      expect(text).toContain('Helios Health');
      expect(text).toMatch(/Issued/i);
    }

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^invoices-\d{4}-\d{2}-to-\d{4}-\d{2}\.csv$/);
    const lines = (await downloadBytes(download))
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split(/\r\n/);
    expect(lines[0]).toBe(CSV_HEADER);
    const header = csvFields(lines[0]!);
    const body = lines.slice(1).map(csvFields);
    expect(body.length).toBeGreaterThan(0);
    for (const fields of body) {
      expect(fields).toHaveLength(header.length);
      expect(fields[header.indexOf('Status')]).toBe('ISSUED');
      expect(fields[header.indexOf('Client legal name')]).toBe('Helios Health B.V.');
    }

    const markPaid = table.getByRole('button', { name: /^Mark paid Invoice MF-/ }).first();
    const name = ((await markPaid.textContent()) ?? '').replace(/^Mark paid\s*/, '').trim();
    await markPaid.click();
    const dialog = page.getByRole('dialog', { name: 'Mark invoice paid' });
    await dialog.getByLabel('Paid on').waitFor();
    await checkPage(page, 'accountant-mark-paid');
    await dialog.getByRole('button', { name: 'Mark paid' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('region', { name: 'Notifications' }).getByText(`${name} marked paid`).waitFor();
    // Now paid, it leaves the "Issued" filter; without the filter it shows as paid.
    await expect.poll(() => table.getByRole('button', { name: `Mark paid ${name}` }).count()).toBe(0);
    await chip('Issued').click();
    await chip('Paid').click();
    await expect
      .poll(() => page.getByRole('link', { name: 'Export CSV' }).getAttribute('href'))
      .toMatch(/status=PAID&/);
    await settle(page);
    await table
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: name.replace(/^Invoice /, ''), exact: true }) })
      .getByText('Paid', { exact: true })
      .waitFor();
    await page.close();
  });

  it('passes axe on the invoices desk, at 1440 px and on a 375 px phone', async () => {
    const page = await context.newPage();
    await open(page, '/', 'Invoices');
    await checkPage(page, 'accountant-invoices');
    await page.getByRole('table', { name: 'Invoices' }).getByRole('link', { name: /^MF-/ }).first().click();
    await page.getByRole('heading', { level: 1, name: /^Invoice MF-/ }).waitFor();
    await checkPage(page, 'accountant-invoice');
    await page.close();

    const phone = await signedInContext(browser, DEMO.accountant, PHONE);
    try {
      const p = await phone.newPage();
      await open(p, '/', 'Invoices');
      await p.getByRole('list', { name: 'Invoices' }).waitFor();
      await checkPage(p, 'accountant-invoices');
    } finally {
      await phone.close();
    }
  });
});
