import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { invoice, money } from '@/test/fixtures';
import { makeViewer, renderApp } from '@/test/render';
import { invoiceClientOptionsQuery } from './invoice-client-options.query';
import { csvExportPath, totalsByCurrency } from './invoice-totals';
import { invoicesQuery } from './invoices.query';
import { InvoicesPage } from './invoices-page';
import { markInvoicePaidMutation } from './mark-invoice-paid.mutation';
import { PHONE_QUERY } from '@/shared/use-phone-layout';

const defaultFilter = { fromMonth: '2025-05', toMonth: '2026-04', status: null, clientId: null };
const page = (nodes: unknown[]) => ({
  data: {
    invoices: {
      __typename: 'InvoiceConnection',
      nodes,
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      totalCount: nodes.length,
    },
  },
});
const clientOptions = {
  request: { query: invoiceClientOptionsQuery },
  result: {
    data: {
      clients: [
        { __typename: 'Client', id: 'c-1', name: 'Northwind Robotics' },
        { __typename: 'Client', id: 'c-2', name: 'Acme' },
      ],
    },
  },
};

/** The page as the accountant opens it, with these invoices in the default filter. */
function renderForAccountant(nodes: unknown[]) {
  return renderApp(<InvoicesPage />, {
    viewer: makeViewer('ACCOUNTANT'),
    path: '/invoices',
    mocks: [
      clientOptions,
      { request: { query: invoicesQuery, variables: { filter: defaultFilter, first: 100 } }, result: page(nodes) },
    ],
  });
}

describe('InvoicesPage for the accountant', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-04-15T10:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('lists invoices with totals per currency, downloads and the CSV of the filtered set', async () => {
    renderForAccountant([
      invoice(),
      invoice({
        id: 'inv-2',
        number: 'JD2026-0002',
        status: 'PAID',
        paidOn: '2026-05-10',
        client: { __typename: 'Client', id: 'c-2', name: 'Acme' },
        currency: 'USD',
        netTotal: money(100000, 'USD'),
        vatTotal: money(0, 'USD'),
        grossTotal: money(100000, 'USD'),
      }),
    ]);
    const table = await screen.findByRole('table', { name: 'Invoices' });
    expect(within(table).getByRole('link', { name: 'JD2026-0001' }).getAttribute('href')).toBe('/invoices/inv-1');
    expect(within(table).getByRole('link', { name: 'Download PDF of Invoice JD2026-0001' }).getAttribute('href')).toBe(
      '/api/invoices/inv-1/pdf',
    );
    const totals = screen.getByLabelText('Totals per currency');
    expect(totals.textContent).toContain('€4,719.00');
    expect(totals.textContent).toContain('US$1,000.00');
    expect(screen.getByRole('link', { name: 'Export CSV' }).getAttribute('href')).toBe(
      '/api/exports/invoices.csv?fromMonth=2025-05&toMonth=2026-04',
    );
    expect(screen.queryByRole('button', { name: 'Generate drafts' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Issue/ })).toBeNull();
  });

  it('flags issued invoices past their due date, and leaves drafts out of the totals', async () => {
    renderForAccountant([
      invoice({
        id: 'inv-late',
        number: 'JD2026-0003',
        periodMonth: '2026-02',
        issueDate: '2026-03-01',
        dueDate: '2026-03-15',
      }),
      invoice(),
      invoice({ id: 'inv-draft', number: null, status: 'DRAFT', issueDate: null, dueDate: null }),
    ]);
    const table = await screen.findByRole('table', { name: 'Invoices' });
    const rowOf = (number: string) => within(table).getByRole('link', { name: number }).closest('tr') as HTMLElement;
    expect(rowOf('JD2026-0003').textContent).toContain('IssuedOverdue');
    // Due 31 May: not late on 15 April.
    expect(rowOf('JD2026-0001').textContent).toContain('Issued');
    expect(rowOf('JD2026-0001').textContent).not.toContain('Overdue');
    const totals = screen.getByLabelText('Totals per currency');
    expect(totals.textContent).toContain('EUR · 2 issued documents');
    expect(totals.textContent).toContain('€9,438.00');
    expect(
      screen.getByText(/1 draft is listed but not counted in the totals nor in the CSV export until issued/),
    ).toBeTruthy();
  });

  it('filters by status and marks an issued invoice paid', async () => {
    renderApp(<InvoicesPage />, {
      viewer: makeViewer('ACCOUNTANT'),
      path: '/invoices',
      mocks: [
        clientOptions,
        {
          request: { query: invoicesQuery, variables: { filter: defaultFilter, first: 100 } },
          result: page([invoice()]),
        },
        {
          request: {
            query: invoicesQuery,
            variables: { filter: { ...defaultFilter, status: ['ISSUED'] }, first: 100 },
          },
          result: page([invoice()]),
        },
        {
          request: { query: markInvoicePaidMutation, variables: { id: 'inv-1', paidOn: '2026-04-15' } },
          result: { data: { markInvoicePaid: invoice({ status: 'PAID', paidOn: '2026-04-15' }) } },
        },
        {
          request: {
            query: invoicesQuery,
            variables: { filter: { ...defaultFilter, status: ['ISSUED'] }, first: 100 },
          },
          result: page([invoice({ status: 'PAID', paidOn: '2026-04-15' })]),
        },
      ],
    });
    await screen.findByRole('table', { name: 'Invoices' });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Issued' }));
    await waitFor(() =>
      expect(screen.getByRole('link', { name: 'Export CSV' }).getAttribute('href')).toContain('status=ISSUED'),
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Mark paid Invoice JD2026-0001' }));
    const dialog = await screen.findByRole('dialog');
    expect((within(dialog).getByLabelText(/Paid on/) as HTMLInputElement).value).toBe('2026-04-15');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Mark paid' }));
    expect(await screen.findByText('Invoice JD2026-0001 marked paid')).toBeTruthy();
  });
});

