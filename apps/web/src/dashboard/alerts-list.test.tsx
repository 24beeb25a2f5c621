import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@/test/render';
import { AlertsList } from './alerts-list';

const northwind = { __typename: 'Client' as const, id: 'c-1', name: 'Northwind Robotics' };

describe('AlertsList', () => {
  it('names the client once, as a link inside the message', async () => {
    renderApp(
      <AlertsList
        alerts={[
          {
            __typename: 'Alert',
            kind: 'DELIVERABLE_OVERDUE',
            severity: 'WARNING',
            message: 'Northwind Robotics has 1 overdue deliverable',
            client: northwind,
          },
          {
            __typename: 'Alert',
            kind: 'OVERAGE',
            severity: 'CRITICAL',
            message: '1 d over the allowance',
            client: northwind,
          },
          {
            __typename: 'Alert',
            kind: 'OVER_CAPACITY',
            severity: 'WARNING',
            message: 'You have sold 17 days against 16',
            client: null,
          },
        ]}
      />,
    );
    const alerts = await screen.findByRole('region', { name: 'Alerts' });
    const items = within(alerts).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Critical' + 'Northwind Robotics: 1 d over the allowance',
      'Warning' + 'Northwind Robotics has 1 overdue deliverable',
      'Warning' + 'You have sold 17 days against 16',
    ]);
    const link = within(items[1] as HTMLElement).getByRole('link', { name: 'Northwind Robotics' });
    expect(link.getAttribute('href')).toBe('/clients/c-1');
    expect(within(items[2] as HTMLElement).queryByRole('link')).toBeNull();
  });
});
