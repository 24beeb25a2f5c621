import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { graphQLError, renderApp } from '@/test/render';
import { clientsListQuery } from './clients-list.query';
import { ClientsPage } from './clients-page';

const client = (id: string, name: string, archived = false, country = 'NL', currency = 'EUR') => ({
  __typename: 'Client' as const,
  id,
  name,
  legalName: `${name} B.V.`,
  country,
  currency,
  archived,
});

describe('ClientsPage', () => {
  it('shows a loader, then the clients sorted with their country, currency and status', async () => {
    renderApp(<ClientsPage />, {
      path: '/clients',
      mocks: [
        {
          request: { query: clientsListQuery, variables: { includeArchived: false } },
          result: {
            data: {
              clients: [client('c-2', 'Zephyr Labs', false, 'DE', 'EUR'), client('c-1', 'Acme', false, 'US', 'USD')],
            },
          },
        },
      ],
    });
    expect(screen.getByRole('status').textContent).toContain('Loading clients');
    const table = await screen.findByRole('table', { name: 'Clients' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('link').textContent)).toEqual(['Acme', 'Zephyr Labs']);
    expect(rows[0]?.textContent).toContain('United States');
    expect(rows[0]?.textContent).toContain('USD');
    expect(
      within(rows[1] as HTMLElement)
        .getByRole('link')
        .getAttribute('href'),
    ).toBe('/clients/c-2');
  });

  it('marks archived clients when asked to show them', async () => {
    renderApp(<ClientsPage />, {
      path: '/clients',
      mocks: [
        {
          request: { query: clientsListQuery, variables: { includeArchived: false } },
          result: { data: { clients: [client('c-1', 'Acme')] } },
        },
        {
          request: { query: clientsListQuery, variables: { includeArchived: true } },
          result: { data: { clients: [client('c-1', 'Acme'), client('c-3', 'Old Co', true)] } },
        },
      ],
    });
    await screen.findByRole('table', { name: 'Clients' });
    fireEvent.click(screen.getByLabelText('Show archived clients'));
    const oldRow = (await screen.findByRole('link', { name: 'Old Co' })).closest('tr') as HTMLElement;
    expect(within(oldRow).getByText('Archived')).toBeTruthy();
  });

  it('says what to do when there are no clients', async () => {
    renderApp(<ClientsPage />, {
      path: '/clients',
      mocks: [
        {
          request: { query: clientsListQuery, variables: { includeArchived: false } },
          result: { data: { clients: [] } },
        },
      ],
    });
    const cta = await screen.findByRole('link', { name: 'Add your first client' });
    expect(cta.getAttribute('href')).toBe('/clients/new');
  });

  it('shows an error with a way to try again', async () => {
    renderApp(<ClientsPage />, {
      path: '/clients',
      mocks: [
        {
          request: { query: clientsListQuery, variables: { includeArchived: false } },
          result: { errors: [graphQLError('Only the leader may list clients', 'FORBIDDEN')] },
        },
        {
          request: { query: clientsListQuery, variables: { includeArchived: false } },
          result: { data: { clients: [client('c-1', 'Acme')] } },
        },
      ],
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Only the leader may list clients');
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: 'Acme' })).toBeTruthy();
  });
});