describe('InvoicesPage on a phone', () => {
  let matchMedia: typeof window.matchMedia;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-04-15T10:00:00Z'));
    matchMedia = window.matchMedia;
    window.matchMedia = ((query: string) => ({
      matches: query === PHONE_QUERY,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    })) as typeof window.matchMedia;
  });
  afterEach(() => {
    window.matchMedia = matchMedia;
    vi.useRealTimers();
  });

  it('stacks each invoice as a card instead of a table that scrolls sideways', async () => {
    renderApp(<InvoicesPage />, {
      viewer: makeViewer('ACCOUNTANT'),
      path: '/invoices',
      mocks: [
        clientOptions,
        {
          request: { query: invoicesQuery, variables: { filter: defaultFilter, first: 100 } },
          result: page([
            invoice(),
            invoice({ id: 'inv-3', number: null, status: 'DRAFT', issueDate: null, dueDate: null }),
          ]),
        },
      ],
    });
    const list = await screen.findByRole('list', { name: 'Invoices' });
    expect(screen.queryByRole('table')).toBeNull();
    const [issued, draft] = within(list).getAllByRole('listitem');
    expect(issued?.getAttribute('aria-label')).toBe('Invoice JD2026-0001, Northwind Robotics');
    expect(
      within(issued as HTMLElement).getByRole('link', { name: 'Download PDF of Invoice JD2026-0001' }),
    ).toBeTruthy();
    expect(within(issued as HTMLElement).getByRole('button', { name: 'Mark paid Invoice JD2026-0001' })).toBeTruthy();
    expect(issued?.textContent).toContain('€4,719.00');
    expect(draft?.textContent).toContain('Not issued yet');
  });
});

describe('invoice totals', () => {
  it('never adds amounts of different currencies', () => {
    const t = totalsByCurrency([
      { currency: 'EUR', netTotal: money(100), vatTotal: money(21), grossTotal: money(121) },
      { currency: 'USD', netTotal: money(50, 'USD'), vatTotal: money(0, 'USD'), grossTotal: money(50, 'USD') },
      { currency: 'EUR', netTotal: money(-100), vatTotal: money(-21), grossTotal: money(-121) },
    ]);
    expect(t).toEqual([
      { currency: 'EUR', count: 2, net: 0, vat: 0, gross: 0 },
      { currency: 'USD', count: 1, net: 50, vat: 0, gross: 50 },
    ]);
  });

  it('builds the CSV export address from the filter', () => {
    expect(csvExportPath({ fromMonth: '2026-01', toMonth: '2026-03', status: ['ISSUED', 'PAID'] })).toBe(
      '/api/exports/invoices.csv?fromMonth=2026-01&toMonth=2026-03&status=ISSUED%2CPAID',
    );
  });
});
