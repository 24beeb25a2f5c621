// The sign-in page: accessible, fits a phone, says so when the password is wrong, and sends each
// role to its own home.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { DEMO, PHONE, checkPage, launchBrowser, newContext, open, signIn } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('signing in', () => {
  it('passes axe at 1440 px and on a 375 px phone', async () => {
    for (const viewport of [undefined, PHONE]) {
      const context = await newContext(browser, viewport);
      const page = await context.newPage();
      await open(page, '/', 'Sign in');
      await checkPage(page, 'sign-in');
      await context.close();
    }
  });

  it('says when the password is wrong, then lets the right one in', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await open(page, '/', 'Sign in');
    await page.getByLabel(/e-?mail/i).fill(DEMO.leader);
    await page.getByLabel(/password/i).fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').getByText('The e-mail or password is not right.').waitFor();
    await checkPage(page, 'sign-in-failed');
    await signIn(page, DEMO.leader);
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    await context.close();
  });

  it('takes each role to its own home', async () => {
    for (const [email, heading] of [
      [DEMO.ceo, 'Northwind Robotics'],
      [DEMO.accountant, 'Invoices'],
    ] as const) {
      const context = await newContext(browser);
      const page = await context.newPage();
      await signIn(page, email);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await context.close();
    }
  });
});
