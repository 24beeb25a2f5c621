import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { BalanceSummary_BalanceFragment } from '@/gql/graphql';
import { currentMonthIn } from '@/shared/calendar';
import { renderApp } from '@/test/render';
import { BalanceSummary } from './balance-summary';

const balance = (overrides: Partial<BalanceSummary_BalanceFragment> = {}): BalanceSummary_BalanceFragment => ({
  __typename: 'MonthBalance',
  month: '2026-11',
  minutesPerDay: 480,
  allocatedMinutes: 0,
  carriedInMinutes: 0,
  availableMinutes: 0,
  usedMinutes: 0,
  remainingMinutes: 0,
  overageMinutes: 0,
  expiredMinutes: 0,
  carriedOutMinutes: 0,
  projectedUsedMinutes: 0,
  status: 'ON_TRACK',
  locked: false,
  ...overrides,
});

describe('BalanceSummary', () => {
  it('shows the month’s status and figures in days', async () => {
    renderApp(
      <BalanceSummary
        title="This month"
        balance={balance({
          allocatedMinutes: 2400,
          availableMinutes: 2880,
          carriedInMinutes: 480,
          usedMinutes: 2160,
          remainingMinutes: 720,
          status: 'AT_RISK',
        })}
      />,
    );
    const summary = await screen.findByRole('region', { name: 'This month' });
    expect(summary.textContent).toContain('At risk');
    expect(summary.textContent).toContain('4.5 d / 6 d');
  });

  it('reports no status for a month no retainer covers, rather than “On track”', async () => {
    renderApp(<BalanceSummary title="This month" balance={balance()} covered={false} />);
    const summary = await screen.findByRole('region', { name: 'This month' });
    expect(summary.textContent).toContain('No retainer this month');
    expect(summary.textContent).not.toContain('On track');
  });

  it('says expired minutes of a past month expired, and of the running month that they expire at its end if unused', async () => {
    const { unmount } = renderApp(
      <BalanceSummary
        title="Past"
        balance={balance({ month: '2020-01', expiredMinutes: 240, status: 'UNDER_USED' })}
      />,
    );
    expect((await screen.findByRole('region', { name: 'Past' })).textContent).toContain('0.5 d expired');
    unmount();
    const running = balance({ month: currentMonthIn('Europe/Amsterdam'), expiredMinutes: 240 });
    renderApp(<BalanceSummary title="Running" balance={running} />);
    expect((await screen.findByRole('region', { name: 'Running' })).textContent).toContain(
      '0.5 d expire at month end if unused',
    );
  });

  it('explains an overage next to days still remaining: retainers do not pool their days', async () => {
    renderApp(
      <BalanceSummary
        title="Split"
        balance={balance({ overageMinutes: 105, remainingMinutes: 200, status: 'OVER' })}
      />,
    );
    expect((await screen.findByRole('region', { name: 'Split' })).textContent).toContain(
      'on one retainer while another has days left',
    );
  });
});
