// Money in currencies whose minor units are not EUR's, typed in the browser and followed to the
// e-invoice: HUF (ISO 4217: 2 decimals, but Intl formats it with none, so a fee typed as 400000
// used to be sent as 400000 minor units, 4 000.00 HUF), JPY (0), KWD (3) and IQD (3, Intl: 0).
// A new workspace signed up through the form (HUF as its currency), so the demo's invoices and
// their numbers stay as the other end-to-end tests expect them.
import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, monthLong, newContext, open, settle, today } from './browser';

interface Case {
  currency: string;
  currencyLabel: string;
  country: string;
  countryLabel: string;
  /** What is typed in the fee field, and the hint shown under it. */
  typed: string;
  hint: string;
  /** Stored minor units, the amount as the app shows it, and as the UBL writes it. */
  minor: number;
  shown: string;
  ubl: string;
}

const CASES: Case[] = [
  {
    currency: 'HUF',
    currencyLabel: 'HUF — Hungarian Forint',
    country: 'Hungary',
    countryLabel: 'Hungary (HU)',
    typed: '400000',
    hint: 'In HUF, e.g. 4000.00',
    minor: 40_000_000,
    shown: 'HUF 400,000.00',
    ubl: '400000.00',
  },
  {
    currency: 'JPY',
    currencyLabel: 'JPY — Japanese Yen',
    country: 'Japan',
    countryLabel: 'Japan (JP)',
    typed: '400000',
    hint: 'In JPY, e.g. 4000',
    minor: 400_000,
    shown: 'JP¥400,000',
    ubl: '400000',
  },
  {
    currency: 'KWD',
    currencyLabel: 'KWD — Kuwaiti Dinar',
    country: 'Kuwait',
    countryLabel: 'Kuwait (KW)',
    typed: '1250.125',
    hint: 'In KWD, e.g. 4000.000',
    minor: 1_250_125,
    shown: 'KWD 1,250.125',
    ubl: '1250.125',
  },
  {
    currency: 'IQD',
    currencyLabel: 'IQD — Iraqi Dinar',
    country: 'Iraq',
    countryLabel: 'Iraq (IQ)',
    typed: '400000',
    hint: 'In IQD, e.g. 4000.000',
    minor: 400_000_000,
    shown: 'IQD 400,000.000',
    ubl: '400000.000',
  },
];

const stamp = Date.now().toString(36);
const clientName = (c: Case) => `${c.country} ${c.currency} ${stamp}`;
/** Intl puts a no-break space between a currency code and its amount. */
const plain = (text: string | null) => (text ?? '').replace(/\u00a0/g, ' ').trim();

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await newContext(browser);
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
});

async function notification(p: Page, text: string | RegExp): Promise<string> {
  const toast = p.getByRole('region', { name: 'Notifications' }).getByText(text);
  await toast.first().waitFor();
  return (await toast.first().textContent()) ?? '';
}

/** Picks `option` in a searchable Mantine select after typing `search`, as a person would. */
async function choose(scope: Page, label: string, search: string, option: string): Promise<void> {
  const box = scope.getByRole('combobox', { name: label });
  await box.click();
  await box.fill(search);
  await scope.getByRole('option', { name: option, exact: true }).click();
  await expect.poll(() => box.inputValue()).toBe(option);
}

async function graphql(request: APIRequestContext, query: string): Promise<any> {
  const response = await request.post('/graphql', {
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    data: { query },
  });
  expect(response.ok()).toBe(true);
  const body = await response.json();
  expect(body.errors).toBeUndefined();
  return body.data;
}

describe('money in HUF, JPY, KWD and IQD', () => {
  it('signs up a workspace in HUF and fills in its seller details', async () => {
    await page.goto('/sign-up');
    const form = page.getByRole('form', { name: 'Create your workspace' });
    await form.getByRole('textbox', { name: 'Your name' }).fill('Réka Currency');
    await form.getByRole('textbox', { name: 'E-mail' }).fill(`currencies-${stamp}@example.test`);
    await form.getByLabel(/^Password/).fill('currencies-password-2026');
    await form.getByRole('textbox', { name: 'Practice name' }).fill(`Currency Advisory ${stamp}`);
    await choose(page, 'Time zone', 'Budapest', 'Europe/Budapest');
    await choose(page, 'Default currency', 'HUF', 'HUF — Hungarian Forint');
    await form.getByRole('button', { name: 'Create workspace' }).click();
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor({ state: 'attached' });

    await open(page, '/settings', 'Settings');
    await page.getByRole('textbox', { name: 'Legal name', exact: true }).fill(`Currency Advisory Kft. ${stamp}`);
    await page.getByRole('textbox', { name: 'VAT id', exact: true }).fill('HU12345678');
    await page.getByRole('textbox', { name: 'Address', exact: true }).fill('Andrássy út 1');
    await page.getByRole('textbox', { name: 'Postal code', exact: true }).fill('1061');
    await page.getByRole('textbox', { name: 'City', exact: true }).fill('Budapest');
    await choose(page, 'Country', 'Hungary', 'Hungary (HU)');
    expect(await page.getByRole('combobox', { name: 'Time zone' }).inputValue()).toBe('Europe/Budapest');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await notification(page, 'Settings saved');
  });

  for (const c of CASES) {
    it(`takes a ${c.currency} client and a monthly fee of ${c.typed} typed in the form, and shows it back as ${c.shown}`, async () => {
      const name = clientName(c);
      await open(page, '/clients/new', 'New client');
      const form = page.getByRole('form', { name: 'Create client' });
      await form.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
      await form.getByRole('textbox', { name: 'Legal name' }).fill(`${name} Ltd`);
      await form.getByRole('textbox', { name: 'Address' }).fill('1 Main Street');
      await form.getByRole('textbox', { name: 'Postal code' }).fill('12345');
      await form.getByRole('textbox', { name: 'City' }).fill('Capital');
      await choose(page, 'Country', c.country, c.countryLabel);
      await form.getByRole('textbox', { name: 'Billing e-mail' }).fill(`ap-${c.currency.toLowerCase()}@client.example`);
      // HUF is the workspace's currency, so the select starts there.
      if (c.currency === 'HUF')
        expect(await page.getByRole('combobox', { name: 'Currency' }).inputValue()).toBe(c.currencyLabel);
      else await choose(page, 'Currency', c.currency, c.currencyLabel);
      await form.getByRole('button', { name: 'Create client' }).click();
      await page.getByRole('heading', { level: 1, name }).waitFor();
      await settle(page);

      await page.getByRole('button', { name: 'New retainer' }).click();
      const dialog = page.getByRole('dialog', { name: 'New retainer' });
      const fee = dialog.getByRole('textbox', { name: 'Monthly fee' });
      await fee.fill(c.typed);
      await dialog.getByText(c.hint, { exact: true }).first().waitFor();
      await dialog.getByRole('combobox', { name: 'Time beyond the allowance' }).selectOption('ABSORB');
      // No VAT: the invoice's total is the fee itself.
      await dialog.getByRole('textbox', { name: 'VAT rate (%)' }).fill('0');
      await dialog.getByRole('button', { name: 'Create retainer' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await notification(page, 'Fractional CTO created');

      const allocation = page.getByRole('table', { name: 'Allocation of Fractional CTO' });
      await allocation.waitFor();
      expect(plain(await allocation.getByRole('row').nth(1).getByRole('cell').last().textContent())).toBe(c.shown);
      await expect
        .poll(async () => plain(await page.getByText(/d \/ month for/).textContent()))
        .toContain(`4 d / month for ${c.shown}`);

      // The API stored the fee in ISO 4217 minor units: 400000 HUF is 40 000 000, not 400 000.
      const data = await graphql(
        context.request,
        `
          {
            clients {
              name
              currency
              retainers {
                amendments {
                  monthlyFee {
                    amountMinor
                    currency
                  }
                }
              }
            }
          }
        `,
      );
      const stored = data.clients.find((client: { name: string }) => client.name === name);
      expect(stored).toEqual({
        name,
        currency: c.currency,
        retainers: [{ amendments: [{ monthlyFee: { amountMinor: c.minor, currency: c.currency } }] }],
      });
    });
  }

  it('invoices each fee for the month: the totals shown and the UBL e-invoice amounts', async () => {
    const { month } = today();
    await open(page, '/invoices', 'Invoices');
    await page.getByLabel('Month to invoice').fill(month);
    await page.getByRole('button', { name: 'Generate drafts' }).click();
    await notification(page, `${CASES.length} drafts ready for ${monthLong(month)}`);
    await settle(page);

    const table = page.getByRole('table', { name: 'Invoices' });
    for (const c of CASES) {
      const name = clientName(c);
      const draftRow = table.getByRole('row').filter({ hasText: name });
      expect(plain(await draftRow.getByRole('cell').nth(6).textContent())).toBe(c.shown);

      await page.getByRole('button', { name: `Issue the draft for ${name}, ${monthLong(month)}` }).click();
      const issued = await notification(page, new RegExp(`^Issued \\S+ to ${name}$`));
      const number = /^Issued (\S+) to/.exec(issued)![1]!;
      await settle(page);
      const row = table.getByRole('row').filter({ hasText: number });
      expect(plain(await row.getByRole('cell').nth(6).textContent())).toBe(c.shown);

      // The UBL e-invoice, through the route its download link points at.
      const ublPath = await row
        .getByRole('link', { name: `Download UBL e-invoice of Invoice ${number}` })
        .getAttribute('href');
      expect(ublPath).toMatch(/^\/api\/invoices\/[\w-]+\/ubl$/);
      const response = await context.request.get(ublPath!);
      expect(response.status()).toBe(200);
      const xml = await response.text();
      const amount = (element: string) =>
        new RegExp(`<cbc:${element} currencyID="${c.currency}">([^<]*)</cbc:${element}>`).exec(xml)?.[1];
      expect(xml).toContain(`<cbc:DocumentCurrencyCode>${c.currency}</cbc:DocumentCurrencyCode>`);
      expect(amount('PriceAmount')).toBe(c.ubl);
      expect(amount('LineExtensionAmount')).toBe(c.ubl);
      expect(amount('TaxInclusiveAmount')).toBe(c.ubl);
      expect(amount('PayableAmount')).toBe(c.ubl);

      // The invoice's own page shows the same total.
      await row.getByRole('link', { name: number, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: `Invoice ${number}` }).waitFor();
      await settle(page);
      expect(plain(await page.getByRole('heading', { level: 2, name: /^Total / }).textContent())).toBe(
        `Total ${c.shown}`,
      );
      await page.goBack();
      await page.getByRole('heading', { level: 1, name: 'Invoices' }).waitFor();
      await settle(page);
    }
  });
});
